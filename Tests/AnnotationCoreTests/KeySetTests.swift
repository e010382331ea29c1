import Testing
@testable import AnnotationCore

/// The actor lexicon's key sets (issue 19) must answer as `Set<UInt64>` does, for any key, including 0 and
/// keys that fall into one slot.
@Suite struct KeySetTests {
    @Test func answersAsSetDoes() {
        var rng = SystemRandomNumberGenerator()
        let keys = (0..<3_000).map { _ in UInt64.random(in: .min ... .max, using: &rng) } + [0, 1, 2, .max]
        let set = KeySet(keys)
        let reference = Set(keys)
        #expect(set.count == reference.count)
        for k in keys { #expect(set.contains(k)) }
        for _ in 0..<3_000 {
            let q = UInt64.random(in: .min ... .max, using: &rng)
            #expect(set.contains(q) == reference.contains(q))
        }
    }

    @Test func zeroIsAKeyOnlyWhenGiven() {
        #expect(!KeySet([5, 7]).contains(0))
        #expect(KeySet([0]).contains(0))
        #expect(!KeySet([]).contains(1))
        #expect(KeySet([3, 3, 0, 0]).count == 2)
    }

    @Test func keysThatShareASlotAreAllFound() {
        // Forty keys that differ only in their high bits: many share a slot and must probe past each other.
        let keys: [UInt64] = (1...40).map { $0 << 40 }
        let set = KeySet(keys)
        #expect(keys.allSatisfy { set.contains($0) })
        #expect(!set.contains(41 << 40))
    }

    @Test func wordKeysOfTheActorLexicon() {
        let words = KeySet(["minister", "Ministry", "al-Qaeda"].map(NameKey.of))
        #expect(words.contains(NameKey.of("MINISTER")))
        #expect(words.contains(NameKey.of("Al Qaeda")))
        #expect(!words.contains(NameKey.of("minsiter")))
    }
}
