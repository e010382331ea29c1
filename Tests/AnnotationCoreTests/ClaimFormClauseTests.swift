import Testing
@testable import AnnotationCore

/// The form reader reads the clause before a figure by index (`ClaimFormReader.clauseStart`) instead of a
/// copied list of its words. These tests hold it to what the list gave: the rules on sentences written for
/// them, and the list-based reading (kept here as the reference) on generated sentences.
@Suite struct ClaimFormClauseTests {
    /// The words of `sentence` and the index of its first number.
    private func words(_ sentence: String) -> ([SentenceWord], Int) {
        let bytes = Array(sentence.utf8)
        let w = SentenceWords.read(bytes, 0..<bytes.count)
        return (w, w.firstIndex { $0.kind == .number } ?? 0)
    }

    @Test func changeAndTargetOnWrittenSentences() {
        let cases: [(String, Bool, String?)] = [
            ("Sales rose 6 percent last year.", true, nil),
            ("The toll rose to 23 on Monday.", false, nil),
            ("Output fell from 12,400 to 9,950.", true, nil),
            ("It cut its staff by 200 people.", true, nil),
            ("The union is seeking 5 percent a year.", false, "demand"),
            ("The firm expects sales of 40 units.", false, "forecast"),
            ("There were 85 people in the hall.", false, nil),
            ("Prices rose, and 40 shops closed.", false, nil),
        ]
        for (sentence, change, intent) in cases {
            let (w, first) = words(sentence)
            #expect(ClaimFormReader.isChange(w, first: first, last: first) == change, "\(sentence)")
            #expect(ClaimFormReader.intent(w, first: first) == intent, "\(sentence)")
        }
    }

    @Test func clauseStartStopsAtEdgesAndReach() {
        let (w, first) = words("However, in the last quarter of the long fiscal year it rose 6 percent.")
        let start = ClaimFormReader.clauseStart(w, before: first)
        #expect(first - start == ClaimFormReader.reachBefore)
        let (v, n) = words("Prices rose; 40 shops closed.")
        #expect(ClaimFormReader.clauseStart(v, before: n) == n)
        let (u, m) = words("12 shops closed.")
        #expect(ClaimFormReader.clauseStart(u, before: m) == 0)
    }

    /// The reading as it was made from the copied words, nearest first.
    private func referenceBefore(_ w: [SentenceWord], _ first: Int) -> [SentenceWord] {
        var out: [SentenceWord] = []
        var k = first - 1
        while k >= 0, out.count < ClaimFormReader.reachBefore, !w[k].isClauseEdge {
            out.append(w[k])
            k -= 1
        }
        return out
    }

    private func referenceIsChange(_ w: [SentenceWord], first: Int, last: Int) -> Bool {
        let prior = referenceBefore(w, first)
        if let p = prior.first {
            if p.facts.contains(.changeDeterminer) || p.lower == "from" { return true }
            if p.lower == "to" { return ClaimFormReader.fromFigure(w, before: first) }
            if p.lower == "by", prior.dropFirst().prefix(4).contains(where: { $0.facts.contains(.changeWord) || $0.lower == "from" }) {
                return true
            }
        }
        if ClauseMeasure.destroyedAfter(w, last: last) { return false }
        if prior.prefix(4).contains(where: { $0.facts.contains(.changeWord) }) { return true }
        if prior.first?.lower == "to", ClaimFormReader.fromFigure(w, before: first) { return true }
        if last + 1 < w.count, w[last + 1].facts.contains(.difference) { return true }
        return false
    }

    private func referenceIntent(_ w: [SentenceWord], first: Int) -> String? {
        referenceBefore(w, first).lazy.compactMap { $0.facts.contains(.target) ? ClaimFormReader.targetWords[$0.lower] : nil }.first
    }

    @Test func generatedSentencesReadAsTheCopiedWordsDid() {
        let pieces = ["rose", "fell", "cut", "up", "down", "another", "from", "to", "by", "seeking", "expects", "would",
                      "plans", "offered", "the", "its", "staff", "prices", "people", "more", "less", "increase", ",", ";",
                      "(", ")", "and", "said", "reduced", "homes", "ash", "12", "400", "9,950", "6%", "a", "of", "—"]
        var random = SeededNumbers()
        var changes = 0, intents = 0
        for _ in 0..<6_000 {
            let n = 1 + random.next() % 16
            let sentence = (0..<n).map { _ in pieces[random.next() % pieces.count] }.joined(separator: " ")
            let bytes = Array(sentence.utf8)
            let w = SentenceWords.read(bytes, 0..<bytes.count)
            for first in w.indices.prefix(12) {
                let last = min(w.count - 1, first + random.next() % 2)
                let change = ClaimFormReader.isChange(w, first: first, last: last)
                #expect(change == referenceIsChange(w, first: first, last: last), "\(sentence) at \(first)")
                let intent = ClaimFormReader.intent(w, first: first)
                #expect(intent == referenceIntent(w, first: first), "\(sentence) at \(first)")
                if change { changes += 1 }
                if intent != nil { intents += 1 }
            }
        }
        // The generated sentences reach both readings often, so the comparison is not of empty answers.
        #expect(changes > 1_000)
        #expect(intents > 1_000)
    }
}
