import Testing
@testable import AnnotationCore

/// The byte-level questions the parsers ask of short strings answer as the `String` and `UTF8View` methods
/// they stand for, on ASCII words, words with curly apostrophes and accents, decomposed letters, a prepended
/// mark that joins the letter after it, and the Kelvin sign (canonically a "K").
@Suite struct StringBytesTests {
    static let words = ["reporting", "ing", "ng", "", "saying’s", "government’s", "naïve-ing", "e\u{301}ing",
                        "\u{600}ing", "x\u{600}ing", "sing\u{301}", "bring", "ed", "walked", "caf\u{E9}d", "kids'",
                        "kids's", "Ki\u{212A}ing", "10:30", "1/2", "3.14.15", "1,000", "états-unis", "ing\u{200D}", "Ki\u{212A}", "wor;\u{37E}", "a\u{1FEF}", "kids\u{2019}s"]
    static let suffixes: [StaticString] = ["ing", "ed", "s", "'s", "ss", "us", "ly", "g", "K", "iK", ";", "`", "’s"]

    /// A possessive's ending, "'s" or "’s", read from the bytes: the answer `hasSuffix` gives, on these words and
    /// on ones where "’s" follows a prepended mark that joins it, an accented letter, or a combining mark.
    @Test func aPossessiveEndingAnswersAsStringDoes() {
        let more = ["’s", "x’s", "\u{600}’s", "é’s", "e\u{301}’s", "’s\u{301}", "’S", "s", "’", "the minister’s",
                    "minister's", "Putin’s", "\u{212A}’s", "’’s"]
        for w in Self.words + more {
            #expect(Bytes.hasPossessiveSuffix(w) == (w.hasSuffix("'s") || w.hasSuffix("\u{2019}s")), "\(w.debugDescription)")
        }
        #expect(Bytes.hasPossessiveSuffix("Putin’s") && Bytes.hasPossessiveSuffix("minister's"))
        #expect(!Bytes.hasPossessiveSuffix("\u{600}’s") && !Bytes.hasPossessiveSuffix("’s\u{301}"))
    }

    @Test func suffixesAnswerAsStringDoes() {
        for w in Self.words {
            for x in Self.suffixes {
                #expect(Bytes.hasSuffix(w, x) == w.hasSuffix(x.description), "\(w.debugDescription) \(x)")
            }
        }
    }

    @Test func bytesAreFoundAndCountedAsTheUTF8ViewDoes() {
        for w in Self.words {
            for b in [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","), 0xCC, 0xE2] {
                #expect(Bytes.contains(w, b) == w.utf8.contains(b))
                #expect(Bytes.count(w, b) == w.utf8.filter { $0 == b }.count)
            }
            #expect(Bytes.allSatisfy(w, Bytes.isDigit) == w.utf8.allSatisfy(Bytes.isDigit))
        }
    }

    /// The eight-at-a-time search finds what a byte-by-byte search finds, wherever the byte sought stands
    /// in a word of eight and whatever the range's ends.
    @Test func firstNonASCIIFindsWhatAByteLoopFinds() {
        var r = SeededNumbers()
        let alphabet: [UInt8] = [0x61, 0x20, 0x2E, 0x22, 0x27, 0xE2, 0x80, 0x9C, 0x7F, 0x21, 0x23, 0x26]
        for _ in 0..<3_000 {
            let n = r.next() % 40
            // Mostly plain letters, so that runs longer than eight bytes occur.
            let bytes = (0..<n).map { _ in r.next() % 4 == 0 ? alphabet[r.next() % alphabet.count] : 0x61 }
            bytes.withUnsafeBufferPointer { buf in
                let lo = n == 0 ? 0 : r.next() % n
                let hi = lo + (n - lo == 0 ? 0 : r.next() % (n - lo + 1))
                let naive = (lo..<hi).first { buf[$0] >= 0x80 || buf[$0] == 0x22 || buf[$0] == 0x27 } ?? hi
                #expect(Bytes.firstNonASCII(orAnyOf: 0x22, 0x27, 0x27, in: buf, from: lo, to: hi) == naive)
                let naive3 = (lo..<hi).first { buf[$0] >= 0x80 || buf[$0] == 0x2E || buf[$0] == 0x21 || buf[$0] == 0x23 } ?? hi
                #expect(Bytes.firstNonASCII(orAnyOf: 0x2E, 0x21, 0x23, in: buf, from: lo, to: hi) == naive3)
            }
        }
    }

    /// An `IntegerKey` table answers as a `UInt64` one: every key found, none invented, whatever the table's size
    /// (keys that differ only in high bits, or only in low bits, included).
    @Test func integerKeysFindWhatUInt64KeysFind() {
        var r = SeededNumbers()
        for round in 0..<200 {
            var plain: [UInt64: Int] = [:]
            var folded: [IntegerKey: Int] = [:]
            for k in 0..<(round % 50) {
                let key = round % 3 == 0 ? UInt64(k) << 40 : round % 3 == 1 ? UInt64(k) : UInt64(r.next()) &* 0x100000001B3
                plain[key] = k
                folded[IntegerKey(key)] = k
            }
            #expect(folded.count == plain.count)
            for (key, v) in plain { #expect(folded[IntegerKey(key)] == v) }
            for _ in 0..<20 {
                let probe = UInt64(r.next())
                #expect(folded[IntegerKey(probe)] == plain[probe])
            }
        }
    }

    /// A sentence table reads and writes as the `[Int: …]` it stands for, including appends through a default
    /// and negative or large indices.
    @Test func sentenceTablesAnswerAsIntDictionariesDo() {
        var r = SeededNumbers()
        var plain: [Int: [Int]] = [:]
        var table = SentenceTable<[Int]>()
        for _ in 0..<2_000 {
            let s = r.next() % 3 == 0 ? -(r.next() % 50) : r.next() % 200 + (r.next() % 5 == 0 ? 1 << 40 : 0)
            switch r.next() % 3 {
            case 0:
                plain[s, default: []].append(s)
                table[s, default: []].append(s)
            case 1:
                plain[s] = nil
                table[s] = nil
            default:
                #expect(table[s] == plain[s])
            }
        }
        #expect(table.count == plain.count)
        for (s, v) in plain { #expect(table[s] == v) }
    }
}
