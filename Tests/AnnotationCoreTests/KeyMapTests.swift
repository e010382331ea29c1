import Testing
@testable import AnnotationCore

/// The actor gazetteer's phrase table (issue 19) must answer as `[UInt64: Value]` does, for any key,
/// including 0 and keys that fall into one slot.
@Suite struct KeyMapTests {
    @Test func answersAsDictionaryDoes() {
        var rng = SystemRandomNumberGenerator()
        var reference: [UInt64: Int] = [0: -1, 1: -2, .max: -3]
        for k in 0..<3_000 { reference[UInt64.random(in: .min ... .max, using: &rng)] = k }
        let map = KeyMap(reference)
        #expect(map.count == reference.count)
        for (k, v) in reference { #expect(map[k] == v) }
        for _ in 0..<3_000 {
            let q = UInt64.random(in: .min ... .max, using: &rng)
            #expect(map[q] == reference[q])
        }
    }

    @Test func zeroIsAKeyOnlyWhenGiven() {
        #expect(KeyMap([5: "a", 7: "b"])[0] == nil)
        #expect(KeyMap([0: "zero"])[0] == "zero")
        #expect(KeyMap([UInt64: String]())[1] == nil)
    }

    @Test func keysThatShareASlotAreAllFound() {
        // Keys that differ only in their high bits: many share a slot and must probe past each other.
        var reference: [UInt64: UInt64] = [:]
        for k in 1...40 { reference[UInt64(k) << 40] = UInt64(k) }
        let map = KeyMap(reference)
        for (k, v) in reference { #expect(map[k] == v) }
        #expect(map[41 << 40] == nil)
    }

    @Test func gazetteerPhrasesAreFoundByAnySpellingOfTheirKey() {
        let lexicon = ActorLexicon.shared
        #expect(lexicon.phrases[NameKey.of("al-Qaeda")]?.kind == lexicon.phrases[NameKey.of("Al Qaeda")]?.kind)
        #expect(lexicon.phrase(NameKey.of("France"), allCaps: false)?.kind == .state)
        #expect(lexicon.phrases[NameKey.of("Frnace")] == nil)
    }
}
