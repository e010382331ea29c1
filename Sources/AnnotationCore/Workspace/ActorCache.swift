import Foundation

/// Memo of workspace actors for one state of an `ActorDirectory`. Rule runs over many documents ask for the
/// same widely mentioned actors again and again; computing each once per state keeps a lint run linear.
/// Reads and writes come from many threads during a parallel lint, hence the lock.
final class ActorCache: @unchecked Sendable {
    private let lock = NSLock()
    private var actors: [UInt64: WorkspaceActor?] = [:]
    private var occurrenceLists: [UInt64: [(document: String, mention: ActorMention)]] = [:]
    /// By root, then by folded full name: an edit drops or moves the groups of its roots alone.
    private var spellingGroups: [UInt64: [UInt64: [String: [(String, ActorMention)]]]] = [:]
    /// The document edited last, and for widely named actors the tally of their members in every other
    /// document (`ActorTally`): valid while only that document changes.
    private(set) var editedDocument: String? = nil
    private var othersTallies: [UInt64: ActorTally] = [:]
    /// The tally of every member of a widely named actor, kept as its actor is: the others' tally of any
    /// document is this less that document's members (`ActorTally.removing`), so the first edit that changes
    /// how often a buffer names the actor need not read its thousands of files.
    private var fullTallies: [UInt64: ActorTally] = [:]
    private var othersSpellingGroups: [SpellingGroupKey: [String: [(String, ActorMention)]]] = [:]

    struct SpellingGroupKey: Hashable {
        var root: UInt64
        var folded: UInt64
    }

    /// A cache for the next state when one document's mentions only moved (`MentionMove`): every answer
    /// holds, with that document's mentions at their new places. Only `roots` (the actors the document
    /// names) can list its mentions; a list holding one `newPlace` does not know is dropped, not kept.
    /// `inPlace` when no other directory holds this cache (`isKnownUniquelyReferenced`): it is changed and
    /// returned, as copying the answers for every name of the workspace was most of an edit's fold.
    func carried(moving id: String, roots: Set<UInt64>, inPlace: Bool, to newPlace: (ActorMention) -> ActorMention?) -> ActorCache {
        lock.lock(); defer { lock.unlock() }
        let next = inPlace ? self : copy()
        // Names only moved: every member's kind, count and spellings are what they were. The other documents'
        // spelling groups hold where their mentions stand: kept when the edited document moved, not another.
        if id != editedDocument { next.othersSpellingGroups = [:] }
        next.move(id, in: roots, of: roots, to: newPlace)
        return next
    }

    /// A cache for the next state of the directory after document `id` changed its names, keeping what that
    /// state answers alike: entries of other roots, and the actors of those of `roots` that are `kept` too.
    /// The occurrence lists and spelling groups of the `movable` roots among `roots` are kept with `id`'s
    /// mentions moved to `newPlace`: an edit that changes one name of a buffer leaves the others' mentions
    /// where they were, shifted. A new instance unless `inPlace` (as above), so that a copy of the directory
    /// still holding the old state never reads answers computed for the new one.
    /// The other documents' tallies are kept when `id` is the document they leave out, but for the actors
    /// `unsettled` (whose members in other documents its change may have moved; nil when any may have); else
    /// `id` becomes the edited document, with no tallies yet. `derived` are others' tallies made from full
    /// ones for this change (`ActorDirectory.derivedTallies`) of settled actors, installed where none is kept.
    func carried(dropping roots: Set<UInt64>, keepingActorsOf kept: Set<UInt64>, moving id: String,
                 in movable: Set<UInt64>, unsettled: Set<UInt64>?, derived: [UInt64: ActorTally], inPlace: Bool,
                 to newPlace: (ActorMention) -> ActorMention?) -> ActorCache {
        lock.lock(); defer { lock.unlock() }
        let next = inPlace ? self : copy()
        if editedDocument != id || unsettled == nil {
            next.othersTallies = [:]
            next.othersSpellingGroups = [:]
        } else if let unsettled, !unsettled.isEmpty {
            next.othersTallies = othersTallies.filter { !unsettled.contains($0.key) }
            next.othersSpellingGroups = othersSpellingGroups.filter { !unsettled.contains($0.key.root) }
        }
        next.editedDocument = id
        if unsettled != nil { next.othersTallies.merge(derived) { kept, _ in kept } }
        for root in roots where !kept.contains(root) {
            next.actors[root] = nil
            next.fullTallies[root] = nil
        }
        next.move(id, in: roots.intersection(movable), of: roots, to: newPlace)
        return next
    }

    /// Every answer, in a new instance.
    private func copy() -> ActorCache {
        let next = ActorCache()
        next.actors = actors
        next.fullTallies = fullTallies
        next.occurrenceLists = occurrenceLists
        next.spellingGroups = spellingGroups
        next.editedDocument = editedDocument
        next.othersTallies = othersTallies
        next.othersSpellingGroups = othersSpellingGroups
        return next
    }

    /// The occurrence lists and spelling groups of `movable` with document `id`'s mentions at their new places,
    /// and those of the rest of `roots` dropped. Found root by root: the cache holds every name of the workspace.
    private func move(_ id: String, in movable: Set<UInt64>, of roots: Set<UInt64>, to newPlace: (ActorMention) -> ActorMention?) {
        for root in roots {
            if let list = occurrenceLists[root] {
                occurrenceLists[root] = movable.contains(root) ? Self.moved(list, id, newPlace) : nil
            }
            guard let groups = spellingGroups[root] else { continue }
            guard movable.contains(root) else { spellingGroups[root] = nil; continue }
            var kept: [UInt64: [String: [(String, ActorMention)]]] = [:]
            for (folded, g) in groups { kept[folded] = Self.moved(g, id, newPlace) }
            spellingGroups[root] = kept.isEmpty ? nil : kept
        }
    }

    /// A list with document `id`'s mentions at their new places; nil when one has none.
    private static func moved(_ list: [(document: String, mention: ActorMention)], _ id: String,
                              _ newPlace: (ActorMention) -> ActorMention?) -> [(document: String, mention: ActorMention)]? {
        var out = list
        for k in out.indices where out[k].document == id {
            guard let m = newPlace(out[k].mention) else { return nil }
            out[k].mention = m
        }
        return out
    }

    /// Spelling groups with document `id`'s mentions moved; nil when one of them has no new place.
    private static func moved(_ groups: [String: [(String, ActorMention)]], _ id: String,
                              _ newPlace: (ActorMention) -> ActorMention?) -> [String: [(String, ActorMention)]]? {
        var out: [String: [(String, ActorMention)]] = [:]
        for (spelling, list) in groups {
            guard let m = moved(list.map { (document: $0.0, mention: $0.1) }, id, newPlace) else { return nil }
            out[spelling] = m.map { ($0.document, $0.mention) }
        }
        return out
    }

    func spellings(_ key: SpellingGroupKey) -> [String: [(String, ActorMention)]]? {
        lock.lock(); defer { lock.unlock() }
        return spellingGroups[key.root]?[key.folded]
    }

    func store(_ key: SpellingGroupKey, spellings: [String: [(String, ActorMention)]]) {
        lock.lock(); spellingGroups[key.root, default: [:]][key.folded] = spellings; lock.unlock()
    }

    func actor(_ root: UInt64) -> WorkspaceActor?? {
        lock.lock(); defer { lock.unlock() }
        return actors[root]
    }

    func store(_ root: UInt64, _ actor: WorkspaceActor?) {
        lock.lock(); actors[root] = .some(actor); lock.unlock()
    }

    func fullTally(_ root: UInt64) -> ActorTally? {
        lock.lock(); defer { lock.unlock() }
        return fullTallies[root]
    }

    func store(_ root: UInt64, fullTally tally: ActorTally) {
        lock.lock(); fullTallies[root] = tally; lock.unlock()
    }

    func othersTally(_ root: UInt64, excluding document: String) -> ActorTally? {
        lock.lock(); defer { lock.unlock() }
        return editedDocument == document ? othersTallies[root] : nil
    }

    func store(_ root: UInt64, othersTally tally: ActorTally, excluding document: String) {
        lock.lock(); defer { lock.unlock() }
        if editedDocument == document { othersTallies[root] = tally }
    }

    func othersSpellings(_ key: SpellingGroupKey, excluding document: String) -> [String: [(String, ActorMention)]]? {
        lock.lock(); defer { lock.unlock() }
        return editedDocument == document ? othersSpellingGroups[key] : nil
    }

    func store(_ key: SpellingGroupKey, othersSpellings groups: [String: [(String, ActorMention)]], excluding document: String) {
        lock.lock(); defer { lock.unlock() }
        if editedDocument == document { othersSpellingGroups[key] = groups }
    }

    func occurrences(_ root: UInt64) -> [(document: String, mention: ActorMention)]? {
        lock.lock(); defer { lock.unlock() }
        return occurrenceLists[root]
    }

    func store(_ root: UInt64, occurrences: [(document: String, mention: ActorMention)]) {
        lock.lock(); occurrenceLists[root] = occurrences; lock.unlock()
    }
}
