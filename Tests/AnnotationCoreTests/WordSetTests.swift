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

    /// Words of every length around the two packed words' edges (4, 8, 16 bytes), and queries one byte, one
    /// letter's case or one character away from them: the packing must tell every byte apart.
    @Test func everyByteOfAWordCounts() {
        var numbers = SeededNumbers()
        let letters = Array("abcdefghijklmnopqrstuvwxyz-'.".utf8)
        var words: [String] = []
        for n in 0...24 {
            for _ in 0..<6 {
                words.append(String(decoding: (0..<n).map { _ in letters[numbers.next() % letters.count] }, as: UTF8.self))
            }
        }
        let set = WordSet(words)
        let reference = Set(words)
        var table: [String: Int] = [:]
        for (k, w) in words.enumerated() { table[w] = k }
        let wordTable = WordTable(table)
        var queries = words
        for w in words {
            let bytes = Array(w.utf8)
            for i in bytes.indices {
                var changed = bytes
                changed[i] = letters[numbers.next() % letters.count]
                queries.append(String(decoding: changed, as: UTF8.self))
                changed[i] = bytes[i] ^ 0x20
                queries.append(String(decoding: changed, as: UTF8.self))
                changed[i] = 0
                queries.append(String(decoding: changed, as: UTF8.self))
            }
            queries.append(w + "é")
            queries.append(String(w.dropLast()))
            queries.append(w + "\u{0}")
        }
        var found = 0
        for q in queries {
            #expect(set.contains(q) == reference.contains(q), "\(q.debugDescription)")
            #expect(wordTable[q] == table[q], "\(q.debugDescription)")
            if q.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(Array(q.utf8).withUnsafeBufferPointer { wordTable[ascii: $0] } == table[q], "\(q.debugDescription)")
            }
            if reference.contains(q) { found += 1 }
        }
        #expect(found > words.count)
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
