import Testing
@testable import AnnotationCore

/// The byte-level questions the parsers ask of short strings answer as the `String` and `UTF8View` methods
/// they stand for, on ASCII words, words with curly apostrophes and accents, decomposed letters, a prepended
/// mark that joins the letter after it, and the Kelvin sign (canonically a "K").
@Suite struct StringBytesTests {
    static let words = ["reporting", "ing", "ng", "", "saying’s", "government’s", "naïve-ing", "e\u{301}ing",
                        "\u{600}ing", "x\u{600}ing", "sing\u{301}", "bring", "ed", "walked", "caf\u{E9}d", "kids'",
                        "kids's", "Ki\u{212A}ing", "10:30", "1/2", "3.14.15", "1,000", "états-unis", "ing\u{200D}"]
    static let suffixes: [StaticString] = ["ing", "ed", "s", "'s", "ss", "us", "ly", "g", "K"]

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
}
