/// Where the mentions of the names an update only moved (`ActorDirectory.movedNames`) stand now: the new
/// index of each such old mention, found from its start by bisection. (A table by start of every such
/// mention, made on each edit changing a buffer's names, cost ~0.8 M instructions in a 100 KB file.)
struct MovedPlaces {
    private let old: [ActorMention]
    private let new: [ActorMention]
    private let increasing: Bool
    /// By old index, the new one; -1 for a mention of a name not moved. Made on the first move.
    private var newIndex: [Int32] = []
    /// Where two old mentions share a start, the last moved there, as a table by start gives it.
    private var byStart: [Int: Int] = [:]

    init(old: [ActorMention], new: [ActorMention]) {
        self.old = old
        self.new = new
        increasing = old.startsIncrease
    }

    mutating func move(_ i: Int, to j: Int) {
        guard increasing else {
            byStart[old[i].range.lowerBound] = j
            return
        }
        if newIndex.isEmpty { newIndex = Array(repeating: -1, count: old.count) }
        newIndex[i] = Int32(j)
    }

    /// The mention now standing where `mention` stood, when it is one that moved.
    func newPlace(_ mention: ActorMention) -> ActorMention? {
        let start = mention.range.lowerBound
        guard increasing else { return byStart[start].map { new[$0] } }
        let k = old.firstIndex(startingAtOrAfter: start)
        guard k < old.count, old[k].range.lowerBound == start, !newIndex.isEmpty, newIndex[k] >= 0 else { return nil }
        return new[Int(newIndex[k])]
    }
}
