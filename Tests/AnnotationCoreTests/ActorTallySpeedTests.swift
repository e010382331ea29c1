import Testing
@testable import AnnotationCore

/// The workspace actors' byte-level readings of a spelling (issue 19) against the character-level code they
/// replaced, on spellings made from pieces written for these tests.
@Suite struct ActorTallySpeedTests {
    static let pieces = ["Kim", "jong", "Un", " ", "-", "\u{2010}", "O'Neil", "van", "DE", "é", "É", "e\u{0301}", "ß", "Ω", "ω",
                         "中", "\r\n", "\t", "7", ".", "x", "z", "Q", "İ", "ǅ", "  ", "--", "ﬁ"]

    static func spellings(_ count: Int) -> [String] {
        var numbers = SeededNumbers()
        return (0..<count).map { _ in (0..<(numbers.next() % 9)).map { _ in pieces[numbers.next() % pieces.count] }.joined() }
    }

    @Test func aLowercaseLetterIsFoundAsByCharacters() {
        var lower = 0, other = 0
        for text in Self.spellings(20_000) {
            let new = ActorTally.hasLowercase(text)
            #expect(new == text.contains(where: \.isLowercase), "\(text.unicodeScalars.map(\.value))")
            if new { lower += 1 } else { other += 1 }
        }
        #expect(lower > 1_000 && other > 1_000)
    }

    @Test func aNamesWordsAreCountedAsTheyAreSplit() {
        var counts = Set<Int>()
        for text in Self.spellings(20_000) {
            let new = ActorDirectory.wordCount(text)
            #expect(new == ActorDirectory.words(text).count, "\(text.unicodeScalars.map(\.value))")
            counts.insert(new)
        }
        #expect(counts.count >= 5)
    }
}
