import Testing
@testable import AnnotationCore

/// The evidence words of a sentence are taken once each, as a `Set<String>` would take them: by `==`, which is
/// canonical equivalence (a precomposed and a combining "é" are one word; so are "K" and the Kelvin sign),
/// not by bytes alone.
@Suite struct EvidenceWordsTests {
    static let pool = ["strike", "union", "Kelvin", "\u{212A}elvin", "caf\u{E9}", "cafe\u{301}", "port halden",
                       "drivers", "driver", "toll", "\u{C9}mile", "E\u{301}mile", "a", ""]

    @Test func wordsAreTakenAsASetTakesThem() {
        var r = SeededNumbers()
        for _ in 0..<2_000 {
            let words = (0..<(r.next() % 12)).map { _ in Self.pool[r.next() % Self.pool.count] }
            var set = Set<String>()
            let expected = words.filter { set.insert($0).inserted }
            var taken = CountedThing.TakenWords(capacity: 4)
            var out: [String] = []
            for w in words where taken.insert(w, among: out) { out.append(w) }
            #expect(out == expected)
        }
    }

    @Test func distinctWordsSortAsAnySortedWordsDo() {
        var r = SeededNumbers()
        for _ in 0..<500 {
            var set = Set<String>()
            let words = (0..<(r.next() % 10)).map { _ in Self.pool[r.next() % Self.pool.count] }.filter { set.insert($0).inserted }
            #expect(SortedWords(distinct: words).words == SortedWords(words).words)
        }
    }

    /// A sentence repeating a word and a name takes each once, in the order they first stand.
    @Test func aSentenceTakesEachWordOnce() {
        let text = "The Port Halden drivers said the Port Halden drivers struck again."
        let bytes = Array(text.utf8)
        let words = SentenceWords.read(bytes, 0..<bytes.count)
        #expect(CountedThing.evidenceWords(words) == ["port halden", "drivers", "struck", "again"])
        // The sentence's reading keeps them sorted, once for all its claims.
        #expect(ClaimIdentityReader.SentenceReading(words, in: bytes).evidenceWords == ["again", "drivers", "port halden", "struck"])
    }

    /// A claim takes its unit's names out of its sentence's words sorted once for the sentence (issue 19):
    /// what is left is the sorted set of the words that are not its unit's, as sorting each claim's gave.
    @Test func aClaimsEvidenceIsTheSortedSetOfItsSentencesWordsLessItsUnit() throws {
        let figure = try #require(Analyzer().analyze(SourceText("The union said 5,000 drivers struck."), id: "t.txt")
            .figures.first { $0.unit == "drivers" })
        #expect(CountedThing.UnitNames(figure).contains("drivers"))
        var r = SeededNumbers()
        for _ in 0..<500 {
            var set = Set<String>()
            let words = (0..<(r.next() % 10)).map { _ in Self.pool[r.next() % Self.pool.count] }.filter { set.insert($0).inserted }
            let unit = CountedThing.UnitNames(figure)
            let expected = SortedWords(words.filter { !unit.contains($0) })
            #expect(CountedThing.evidence(sorted: words.sorted(), figure: figure).words == expected.words, "\(words)")
        }
    }
}
