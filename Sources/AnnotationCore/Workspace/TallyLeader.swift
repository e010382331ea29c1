/// The member that decides one thing about an actor (its first member, the first with the fullest name, the
/// first of a kind), and the one that would decide it if the leader's document named the actor no more: the
/// leader among the other documents' members. An actor's tally less one document (`ActorTally.removing`)
/// then knows who leads without reading the thousands of files that name a common actor, even when that
/// document led: the workspace's first files in path order lead most actors they name.
struct TallyLeader: Sendable {
    struct Entry: Sendable {
        var place: ActorTally.Place
        /// Leads before `place` does: the words of a name, for the fullest; 0 where only the place counts.
        var rank: Int
        var name: String
    }

    private(set) var best: Entry?
    /// The leader among the members of documents other than the best's; nil when there are none, or when a
    /// removal left it unknown (`runnerUpKnown`).
    private var runnerUp: Entry?
    private var runnerUpKnown = true

    /// Whether `a` leads `b`: a higher rank, or the same and an earlier place. With `inOrder`, `a` is known to
    /// stand after every member offered before it (a tally made in document order), and its place is not compared.
    private static func leads(_ a: Entry, _ b: Entry, inOrder: Bool) -> Bool {
        a.rank != b.rank ? a.rank > b.rank : !inOrder && a.place < b.place
    }

    mutating func offer(_ e: Entry, inOrder: Bool) {
        guard let b = best else { best = e; return }
        if Self.leads(e, b, inOrder: inOrder) {
            // The old leader leads every other document's members; of one document with the new, it is
            // no runner-up, and the runner-up stays as it was.
            if b.place.document != e.place.document {
                runnerUp = b
                runnerUpKnown = true
            }
            best = e
            return
        }
        let beatsRunnerUp = runnerUp.map { Self.leads(e, $0, inOrder: inOrder) } ?? runnerUpKnown
        if beatsRunnerUp, e.place.document != b.place.document { runnerUp = e }
    }

    /// Leaves out every member of `document`; false when its leader was one of them and the runner-up is not
    /// known.
    mutating func remove(document: String) -> Bool {
        guard let b = best else { return true }
        guard b.place.document == document else {
            if runnerUp?.place.document == document {
                runnerUp = nil
                runnerUpKnown = false
            }
            return true
        }
        guard runnerUpKnown else { return false }
        best = runnerUp
        runnerUp = nil
        runnerUpKnown = best == nil
        return true
    }
}
