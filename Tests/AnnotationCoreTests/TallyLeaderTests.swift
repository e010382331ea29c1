import Testing
@testable import AnnotationCore

/// A leader (`TallyLeader`) offered members in any order must lead as the best of them does (highest rank,
/// then earliest place), and after its document's members are removed, as the best of the rest does, or
/// say it cannot tell; a second removal likewise.
@Suite struct TallyLeaderTests {
    typealias LCG = ConflictIndexTests.LCG
    typealias Entry = TallyLeader.Entry

    static func best(_ entries: [Entry]) -> Entry? {
        entries.min { $0.rank != $1.rank ? $0.rank > $1.rank : $0.place < $1.place }
    }

    @Test func leadsAsTheBestOfTheRestAfterRemovals() {
        var r = LCG(state: 7)
        var refused = 0, derived = 0
        for round in 0..<500 {
            var entries: [Entry] = []
            for d in 0..<(1 + r.below(6)) {
                for key in 0..<(1 + r.below(2)) {
                    entries.append(Entry(place: ActorTally.Place(document: "d\(d).txt", key: key), rank: r.below(3), name: "n\(d).\(key)"))
                }
            }
            let inOrder = round % 2 == 0
            var offered = entries.sorted { $0.place < $1.place }
            if !inOrder { for i in offered.indices.reversed() { offered.swapAt(i, r.below(i + 1)) } }
            var leader = TallyLeader()
            for e in offered { leader.offer(e, inOrder: inOrder) }
            #expect(leader.best?.place == Self.best(entries)?.place, "round \(round)")
            let documents = Array(Set(entries.map(\.place.document))).sorted()
            let gone = documents[r.below(documents.count)]
            let known = leader.remove(document: gone)
            #expect(known, "round \(round): a full leader knows its runner-up")
            offered.removeAll { $0.place.document == gone }
            #expect(leader.best?.place == Self.best(offered)?.place, "round \(round), without \(gone)")
            let next = documents[r.below(documents.count)]
            if leader.remove(document: next) {
                derived += 1
                offered.removeAll { $0.place.document == next }
                #expect(leader.best?.place == Self.best(offered)?.place, "round \(round), without \(gone), \(next)")
            } else {
                refused += 1
            }
        }
        #expect(derived > 200 && refused > 20, "derived \(derived), refused \(refused)")
    }
}
