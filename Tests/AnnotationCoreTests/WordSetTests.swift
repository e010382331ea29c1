import Testing
@testable import AnnotationCore

/// The lexicons' byte-keyed sets and tables (issue 19) must answer exactly as `Set<String>` and
/// `[String: V]` do: for ASCII and non-ASCII words, empty and long words, words that only share a hash
/// slot, and strings Swift calls equal with different bytes.
@Suite struct WordSetTests {
    static let words = ["said", "says", "told", "", "reporters", "naïve", "café", "a", "an", "the",
                        "extraordinarily-long-hyphenated-word"]
    static let queries = words + ["Said", "sai", "saidd", "café", "cafe\u{301}", "naive", "b", "x", "thé",
                                  "extraordinarily-long-hyphenated-wor", " said", "said "]

    @Test func setAnswersAsSwiftSetDoes() {
        let set = WordSet(Self.words)
        let reference = Set(Self.words)
        for q in Self.queries {
            #expect(set.contains(q) == reference.contains(q), "\(q)")
            #expect(set.contains(Substring(q)) == reference.contains(q), "\(q)")
        }
        // A decomposed "é" is the same String as the composed one in the set.
        #expect(set.contains("cafe\u{301}"))
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
    }

    @Test func substringOfALongerTextIsFound() {
        let text = "they told reporters"
        let set: WordSet = ["told", "reporters"]
        let words = text.split(separator: " ")
        #expect(words.map { set.contains($0) } == [false, true, true])
    }

    @Test func kelvinSignEqualsTheLetterK() {
        // U+212A KELVIN SIGN decomposes to "K": Swift calls the strings equal, so must the set.
        let set = WordSet(["\u{212A}m"])
        #expect(set.contains("Km") == Set(["\u{212A}m"]).contains("Km"))
        #expect(set.contains("Km"))
    }

    @Test func tableAnswersAsDictionaryDoes() {
        var reference: [String: Int] = [:]
        for (k, w) in Self.words.enumerated() { reference[w] = k }
        let table = WordTable(reference)
        for q in Self.queries { #expect(table[q] == reference[q], "\(q)") }
        #expect(table.count == reference.count)
    }

    @Test func tableLookedUpByASCIIBytesAnswersAsDictionaryDoes() {
        var reference: [String: Int] = [:]
        for (k, w) in Self.words.enumerated() { reference[w] = k }
        let table = WordTable(reference)
        for q in Self.queries where q.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(q.utf8)
            #expect(bytes.withUnsafeBufferPointer { table[ascii: $0] } == reference[q], "\(q)")
        }
        // An ASCII query a non-ASCII key equals as a String (KELVIN SIGN) is found through the dictionary.
        let kelvin = WordTable(["\u{212A}m": 1])
        #expect(Array("Km".utf8).withUnsafeBufferPointer { kelvin[ascii: $0] } == 1)
    }

    /// A word's lowered form and facts read from its bytes are those of `lowercased()` and `Vocabulary.facts(of:)`.
    @Test func loweredWordCarriesTheFactsOfItsForm() {
        for w in ["Said", "MARCH", "march", "percent", "Zebra", "", "Ümit", "İstanbul", "Sunday", "x-ray", "don't"] {
            let (lower, facts) = Array(w.utf8).withUnsafeBufferPointer { Vocabulary.lowered($0) }
            #expect(lower == w.lowercased(), "\(w)")
            #expect(facts == Vocabulary.facts(of: w.lowercased()), "\(w)")
        }
        #expect(Array("March".utf8).withUnsafeBufferPointer { Vocabulary.lowered($0).facts }.contains(.month))
    }

    /// Words with a curly apostrophe are lowered by bytes; anything else non-ASCII goes through `lowercased()`.
    @Test func curlyApostrophesAreLoweredAsLowercasedDoes() {
        for w in ["Trump’s", "DON’T", "’", "O’Neill’s", "’90s", "rock’n’roll", "Tür’s", "it‘s", "A’\u{301}"] {
            let bytes = Array(w.utf8)
            let fast = bytes.withUnsafeBufferPointer { WordTokenizer.loweredWithCurlyApostrophes($0) }
            let onlyApostrophes = w.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{2019}" }
            #expect((fast != nil) == onlyApostrophes, "\(w)")
            if let fast { #expect(fast == w.lowercased(), "\(w)") }
            #expect(bytes.withUnsafeBufferPointer { Vocabulary.lowered($0).lower } == w.lowercased(), "\(w)")
        }
    }

    @Test func manyWordsInOneTable() {
        // Enough words that slots collide and probe.
        let many = (0..<5_000).map { "w\($0)" }
        let set = WordSet(many)
        #expect(many.allSatisfy { set.contains($0) })
        #expect(!(5_000..<5_100).map { "w\($0)" }.contains { set.contains($0) })
    }
}
