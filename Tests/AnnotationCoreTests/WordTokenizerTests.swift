import Testing
@testable import AnnotationCore

/// The tokenizer's shortcuts for speed (issue 19) give what the plain forms give: the lowered word is
/// `lowercased()` of its text, a number token carries `NumberText.value` of its digits, and a limit only
/// cuts the list short. Sentences written for these tests.
@Suite struct WordTokenizerTests {
    static let sentence = "The MINISTRY of Health said 1,250 Écoles and 3.5bn ÅLAND euros went to O'Neill's F-16s on 12/05/2024 at 16:06."

    func tokens(_ text: String, limit: Int = .max) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { WordTokenizer.tokens($0, 0..<bytes.count, excluded: [], limit: limit) }
    }

    @Test func aWordIsLoweredAsLowercasedLowersItsText() {
        let bytes = Array(Self.sentence.utf8)
        for t in tokens(Self.sentence) where t.kind == .word {
            #expect(t.lower == String(decoding: bytes[t.range], as: UTF8.self).lowercased())
        }
        #expect(tokens("MINISTRY Écoles ÅLAND").map(\.lower) == ["ministry", "écoles", "åland"])
    }

    @Test func aNumberCarriesTheValueOfItsDigits() {
        let numbers = tokens(Self.sentence).filter { $0.kind == .number }
        #expect(numbers.map(\.lower) == ["1,250", "3.5", "12/05/2024", "16:06"])
        for t in numbers { #expect(t.number == NumberText.value(t.lower)) }
        #expect(numbers.map(\.number) == [1250, 3.5, nil, nil])
        #expect(numbers[1].suffix == "bn" && numbers[0].suffix == "")
    }

    @Test func aLimitCutsTheListShortAndChangesNoToken() {
        let all = tokens(Self.sentence)
        let first = tokens(Self.sentence, limit: 5)
        #expect(first.count == 5)
        #expect(zip(first, all).allSatisfy { $0.range == $1.range && $0.lower == $1.lower && $0.kind == $1.kind })
        #expect(tokens(Self.sentence, limit: 1000).count == all.count)
    }

    @Test func furnitureIsJudgedAlikeOnTheFirstTokensOnly() {
        // A short view-count line is furniture; a longer line of the same words is not.
        let short = "1,204 views 3 comments"
        let long = Array(repeating: "12 views", count: 9).joined(separator: " ")
        #expect(PageFurniture.isFurniture(tokens(short)))
        #expect(PageFurniture.isFurniture(tokens(short, limit: PageFurniture.maxTokens + 1)))
        #expect(!PageFurniture.isFurniture(tokens(long)))
        #expect(!PageFurniture.isFurniture(tokens(long, limit: PageFurniture.maxTokens + 1)))
    }

    /// A paragraph is judged from as few of its tokens as the answer needs (no digit: no number; a word no
    /// furniture line holds among the first: no), and the answer must be the one its first tokens give.
    @Test func furnitureReadOnlyAsFarAsNeededAnswersAsItsFirstTokens() {
        let lines = ["1,204 views 3 comments", "Updated 5 mins ago", "By staff 12 March", "12 views", "views 12",
                     "Photo: 3 of 12", "The minister spoke for 20 minutes", "3 comments and then the minister left",
                     "No digits here at all", "Posted Monday", "Posted Monday 9", "5 6 7 8 9 10 11 12 13 14 15 16 17 18",
                     "views views views views 1", "views views views views views 1", "12 likes — 4 replies", "“12” views",
                     "VIEWS 12", "12 Vues", "Jänner 12", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",
                     "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17", "Monday, 12 March"]
        for line in lines {
            let bytes = Array(line.utf8)
            // Without and with a non-prose range over its start (the digits in it are no tokens).
            for excluded in [[], [0..<min(4, bytes.count)]] as [[Range<Int>]] {
                let expected = bytes.withUnsafeBufferPointer {
                    PageFurniture.isFurniture(WordTokenizer.tokens($0, 0..<bytes.count, excluded: excluded, limit: PageFurniture.maxTokens + 1))
                }
                let got = bytes.withUnsafeBufferPointer { PageFurniture.isFurniture($0, 0..<bytes.count, excluded: excluded) }
                #expect(got == expected, "\(line), excluded \(excluded)")
            }
        }
        let furniture = lines.filter { line in
            let bytes = Array(line.utf8)
            return bytes.withUnsafeBufferPointer { PageFurniture.isFurniture($0, 0..<bytes.count, excluded: []) }
        }
        #expect(furniture == ["1,204 views 3 comments", "Updated 5 mins ago", "12 views", "views 12", "Posted Monday 9",
                              "5 6 7 8 9 10 11 12 13 14 15 16 17 18", "views views views views 1", "12 likes — 4 replies",
                              "“12” views", "VIEWS 12", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16", "Monday, 12 March"])
    }
}

/// A word token says whether it holds a digit or a hyphen (issue 19: the figure parser reads the flags
/// instead of the word's bytes); the flags must be what the lowered word's bytes say.
@Suite struct WordTokenFlagTests {
    @Test func digitAndHyphenFlagsAreTheWordsBytes() {
        let text = "F16 jets, twenty-five MiG-29s, Charter97 and COVID-19 cases; Türkiye’s F-16s; X-ray, re-run, "
            + "don't, U.S. aid, 于2024年, GÃ1 1950s, well-known e-mail and a-1-b words"
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { WordTokenizer.tokens($0, 0..<bytes.count, excluded: []) }
        let words = tokens.filter { $0.kind == .word }
        #expect(words.count > 20)
        for t in words {
            #expect(t.hasDigit == t.lower.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), "\(t.lower)")
            #expect(t.hasHyphen == t.lower.utf8.contains(UInt8(ascii: "-")), "\(t.lower)")
        }
        #expect(words.contains { $0.hasDigit && $0.hasHyphen })
        #expect(words.contains { $0.hasHyphen && !$0.hasDigit })
    }
}
