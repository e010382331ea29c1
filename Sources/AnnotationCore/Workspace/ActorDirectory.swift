/// The workspace's view of actors: every document's mentions, joined across documents, so that rules and
/// hovers can say how often and where an actor appears, and which spelling dominates.
///
/// Each document contributes a summary per name it uses; the workspace joins names by folded key, and a
/// lone surname ("Putin" in one file) joins the one full name that ends (or, family name first, starts)
/// with it anywhere in the workspace. `update` and `remove` touch only that document's names.
public struct ActorDirectory: Sendable {
    /// A document's use of one name.
    struct Summary: Sendable {
        var name: String
        var kind: ActorKind
        var key: UInt64
        var words: NameWords
        var mentions: MentionIndices   // indices into the document's mentions
    }

    /// One way the documents write a multi-word person name (see `fullNameUses`).
    struct FullNameUse: Sendable {
        var first: UInt64
        var last: UInt64
        var documents: Int
    }

    private var summaries: [String: NameSummaries] = [:]
    private var documentsByKey: [UInt64: Set<String>] = [:]
    /// The documents naming a widely named key (`orderedFrom` documents or more after a batch), in path
    /// order, kept through single updates: `members` lists an actor's documents in that order, and sorting
    /// the thousands that name "Russia" again was most of what an edit starting or stopping to name it cost.
    private var orderedDocuments: [UInt64: [String]] = [:]
    static let orderedFrom = 64
    /// Last word / first word of a multi-word person name → that name's key, with how many documents use it.
    private var bySurname: [UInt64: [UInt64: Int]] = [:]
    private var byFirstWord: [UInt64: [UInt64: Int]] = [:]
    /// Multi-word person name → its first and last words, with how many documents write it so. Nearly
    /// always one pair; a key folds spaces away, so "Le Pen" and "LePen" share one yet split
    /// differently. Finding these words read every document naming the key until one wrote it as a
    /// person: every document of "Russia", on each edit that changed a buffer's names.
    private var fullNameUses: [UInt64: [FullNameUse]] = [:]
    private var lines: [String: LineIndex] = [:]
    /// Workspace actors computed from this state, shared by every rule run and hover until the next change.
    /// A mutation installs a fresh cache, so copies of the directory never see answers for another state.
    private var cache = ActorCache()

    public init() {}

    /// Replaces a document's mentions; returns the other documents whose actor findings may change: those
    /// naming an actor whose answers this change alters (see `rootsChanged`), when the document starts or
    /// stops writing a name.
    @discardableResult
    public mutating func update(_ id: String, mentions: [ActorMention]) -> Set<String> {
        // When no other copy of the directory holds the cache, the next state's is made from it in place.
        let sole = isKnownUniquelyReferenced(&cache)
        let before = summaries[id]
        let edit = before.map { MentionEdit(from: $0.mentions, to: mentions) }
        // Only positions moved (typing in prose around the names): the same mentions make the same
        // summaries, so the document is not unfiled and filed again; every answer holds, with this
        // document's mentions at their new places.
        if let names = before, let edit, let move = MentionMove(from: names.mentions, to: mentions, edit: edit) {
            summaries[id] = names.moved(to: mentions)
            cache = cache.carried(moving: id, roots: Set(names.values.map(resolved)), inPlace: sole, to: move.newPlace)
            return []
        }
        let old = before?.byKey ?? [:]
        let oldMentions = before?.mentions ?? []
        let carried = cache
        // Only the names written where the mentions changed can differ in summary or signature.
        let incoming: [UInt64: Summary]
        let touched: Set<UInt64>
        if let before, let edit {
            incoming = Self.summaries(of: mentions, after: edit, from: before)
            touched = edit.touched
        } else {
            incoming = Self.summaries(of: mentions)
            touched = Set(incoming.keys)
        }
        // Multi-word person names, the ones a lone word may join, and how each splits.
        let splitsBefore = Self.fullNameSplits(old), splitsAfter = Self.fullNameSplits(incoming)
        let fullNamesChanged = Set(splitsBefore.keys) != Set(splitsAfter.keys)
        let lonesBefore = fullNamesChanged ? loneWordJoins(Array(old.values) + Array(incoming.values)) : [:]
        // The other documents' tallies of each actor (`ActorTally`) hold while only this document changes, but
        // for the actors whose members among them its full names move (`unsettled`, known after filing).
        let derivable = splitsBefore == splitsAfter || fullNamesChanged
        let oldRoots = Set(old.values.map(resolved))
        var derivedBefore = derivable ? derivedTallies(id, roots: oldRoots, from: carried) : [:]
        let own = file(id, mentions: mentions, summaries: incoming)
        // An actor the document starts to name had no members in it: the others' tally is the full one.
        for root in Set(own.values.map(resolved)).subtracting(oldRoots) where derivable {
            if let full = carried.fullTally(root) { derivedBefore[root] = full }
        }
        let joinsMoved = joinsChanged(lonesBefore)
        let changed = rootsChanged(old: old, new: own, touched: touched, edit: edit, oldMentions: oldMentions,
                                   mentions: mentions, joinsMoved: joinsMoved)
        let unsettled: Set<UInt64>? = splitsBefore == splitsAfter ? []
            : fullNamesChanged ? Set(splitsBefore.keys).union(splitsAfter.keys).union(joinsMoved) : nil
        let derived = unsettled.map { u in derivedBefore.filter { !u.contains($0.key) } } ?? [:]
        let roots = Set(old.values.map(resolved)).union(own.values.map(resolved)).union(changed)
        let moves = movedNames(old: old, oldMentions: oldMentions, new: own, mentions: mentions, touched: touched, changed: changed)
        cache = carried.carried(dropping: roots, keepingActorsOf: roots.subtracting(changed), moving: id,
                                in: moves.roots, unsettled: unsettled, derived: derived, inPlace: sole, to: moves.places.newPlace)
        // Other documents' findings change with this one's only when it starts or stops naming an actor;
        // a change in counts alone is picked up when they are next analysed or hovered.
        guard Set(own.keys) != Set(old.keys) else { return [] }
        // Besides the actors whose answers changed, the spellings of a full name list where this document's
        // mentions stand (`fullNameSpellings`), which moved with the edit: where the workspace spells it more
        // than one way. (Every file naming a widely named organisation was put in the ripple of each such edit.)
        // A name outside the change has the same spellings and actor before and after: asked once.
        var reread = changed
        for s in own.values where !reread.contains(resolved(s)) {
            if spellingsMayVary(s, mentions) { reread.insert(resolved(s)) }
        }
        for s in old.values where touched.contains(s.key) && !reread.contains(resolved(s)) {
            if spellingsMayVary(s, oldMentions) { reread.insert(resolved(s)) }
        }
        var affected = Set<String>()
        for root in reread { memberDocuments(root, into: &affected) }
        affected.remove(id)
        return affected
    }

    /// The other documents' tallies of the actors `roots` that document `id` names before its update, made from
    /// the full tallies `cache` keeps less its members, where none is kept for it already. Read before the
    /// document is filed anew: its members are the ones the full tallies hold.
    private func derivedTallies(_ id: String, roots: Set<UInt64>, from cache: ActorCache) -> [UInt64: ActorTally] {
        var out: [UInt64: ActorTally] = [:]
        for root in roots where cache.othersTally(root, excluding: id) == nil {
            guard let full = cache.fullTally(root),
                  let others = full.removing(members(root, in: id), lexicon: ActorLexicon.shared) else { continue }
            out[root] = others
        }
        return out
    }

    /// Whether some full name the summary `s` writes (in `ms`) may be spelled two ways in the workspace, so
    /// that its actor's spelling groups list places (`fullNameSpellings`). Known only from an actor the cache
    /// holds (its aliases are every spelling its members write, and no change of this document's spellings
    /// leaves it held: see `rootsChanged`); otherwise it may, when the summary writes a full name at all.
    /// Each spelling is asked once: a name is written the same way nearly every time.
    private func spellingsMayVary(_ s: Summary, _ ms: [ActorMention]) -> Bool {
        let cached = cache.actor(resolved(s))
        if case .some(.none) = cached { return false }
        var seen: [String] = []
        var folded: [UInt64] = []
        for i in s.mentions {
            guard !seen.contains(ms[i].text) else { continue }
            seen.append(ms[i].text)
            guard SpellingForm.isFullName(ms[i].text) else { continue }
            guard case .some(.some(let actor)) = cached else { return true }
            let key = NameKey.of(ms[i].text)
            guard !folded.contains(key) else { continue }
            folded.append(key)
            if !Self.spelledOneWay(actor, folded: key) { return true }
        }
        return false
    }

    /// Whether the workspace writes at most one full-name spelling of `actor` folding to `folded`: its aliases are
    /// every spelling its members write, so its spelling groups for that name are empty.
    static func spelledOneWay(_ actor: WorkspaceActor, folded: UInt64) -> Bool {
        actor.aliases.count(where: { SpellingForm.isFullName($0) && NameKey.of($0) == folded }) <= 1
    }

    /// Replaces the mentions of many documents (a workspace read from disk); returns the documents whose
    /// actor findings may change. The documents sharing an actor are collected once per name for the whole
    /// batch: asking per document would read the documents of a common name ("Russia") once per document.
    @discardableResult
    public mutating func update(contentsOf batch: [DocumentAnalysis]) -> Set<String> {
        var touched: [UInt64: Summary] = [:]
        // Sorted once after the batch rather than kept in order one insertion at a time through it.
        var ordered = orderedDocuments
        orderedDocuments = [:]
        for a in batch {
            for s in summaries[a.id]?.values ?? [] { touched[s.key] = s }
            for (key, s) in file(a.id, mentions: a.mentions) { touched[key] = s }
            lines[a.id] = a.text.lines
        }
        for key in touched.keys {
            let documents = documentsByKey[key] ?? []
            ordered[key] = documents.count >= Self.orderedFrom ? documents.sorted() : nil
        }
        orderedDocuments = ordered
        return documents(sharing: Array(touched.values)).union(batch.map(\.id))
    }

    /// The roots whose answers (actor, occurrences, spellings) one document's update may change, besides its
    /// own roots' occurrences and spellings, which hold its mentions' places. Typing in a buffer keeps its
    /// names, so most answers carry over: every root but the document's own is untouched, and each of its
    /// roots keeps its actor when the document's use of the names joining it (kind, count, spellings:
    /// `signatureChanged`) did not change, as an actor holds no positions. A change in the document's
    /// multi-word person names can change which full name a lone surname (or given name) joins anywhere: the
    /// roots that lone word joins before and after, and the word itself, change too (`joinsChanged`).
    private func rootsChanged(old: [UInt64: Summary], new: [UInt64: Summary], touched: Set<UInt64>, edit: MentionEdit?,
                              oldMentions: [ActorMention], mentions: [ActorMention], joinsMoved: Set<UInt64>) -> Set<UInt64> {
        var changed = joinsMoved
        for key in touched where Self.signatureChanged(key, old: old, new: new, edit: edit, oldMentions: oldMentions, mentions: mentions) {
            if let s = old[key] { changed.insert(resolved(s)) }
            if let s = new[key] { changed.insert(resolved(s)) }
        }
        return changed
    }

    /// Whether what the workspace actors take from the document under one name (its kind, and how many
    /// mentions with which spellings) differs after the update. A name outside `edit`'s change keeps it; one
    /// inside keeps its mentions outside the change, so their spellings are compared only inside it.
    static func signatureChanged(_ key: UInt64, old: [UInt64: Summary], new: [UInt64: Summary], edit: MentionEdit?,
                                 oldMentions: [ActorMention], mentions: [ActorMention]) -> Bool {
        guard let a = old[key], let b = new[key], let edit else { return true }
        guard a.name == b.name, a.kind == b.kind else { return true }
        let before = (edit.oldWindow[key] ?? []).map { oldMentions[$0].text }.sorted()
        let after = (edit.newWindow[key] ?? []).map { mentions[$0].text }.sorted()
        return before != after
    }

    /// The lone words of `lonesBefore` that join otherwise now, with the roots they join before and after:
    /// the only roots whose members in other documents a change of this document's full names moves.
    private func joinsChanged(_ lonesBefore: [UInt64: LoneJoins]) -> Set<UInt64> {
        var out = Set<UInt64>()
        for (word, before) in lonesBefore {
            let after = loneJoins(word)
            guard after != before else { continue }
            out.insert(word)
            for joined in [before.person, before.unknown, after.person, after.unknown] {
                if let joined { out.insert(joined) }
            }
        }
        return out
    }

    /// The roots of this document whose lists (occurrences, spelling groups) change with the update only by
    /// where its mentions stand, and the new mention for each old one's start. Such a root is not among
    /// `changed` (no other document's mentions join or leave it), one name of the document joins it before
    /// and after, and that name's mentions have the same spellings in the same order: each list holds the
    /// document's mentions of it in that order, so the n-th old one's place in it is the n-th new one's.
    /// Recomputing these lists read every file naming the actor: an edit changing one name of a buffer
    /// recomputed those of every full name it writes.
    private func movedNames(old: [UInt64: Summary], oldMentions: [ActorMention], new: [UInt64: Summary],
                            mentions: [ActorMention], touched: Set<UInt64>, changed: Set<UInt64>) -> (roots: Set<UInt64>, places: MovedPlaces) {
        var namesPerRoot: [UInt64: Int] = [:]
        for s in Array(old.values) + Array(new.values) { namesPerRoot[resolved(s), default: 0] += 1 }
        var roots = Set<UInt64>()
        var places = MovedPlaces(old: oldMentions, new: mentions)
        for (key, before) in old {
            guard let after = new[key] else { continue }
            let root = resolved(after)
            // A name outside the change has the same spellings in the same order (`MentionEdit`).
            guard resolved(before) == root, !changed.contains(root), namesPerRoot[root] == 2,
                  before.mentions.count == after.mentions.count,
                  !touched.contains(key) || zip(before.mentions, after.mentions).allSatisfy({ oldMentions[$0].text == mentions[$1].text })
            else { continue }
            roots.insert(root)
            for (i, j) in zip(before.mentions, after.mentions) { places.move(i, to: j) }
        }
        return (roots, places)
    }

    /// Multi-word person names (the ones a lone word may join) with their first and last words: what `file`
    /// puts in `bySurname`, `byFirstWord` and `fullNameUses`, which every lone word's join reads.
    private static func fullNameSplits(_ m: [UInt64: Summary]) -> [UInt64: [UInt64]] {
        var out: [UInt64: [UInt64]] = [:]
        for s in m.values where s.kind == .person && s.words.count >= 2 { out[s.key] = [s.words.first, s.words.last] }
        return out
    }

    /// The full name a lone word joins, read as a person and as a name of undecided kind (the two kinds
    /// `resolved` lets join one); nil where it stands alone.
    struct LoneJoins: Equatable {
        var person: UInt64?
        var unknown: UInt64?
    }

    private func loneJoins(_ word: UInt64) -> LoneJoins {
        LoneJoins(person: joined(loneWord: word, kind: .person), unknown: joined(loneWord: word, kind: .unknown))
    }

    /// How the first and last words of these names' full person names join now. Filing or unfiling a full
    /// name changes `bySurname` and `byFirstWord` of those two words alone, and a lone word's join reads
    /// only its own entries there, so comparing these before and after an update finds every lone word
    /// that joins differently. (Dropping every full name that shares such a word, whether or not any join
    /// changed, had put some thousands of files in an edit's ripple.)
    private func loneWordJoins(_ names: [Summary]) -> [UInt64: LoneJoins] {
        var out: [UInt64: LoneJoins] = [:]
        for s in names where s.kind == .person && s.words.count >= 2 {
            for word in [s.words.first, s.words.last] where out[word] == nil { out[word] = loneJoins(word) }
        }
        return out
    }

    /// Adds the documents naming the actor with workspace key `root` (the documents of `members`).
    private func memberDocuments(_ root: UInt64, into out: inout Set<String>) {
        out.absorb(documentsByKey[root] ?? [])
        guard let words = fullNameWords(root) else { return }
        for word in Set(words) where word != root {
            let joins = loneJoins(word)
            guard joins.person == root || joins.unknown == root else { continue }
            // Both kinds that may join one do: every file writing the lone word but as another kind (which
            // stands for itself) is taken too, rather than asking each of thousands how it resolves.
            if joins.person == root && joins.unknown == root {
                out.absorb(documentsByKey[word] ?? [])
                continue
            }
            for d in documentsByKey[word] ?? [] where !out.contains(d) {
                if let s = summaries[d]?[word], resolved(s) == root { out.insert(d) }
            }
        }
    }

    /// The last and first words of a root that some document writes as a multi-word person name. Of two
    /// ways to split one key, the one with the smaller words, so the answer does not hang on an order.
    func fullNameWords(_ root: UInt64) -> [UInt64]? {
        guard let use = fullNameUses[root]?.min(by: { ($0.last, $0.first) < ($1.last, $1.first) }) else { return nil }
        return [use.last, use.first]
    }

    /// A document's use of each name it writes, by the name's key.
    /// Gathered in a list found through an `IntegerKey` table and put in the dictionary once per name: asked of
    /// the dictionary itself, each mention hashed its key with SipHash three or four times.
    /// The mentions are read in place, and each name's list of them is made at its size once they are counted
    /// (copying each mention out, and growing the table, the list and each name's indices, cost ~2 k
    /// instructions a document).
    static func summaries(of mentions: [ActorMention]) -> [UInt64: Summary] {
        var index = [IntegerKey: Int](minimumCapacity: mentions.count)
        var list: [Summary] = []
        list.reserveCapacity(mentions.count)
        // Which summary each mention joins, and how many mentions each has.
        var joins = [Int](repeating: 0, count: mentions.count)
        var counts: [Int] = []
        counts.reserveCapacity(mentions.count)
        for i in mentions.indices {
            let key = NameKey.of(mentions[i].name)
            if let at = index[IntegerKey(key)] {
                joins[i] = at
                counts[at] += 1
                if list[at].kind == .unknown { list[at].kind = mentions[i].kind }
            } else {
                joins[i] = list.count
                index[IntegerKey(key)] = list.count
                list.append(Summary(name: mentions[i].name, kind: mentions[i].kind, key: key,
                                    words: Self.nameWords(mentions[i].name), mentions: MentionIndices(i)))
                counts.append(1)
            }
        }
        for at in list.indices where counts[at] > 1 { list[at].mentions.reserveCapacity(counts[at] - 1) }
        for i in mentions.indices where list[joins[i]].mentions[0] != i { list[joins[i]].mentions.append(i) }
        var own: [UInt64: Summary] = [:]
        own.reserveCapacity(list.count)
        for s in list { own[s.key] = s }
        return own
    }

    /// Files a document's names, replacing what it had; returns its summaries.
    private mutating func file(_ id: String, mentions: [ActorMention], summaries own: [UInt64: Summary]? = nil) -> [UInt64: Summary] {
        unfile(id)
        cache = ActorCache()
        let own = own ?? Self.summaries(of: mentions)
        for (key, s) in own {
            if documentsByKey[key, default: []].insert(id).inserted, orderedDocuments[key] != nil {
                orderedDocuments[key]!.insert(id, at: orderedDocuments[key]!.partitioningIndex { !($0 < id) })
            }
            if s.kind == .person, s.words.count >= 2 {
                bySurname[s.words.last, default: [:]][key, default: 0] += 1
                byFirstWord[s.words.first, default: [:]][key, default: 0] += 1
                Self.retain(&fullNameUses[key, default: []], s.words)
            }
        }
        summaries[id] = NameSummaries(own, mentions: mentions)
        return own
    }

    /// Documents sharing an actor with `id`: the same names, or a lone surname joining one of its people.
    func related(_ id: String) -> Set<String> {
        documents(sharing: summaries[id]?.values ?? [])
    }

    /// Documents using one of these names, or a lone surname joining one of these people.
    private func documents(sharing names: [Summary]) -> Set<String> {
        var out = Set<String>()
        var seen = Set<UInt64>()
        func add(_ key: UInt64) { if seen.insert(key).inserted { out.absorb(documentsByKey[key] ?? []) } }
        for s in names {
            add(s.key)
            if s.words.count >= 2, s.kind == .person {
                add(s.words.last)
                add(s.words.first)
            } else if s.words.count == 1 {
                for full in (bySurname[s.words.first] ?? [:]).keys { add(full) }
                for full in (byFirstWord[s.words.first] ?? [:]).keys { add(full) }
            }
        }
        return out
    }

    /// Also keeps the document's line index, so messages can say where other mentions stand.
    @discardableResult
    public mutating func update(_ analysis: DocumentAnalysis) -> Set<String> {
        let affected = update(analysis.id, mentions: analysis.mentions)
        lines[analysis.id] = analysis.text.lines
        return affected
    }

    /// Drops a document; returns the other documents whose actor findings may change.
    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        var affected = related(id)
        affected.remove(id)
        unfile(id)
        return affected
    }

    private mutating func unfile(_ id: String) {
        cache = ActorCache()
        lines[id] = nil
        guard let own = summaries.removeValue(forKey: id) else { return }
        for s in own.values {
            let key = s.key
            documentsByKey[key]?.remove(id)
            if documentsByKey[key]?.isEmpty == true { documentsByKey[key] = nil }
            if let list = orderedDocuments[key] {
                let i = list.partitioningIndex { !($0 < id) }
                if i < list.count, list[i] == id { orderedDocuments[key]!.remove(at: i) }
                if orderedDocuments[key]!.isEmpty { orderedDocuments[key] = nil }
            }
            if s.kind == .person, s.words.count >= 2 {
                Self.release(&bySurname, s.words.last, key)
                Self.release(&byFirstWord, s.words.first, key)
                Self.release(&fullNameUses, key, s.words)
            }
        }
    }

    private static func release(_ index: inout [UInt64: [UInt64: Int]], _ word: UInt64, _ key: UInt64) {
        guard var m = index[word], let n = m[key] else { return }
        if n <= 1 { m[key] = nil } else { m[key] = n - 1 }
        index[word] = m.isEmpty ? nil : m
    }

    private static func retain(_ uses: inout [FullNameUse], _ words: NameWords) {
        if let i = uses.firstIndex(where: { $0.first == words.first && $0.last == words.last }) {
            uses[i].documents += 1
        } else {
            uses.append(FullNameUse(first: words.first, last: words.last, documents: 1))
        }
    }

    private static func release(_ index: inout [UInt64: [FullNameUse]], _ key: UInt64, _ words: NameWords) {
        guard var uses = index[key],
              let i = uses.firstIndex(where: { $0.first == words.first && $0.last == words.last }) else { return }
        uses[i].documents -= 1
        if uses[i].documents <= 0 { uses.remove(at: i) }
        index[key] = uses.isEmpty ? nil : uses
    }

    /// Words of a name, split at spaces and hyphens ("Kim Jong-un" → kim, jong, un).
    static func words(_ name: String) -> [UInt64] {
        var name = name
        // An ASCII name's characters are its bytes: split and key them without building a string per word
        // (the fold asks this of every name of the workspace). Any other name is split by characters.
        if let words = name.withUTF8({ asciiWords($0) }) { return words }
        return name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" }).map { NameKey.of(String($0)) }
    }

    /// `NameWords(words(name))`, hashing only the first and last words of an ASCII name, and making no list of
    /// them: every name of every document is summarised so.
    static func nameWords(_ name: String) -> NameWords {
        var name = name
        let ascii = name.withUTF8 { bytes -> NameWords? in
            var first: Range<Int>? = nil, last = 0..<0, count = 0
            guard forEachASCIIWord(bytes, { word in
                if first == nil { first = word }
                last = word
                count += 1
            }) else { return nil }
            guard let first else { return NameWords(first: 0, last: 0, count: 0) }
            return NameWords(first: NameKey.of(bytes, first), last: NameKey.of(bytes, last), count: count)
        }
        return ascii ?? NameWords(words(name))
    }

    /// `words(name).count`, without hashing the words of an ASCII name.
    static func wordCount(_ name: String) -> Int {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            return forEachASCIIWord(bytes) { _ in count += 1 } ? count : nil
        }
        if let ascii, let count = ascii { return count }
        return words(name).count
    }

    /// `words` of an all-ASCII name, read from its bytes; nil when some byte is not ASCII.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        var out: [UInt64] = []
        return forEachASCIIWord(bytes) { out.append(NameKey.of(bytes, $0)) } ? out : nil
    }

    /// Hands `word` the byte range of each word of an all-ASCII name, split at spaces and hyphens as `words`
    /// splits; false (after any words before it) when some byte is not ASCII.
    private static func forEachASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (Range<Int>) -> Void) -> Bool {
        var start = 0
        for (i, b) in bytes.enumerated() {
            guard b < 0x80 else { return false }
            guard b == 0x20 || b == 0x2D else { continue }
            if i > start { word(start..<i) }
            start = i + 1
        }
        if bytes.count > start { word(start..<bytes.count) }
        return true
    }

    /// The workspace key a document's name joins: itself, or the one full name its lone word belongs to.
    func resolved(_ s: Summary) -> UInt64 {
        guard s.words.count == 1, s.kind == .person || s.kind == .unknown else { return s.key }
        return joined(loneWord: s.words.first, kind: s.kind) ?? s.key
    }

    /// The one full name a lone word of this kind (person or unknown) joins, if any.
    private func joined(loneWord word: UInt64, kind: ActorKind) -> UInt64? {
        // A lone word that is also an ordinary word or a given name ("City", "Tom") joins a full name of
        // another file only when at least two files write that full name: one stray pair is no evidence.
        let lexicon = ActorLexicon.shared
        let common = lexicon.dictionaryWords.contains(word) || lexicon.givenNames.contains(word)
        if let m = bySurname[word], m.count == 1 {
            if !common || m.values.first! >= 2 { return m.keys.first! }
            return nil
        }
        // A lone ordinary word ("People") that its own file could not place may be a surname ("Bush"), but
        // is no given name or family name opening a full name.
        if kind == .unknown, lexicon.dictionaryWords.contains(word) { return nil }
        if let m = byFirstWord[word], m.count == 1, bySurname[word] == nil, !common || m.values.first! >= 2 {
            return m.keys.first!
        }
        return nil
    }

    /// One document's names under one key of an actor (`members`), with the document's mentions they index.
    struct Member {
        var document: String
        /// Which of the actor's keys (its own first, then the lone words that join it).
        var key: Int
        var summary: Summary
        var mentions: [ActorMention]
    }

    /// Every (document, summary) in the workspace that joins the actor with workspace key `root`.
    func members(_ root: UInt64) -> [Member] {
        // The name and the lone words that may join it.
        let keys = memberKeys(root)
        var found: [Member] = []
        var inOrder = true
        for (n, k) in keys {
            if let ordered = orderedDocuments[k] {
                for d in ordered { if let m = member(root, key: k, n, in: d) { found.append(m) } }
            } else {
                inOrder = false
                for d in documentsByKey[k] ?? [] { if let m = member(root, key: k, n, in: d) { found.append(m) } }
            }
        }
        // One key's documents kept in path order are the order sought. (The sort below merges sorted runs in
        // about one comparison per document.)
        if keys.count == 1 && inOrder { return found }
        // In document order, and a document's names in the order of `keys`. One sort: the files of a
        // common name ("Russia") are thousands, and sorting them per key and then all together was most
        // of what an edit changing such a name spent on the edited buffer's diagnostics. With one key a
        // document holds one entry: its path alone orders it, one string comparison instead of two.
        if keys.count == 1 {
            found.sort { $0.document < $1.document }
        } else {
            found.sort { $0.document == $1.document ? $0.key < $1.key : $0.document < $1.document }
        }
        return found
    }

    /// The members of the actor with workspace key `root` in one document, in the order of the actor's keys.
    func members(_ root: UInt64, in document: String) -> [Member] {
        memberKeys(root).compactMap { n, k in member(root, key: k, n, in: document) }
    }

    /// The keys an actor's members are filed under, each once with its place among them: the actor's own,
    /// then the lone words that may join it.
    /// (Three keys at most: a short list answers "seen?" without building a set for every actor computed.)
    private func memberKeys(_ root: UInt64) -> [(n: Int, key: UInt64)] {
        var out: [(n: Int, key: UInt64)] = [(0, root)]
        guard let words = fullNameWords(root) else { return out }
        for (k, word) in words.enumerated() where !out.contains(where: { $0.key == word }) { out.append((k + 1, word)) }
        return out
    }

    /// A document's name under `key`, when it joins the actor `root` (the actor's own key always does).
    private func member(_ root: UInt64, key k: UInt64, _ n: Int, in document: String) -> Member? {
        guard let names = summaries[document], let s = names[k], k == root || resolved(s) == root else { return nil }
        return Member(document: document, key: n, summary: s, mentions: names.mentions)
    }

    /// The actor mentioned at a byte offset, if any.
    public func mention(document id: String, offset: Int) -> ActorMention? {
        guard let ms = summaries[id]?.mentions else { return nil }
        // The last mention starting at or before the offset.
        let f = ms.firstIndex(startingAtOrAfter: offset + 1) - 1
        guard f >= 0, ms[f].range.contains(offset) || ms[f].range.upperBound == offset else { return nil }
        return ms[f]
    }

    func summary(document id: String, mention m: ActorMention) -> Summary? {
        summaries[id]?[NameKey.of(m.name)]
    }

    /// The workspace actor a document's mention belongs to.
    public func actor(document id: String, mention m: ActorMention) -> WorkspaceActor? {
        guard let s = summary(document: id, mention: m) else { return nil }
        return actor(root: resolved(s))
    }

    public func actor(document id: String, offset: Int) -> WorkspaceActor? {
        guard let m = mention(document: id, offset: offset) else { return nil }
        return actor(document: id, mention: m)
    }

    func actor(root: UInt64) -> WorkspaceActor? {
        if let hit = cache.actor(root) { return hit }
        let computed = computeActor(root: root)
        cache.store(root, computed)
        return computed
    }

    /// The actor from its members' tally. While one document is edited (`ActorCache.editedDocument`), the
    /// tally of the other documents' members of a widely named actor is kept, and the edited one's members
    /// are added to it: an edit that changes how often the buffer names "Russia" read the 5,000 other files
    /// naming it again.
    private func computeActor(root: UInt64) -> WorkspaceActor? {
        let lexicon = ActorLexicon.shared
        let edited = cache.editedDocument
        let own = edited.map { members(root, in: $0) } ?? []
        var tally: ActorTally
        if let edited, let others = cache.othersTally(root, excluding: edited) {
            tally = others
        } else {
            tally = ActorTally()
            // In document order: each file's count goes at the end of the tally's list.
            // Each member passed where it stands: a loop over them copied each (~250 instructions with its release).
            let all = members(root)
            for i in all.indices where all[i].document != edited { tally.add(all[i], root: root, lexicon: lexicon, inOrder: true) }
            // Kept for the actors the edited document names (those its edits change).
            if let edited, !own.isEmpty, tally.count >= Self.talliedFrom { cache.store(root, othersTally: tally, excluding: edited) }
        }
        for m in own { tally.add(m, root: root, lexicon: lexicon) }
        if tally.count >= Self.talliedFrom { cache.store(root, fullTally: tally) }
        return tally.actor(root: root)
    }

    /// How many members an actor has before the others' tally is kept for it while a document is edited.
    static let talliedFrom = 64

    /// A lone ordinary word ("Partnership", "Morning") that its file does not type: when no member of an
    /// actor is anything else in the whole workspace, the actor is a piece of a title or heading, not an
    /// actor. A surname that is also a word ("Berg") is reported once some file gives its bearer's full name.
    static func isOrdinaryWord(_ s: Summary, _ lexicon: ActorLexicon) -> Bool {
        s.kind == .unknown && s.words.count == 1 && lexicon.dictionaryWords.contains(s.words.first)
            && !lexicon.givenNames.contains(s.words.first)
    }

    /// The full-name spellings of an actor that fold to the same key ("Kim Jong Un", "Kim Jong-un"), each
    /// with where it stands, when there are two or more; empty when there is one (no spelling varies), so
    /// that the cache, kept for every name of every published document, holds copies of the mentions of
    /// the few names spelled two ways only. Computed once per workspace state, from the members directly:
    /// going through `occurrences(root:)` cached a copy of every mention of the workspace.
    func fullNameSpellings(document id: String, mention m: ActorMention, folded: UInt64) -> [String: [(String, ActorMention)]] {
        guard let s = summary(document: id, mention: m) else { return [:] }
        let key = ActorCache.SpellingGroupKey(root: resolved(s), folded: folded)
        if let hit = cache.spellings(key) { return hit }
        // The actor's aliases are every spelling its members write: with one full name among them folding to
        // this key, nothing varies, and its thousands of files are not read. (An edit that made a buffer name
        // "Meridian News" again read every file writing it, as no spellings of the others were kept.)
        if let actor = actor(root: key.root), Self.spelledOneWay(actor, folded: folded) {
            cache.store(key, spellings: [:])
            return [:]
        }
        // As for the actor (`computeActor`): while a document naming it is edited, the other documents'
        // spellings are kept, and the edited one's are put in their places in document order.
        let edited = cache.editedDocument
        let own = edited.map { members(key.root, in: $0) } ?? []
        var bySpelling: [String: [(String, ActorMention)]]
        if let edited, let others = cache.othersSpellings(key, excluding: edited) {
            bySpelling = others
        } else {
            bySpelling = [:]
            var read = 0
            for m in members(key.root) where m.document != edited {
                read += 1
                Self.addSpellings(of: m, folded: folded, to: &bySpelling)
            }
            if let edited, !own.isEmpty, read >= Self.talliedFrom { cache.store(key, othersSpellings: bySpelling, excluding: edited) }
        }
        if let edited, !own.isEmpty {
            var mine: [String: [(String, ActorMention)]] = [:]
            for m in own { Self.addSpellings(of: m, folded: folded, to: &mine) }
            for (spelling, list) in mine {
                let i = bySpelling[spelling]?.partitioningIndex { !($0.0 < edited) } ?? 0
                bySpelling[spelling, default: []].insert(contentsOf: list, at: i)
            }
        }
        let varied = bySpelling.count > 1 ? bySpelling : [:]
        cache.store(key, spellings: varied)
        return varied
    }

    /// A member's mentions written as a full name folding to `folded`, by spelling, in order.
    private static func addSpellings(of m: Member, folded: UInt64, to bySpelling: inout [String: [(String, ActorMention)]]) {
        for i in m.summary.mentions where SpellingForm.isFullName(m.mentions[i].text) && NameKey.of(m.mentions[i].text) == folded {
            bySpelling[m.mentions[i].text, default: []].append((m.document, m.mentions[i]))
        }
    }

    /// Every mention, in every document, of the actor mentioned at a byte offset (for references and
    /// document highlights). Empty when no actor stands there.
    public func occurrences(document id: String, offset: Int) -> [(document: String, mention: ActorMention)] {
        guard let m = mention(document: id, offset: offset), let s = summary(document: id, mention: m) else { return [] }
        return occurrences(root: resolved(s))
    }

    func occurrences(root: UInt64) -> [(document: String, mention: ActorMention)] {
        if let hit = cache.occurrences(root) { return hit }
        let computed = members(root).flatMap { m in m.summary.mentions.map { (document: m.document, mention: m.mentions[$0]) } }
        cache.store(root, occurrences: computed)
        return computed
    }

    /// The actors of one document, in order of first mention (for document symbols).
    public func actors(in id: String) -> [(first: ActorMention, actor: WorkspaceActor)] {
        guard let own = summaries[id] else { return [] }
        let ms = own.mentions
        // The summaries' places sorted, not the summaries (no two share a first mention, so the order is the
        // same), and the list made at its size: sorting copies of the summaries and growing the list cost
        // ~7 k instructions a document.
        let values = own.values
        let order = values.indices.sorted { values[$0].mentions[0] < values[$1].mentions[0] }
        var out: [(first: ActorMention, actor: WorkspaceActor)] = []
        out.reserveCapacity(order.count)
        for k in order {
            if let a = actor(root: resolved(values[k])) { out.append((first: ms[values[k].mentions[0]], actor: a)) }
        }
        return out
    }

    /// Actors of the whole workspace whose name or a spelling contains `query` (case-insensitive), for
    /// workspace symbols. An empty query lists them all.
    public func search(_ query: String) -> [WorkspaceActor] {
        var roots = Set<UInt64>()
        for (_, own) in summaries { for s in own.values { roots.insert(resolved(s)) } }
        let q = query.lowercased()
        return roots.compactMap { actor(root: $0) }
            .filter { q.isEmpty || $0.aliases.contains { $0.lowercased().contains(q) } || $0.name.lowercased().contains(q) }
            .sorted { $0.name < $1.name }
    }

    /// 1-based "file:line" of a mention, when the document's lines are known.
    public func place(document id: String, offset: Int) -> String {
        guard let l = lines[id] else { return id }
        return "\(id):\(l.line(of: offset) + 1)"
    }

    /// The actor card (kind, aliases, mentions per file) for the mention at a byte offset. The totals count
    /// every file; the list names the first `cardFiles` in path order and how many more there are, as the
    /// figure card does with its comparisons: an actor named in thousands of files made a card of 140 KB
    /// that no one reads to the end, and writing and sending it was the slowest hover (5–7 ms).
    public func card(document id: String, offset: Int) -> HoverCard? {
        guard let m = mention(document: id, offset: offset), let a = actor(document: id, mention: m) else { return nil }
        var md = "**\(a.name)** — \(a.kind.rawValue)\n\n"
        if a.aliases.count > 1 || a.aliases.first != a.name {
            md += "Spelled: " + a.aliases.map { "`\($0)`" }.joined(separator: ", ") + "\n\n"
        }
        md += "\(a.mentions) mention\(a.mentions == 1 ? "" : "s") in \(a.files.count) file\(a.files.count == 1 ? "" : "s"):\n"
        for f in a.files.prefix(Self.cardFiles) {
            md += "- "
            md += f.document
            md += ": "
            md += String(f.mentions)
            md += "\n"
        }
        if a.files.count > Self.cardFiles {
            let more = a.files.count - Self.cardFiles
            md += "- … and \(more) more file\(more == 1 ? "" : "s")\n"
        }
        return HoverCard(markdown: md, range: m.range)
    }

    /// How many files an actor card lists by name.
    public static let cardFiles = 50
}
