import Foundation

/// Memo of workspace actors for one state of an `ActorDirectory`. Rule runs over many documents ask for the
/// same widely mentioned actors again and again; computing each once per state keeps a lint run linear.
/// Reads and writes come from many threads during a parallel lint, hence the lock.
final class ActorCache: @unchecked Sendable {
    private let lock = NSLock()
    private var actors: [UInt64: WorkspaceActor?] = [:]
    private var occurrenceLists: [UInt64: [(document: String, mention: ActorMention)]] = [:]
    private var spellingGroups: [SpellingGroupKey: [String: [(String, ActorMention)]]] = [:]

    struct SpellingGroupKey: Hashable {
        var root: UInt64
        var folded: UInt64
    }

    /// A cache for the next state of the directory, keeping what that state answers alike: entries of other
    /// roots, and (when `keepActors`) these roots' actors too. A new instance, so that a copy of the directory
    /// still holding the old state never reads answers computed for the new one.
    func carried(dropping roots: Set<UInt64>, keepActors: Bool) -> ActorCache {
        lock.lock(); defer { lock.unlock() }
        let next = ActorCache()
        next.actors = keepActors ? actors : actors.filter { !roots.contains($0.key) }
        next.occurrenceLists = occurrenceLists.filter { !roots.contains($0.key) }
        next.spellingGroups = spellingGroups.filter { !roots.contains($0.key.root) }
        return next
    }

    func spellings(_ key: SpellingGroupKey) -> [String: [(String, ActorMention)]]? {
        lock.lock(); defer { lock.unlock() }
        return spellingGroups[key]
    }

    func store(_ key: SpellingGroupKey, spellings: [String: [(String, ActorMention)]]) {
        lock.lock(); spellingGroups[key] = spellings; lock.unlock()
    }

    func actor(_ root: UInt64) -> WorkspaceActor?? {
        lock.lock(); defer { lock.unlock() }
        return actors[root]
    }

    func store(_ root: UInt64, _ actor: WorkspaceActor?) {
        lock.lock(); actors[root] = .some(actor); lock.unlock()
    }

    func occurrences(_ root: UInt64) -> [(document: String, mention: ActorMention)]? {
        lock.lock(); defer { lock.unlock() }
        return occurrenceLists[root]
    }

    func store(_ root: UInt64, occurrences: [(document: String, mention: ActorMention)]) {
        lock.lock(); occurrenceLists[root] = occurrences; lock.unlock()
    }
}
