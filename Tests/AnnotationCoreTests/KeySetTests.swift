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

/// The lexicon line reader (issue 19) splits and trims by bytes: it must give what splitting by newline
/// characters and trimming space and tab characters gives.
@Suite struct LexiconLinesTests {
    static func byCharacters(_ data: String) -> [String] {
        data.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    @Test(arguments: [
        "Norland|state\nEstland|state\n", "  padded  \n\tTabbed\t\n\n\n", "crlf\r\nlines\r\n", "no newline at end",
        "Zürich|city\nSão Tomé\n", "space then mark \u{301}\n \u{301}lead\n", "\u{600} trailing after prepend \u{600} \n",
        "vt\u{0B}ff\u{0C}nel\u{85}ls\u{2028}ps\u{2029}end", "", "\n", "   \n\t\n", "é  \n  é", "a\u{301} \n",
    ])
    func linesAsCharactersGiveThem(data: String) {
        #expect(ActorLexicon.lines(data) == Self.byCharacters(data))
    }

    @Test(arguments: ["Norland|state|NL;Norlands|Vell|Norlandic", "a||b|", "|", "", "Zürich|city", "one|\u{301}two",
                      "x ; y;;z", "no separator"])
    func fieldsAsCharactersGiveThem(line: String) {
        for separator: Character in ["|", ";"] {
            #expect(ActorLexicon.fields(line, separator)
                    == line.split(separator: separator, omittingEmptySubsequences: false).map(String.init))
        }
    }
}
