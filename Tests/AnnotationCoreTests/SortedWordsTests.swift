import Testing
@testable import AnnotationCore

/// `SortedWords` answers every question the conflict test asks as a `Set<String>` of the same words would,
/// including for words `Set` holds as equal though their bytes differ (a precomposed and a combining "é").
@Suite struct SortedWordsTests {
    static let pool = ["strike", "union", "drivers", "port halden metro", "metro", "caf\u{E9}", "cafe\u{301}",
                       "toll", "fire", "Émile", "émile", "ziggurat", "a", ""]

    static func words(_ r: inout SeededNumbers) -> [String] {
        (0..<(r.next() % 6)).map { _ in pool[r.next() % pool.count] }
    }

    @Test func answersAsASetDoes() {
        var r = SeededNumbers()
        for _ in 0..<2_000 {
            let a = Self.words(&r), b = Self.words(&r)
            let sa = Set(a), sb = Set(b)
            let wa = SortedWords(a), wb = SortedWords(b)
            #expect(Set(wa) == sa)
            #expect(wa.count == sa.count)
            #expect(wa.isEmpty == sa.isEmpty)
            #expect(wa.isDisjoint(with: wb) == sa.isDisjoint(with: sb))
            #expect(Set(wa.intersection(wb)) == sa.intersection(sb))
            #expect(Set(wa.subtracting(wb)) == sa.subtracting(sb))
            #expect((wa == wb) == (sa == sb))
            var u = wa
            u.formUnion(wb)
            #expect(Set(u) == sa.union(sb))
            #expect(u.words == u.words.sorted())
            for w in Self.pool { #expect(wa.contains(w) == sa.contains(w)) }
        }
    }

    @Test func equalSetsHashAlike() {
        let a: SortedWords = ["toll", "fire", "toll"]
        let b = SortedWords(["fire", "toll"])
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.words == ["fire", "toll"])
    }

    @Test func sharedEvidenceCountsAsBefore() {
        // A name shares with a spelling that holds its words ("metro" in "port halden metro").
        #expect(ConflictTest.sharedEvidence(["port halden metro", "strike"], ["metro", "strike"]) == 2)
        #expect(ConflictTest.sharedEvidence(["strike"], ["toll"]) == 0)
    }
}
