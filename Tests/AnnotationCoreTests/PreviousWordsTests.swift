import Testing
@testable import AnnotationCore

/// The sentence before a claim's is read only when a reading asks for it, and then once.
@Suite struct PreviousWordsTests {
    final class Counter { var reads = 0 }

    @Test func readOnceWhenFirstAskedFor() {
        let text = Array("The toll stood at 85.".utf8)
        let counter = Counter()
        let previous = PreviousWords {
            counter.reads += 1
            return SentenceWords.read(text, 0..<text.count)
        }
        #expect(counter.reads == 0)
        #expect(previous.words.map(\.lower) == ["the", "toll", "stood", "at", "85", "."])
        #expect(previous.words.count == 6)
        #expect(counter.reads == 1)
    }

    /// A claim whose clause's subject is "it" still reads its counted thing from the sentence before, and one
    /// that does not never asks for it.
    @Test func onlyItReadsTheSentenceBefore() {
        let before = Array("The confirmed toll stood at 85 on Sunday.".utf8)
        let counter = Counter()
        func previous() -> PreviousWords {
            PreviousWords {
                counter.reads += 1
                return SentenceWords.read(before, 0..<before.count)
            }
        }
        let it = Array("It climbed steadily: 23 by Saturday.".utf8)
        let words = SentenceWords.read(it, 0..<it.count)
        let first = words.firstIndex { $0.lower == "23" }!
        let figure = Figure(range: words[first].range, text: "23", value: 23, lower: 23, upper: 23, qualifier: .exact,
                            unit: nil, unitClass: nil, currency: nil, kind: .count)
        let reading = AmountNoun.governing(words, first: first, figure: figure, previous: previous())
        #expect(reading?.throughIt == true)
        #expect(counter.reads == 1)
        let plain = Array("Rescuers found 23 by Saturday.".utf8)
        let plainWords = SentenceWords.read(plain, 0..<plain.count)
        let at = plainWords.firstIndex { $0.lower == "23" }!
        _ = AmountNoun.governing(plainWords, first: at, figure: figure, previous: previous())
        #expect(counter.reads == 1)
    }
}
