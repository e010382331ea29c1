import Testing
@testable import AnnotationCore

/// Whether a period ends a sentence or an abbreviation. ASCII words are read from their bytes (issue 19);
/// the answers must be those of the string reading, which non-ASCII words still take.
@Suite struct AbbreviationTests {
    /// The string reading, as `Segmenter.isAbbreviation` did it for every word before.
    static func stringReading(_ word: String, next: String) -> Bool {
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        let lowered = word.lowercased()
        if Abbreviations.titles.contains(lowered) { return true }
        if Abbreviations.others.contains(lowered) || Segmenter.isDottedAcronym(word) {
            return !Abbreviations.sentenceOpeners.contains(next.lowercased())
        }
        return false
    }

    /// Asks the segmenter about the period after `word` in "word. next".
    static func segmenterReading(_ word: String, next: String) -> Bool {
        let bytes = Array("\(word). \(next)".utf8)
        let dot = word.utf8.count
        return bytes.withUnsafeBufferPointer { Segmenter.isAbbreviation($0, 0, dot, dot + 2, bytes.count) }
    }

    static let words = ["Mr", "MR", "mr", "Dr", "Sen", "Inc", "INC", "Corp", "Jr", "U.S", "u.s", "U.K", "e.g",
                        "i.e", "a.m", "J", "j", "Q", "year", "million", "a.b.c", "a..b", "ab.c", "1.2", "U.S.A", "x",
                        "St", "Jan", "No", "bn", "al", "percent", "É", "Müller", "Ltd", "a", "2024"]
    static let nextWords = ["The", "the", "Smith", "However", "said", "", "It", "ACCORDING", "Über"]

    @Test func bytesReadAsStringsDo() {
        for w in Self.words {
            for n in Self.nextWords {
                #expect(Self.segmenterReading(w, next: n) == Self.stringReading(w, next: n), "\(w). \(n)")
            }
        }
    }

    @Test func titlesInitialsAndAcronyms() {
        #expect(Self.segmenterReading("Mr", next: "Smith"))
        #expect(Self.segmenterReading("J", next: "Smith"))
        #expect(Self.segmenterReading("U.S", next: "officials"))
        #expect(!Self.segmenterReading("U.S", next: "The"))
        #expect(!Self.segmenterReading("year", next: "Smith"))
        #expect(!Self.segmenterReading("Inc", next: "However"))
        #expect(Self.segmenterReading("Inc", next: "shares"))
    }
}
