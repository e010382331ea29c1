import Testing
@testable import AnnotationCore

/// The edit path's shortcuts (issue 19) answer as what they replaced: a sentence found from the one before,
/// claims filed by runs of a sentence, a sentence's facts moved by their origin alone, sentence keys hashed
/// from their digest.
@Suite struct SentenceCacheShortcutTests {
    static let text = """
        Officials said 1,200 people were evacuated on Monday, and 35 were hurt. The fund paid $4 million.

        No figure here at all. Of those, 250 were children; 12 percent were over 70, the agency said.
        """

    static func scanned() -> (figures: [Figure], segmentation: Segmentation) {
        let source = SourceText(text)
        let segmentation = Segmenter.segment(source, format: .plain)
        return (FigureScanner.scan(source, segmentation: segmentation), segmentation)
    }

    @Test func aSentenceFoundNearAHintIsTheOneTheSearchFinds() {
        // Gaps between the sentences, as paragraph breaks leave them.
        let sentences = [0..<10, 11..<20, 20..<31, 35..<40, 40..<41].map { Sentence(range: $0, paragraph: 0) }
        let segmentation = Segmentation(sentences: sentences)
        for offset in -1...42 {
            for hint in -2...6 {
                #expect(segmentation.sentenceIndex(containing: offset, near: hint) == segmentation.sentenceIndex(containing: offset),
                        "offset \(offset), hint \(hint)")
            }
        }
    }

    /// The grouping stated plainly: each claim under the sentence holding its first byte, sentences in the
    /// order their first claim comes.
    static func grouped(_ figures: [Figure], _ segmentation: Segmentation) -> (order: [Int], claims: [Int: [Int]]) {
        var order: [Int] = [], claims: [Int: [Int]] = [:]
        for i in figures.indices where figures[i].isClaim {
            guard let s = segmentation.sentenceIndex(containing: figures[i].range.lowerBound) else { continue }
            if claims[s] == nil { order.append(s) }
            claims[s, default: []].append(i)
        }
        return (order, claims)
    }

    static func expectGrouped(_ figures: [Figure], _ segmentation: Segmentation) {
        let made = ClaimsBySentence(figures, segmentation: segmentation)
        let expected = grouped(figures, segmentation)
        #expect(made.order == expected.order)
        for s in segmentation.sentences.indices { #expect(made.claims[s] == expected.claims[s], "sentence \(s)") }
    }

    @Test func claimsAreFiledByTheirSentenceInTextOrder() {
        let (figures, segmentation) = Self.scanned()
        #expect(figures.filter(\.isClaim).count >= 5)
        #expect(Set(figures.filter(\.isClaim).compactMap { segmentation.sentenceIndex(containing: $0.range.lowerBound) }).count >= 3)
        Self.expectGrouped(figures, segmentation)
    }

    @Test func claimsOutOfTextOrderAreFiledAsTheyCome() {
        let (figures, segmentation) = Self.scanned()
        Self.expectGrouped(figures.reversed(), segmentation)
        // A sentence's claims split by another sentence's: the second run joins the first.
        var interleaved = figures
        if let last = interleaved.indices.last { interleaved.swapAt(0, last) }
        Self.expectGrouped(interleaved, segmentation)
    }

    @Test func aSentencesFactsMoveWithTheirOrigin() {
        let facts = SentenceClaims(readings: [], opensWithPartitive: false,
                                   marker: AccountMarker(offset: 40, needsTwoSources: true, subject: ["the", "police"]),
                                   wordSpan: 30..<90, recipientStarts: [50..<55, 70..<72])
        let moved = facts.moved(by: -30).moved(by: 1_000)
        #expect(moved.marker?.offset == 1_010)
        #expect(moved.marker?.subject == ["the", "police"])
        #expect(moved.marker?.needsTwoSources == true)
        #expect(moved.wordSpan == 1_000..<1_060)
        #expect(moved.hasRecipientStarts)
        for offset in 1_000..<1_060 {
            #expect(moved.startsRecipient(at: offset) == ((1_020..<1_025).contains(offset) || (1_040..<1_042).contains(offset)))
        }
        var kept = facts.moved(by: 5)
        #expect(!kept.holdsClauses)
        kept.keepClauses([35..<60, 61..<80])
        let keptMoved = kept.moved(by: -35).moved(by: 2_000)
        #expect(keptMoved.holdsClauses)
        #expect(keptMoved.clause(0) == 2_000..<2_025 && keptMoved.clause(1) == 2_026..<2_045)
        let none = SentenceClaims(readings: [], opensWithPartitive: true, marker: nil, wordSpan: nil, recipientStarts: []).moved(by: 7)
        #expect(none.marker == nil && none.wordSpan == nil && !none.hasRecipientStarts && !none.startsRecipient(at: 7))
    }

    @Test func keysWithTheSameBytesAreToldApartByTheRest() {
        let bytes = SentenceBytes(Array("The fund paid $4 million.".utf8))
        let same = SentenceBytes(Array("The fund paid $4 million.".utf8))
        let other = SentenceBytes(Array("The fund paid $5 million.".utf8))
        for seed in [0, 1, -7, 123_456_789] { #expect(bytes._rawHashValue(seed: seed) == same._rawHashValue(seed: seed)) }
        #expect(bytes._rawHashValue(seed: 0) != other._rawHashValue(seed: 0))

        // Hashed by the bytes alone: keys differing in the rest hash alike, through a `Hasher` and without one.
        func hashed(_ k: some Hashable) -> Int {
            var h = Hasher()
            k.hash(into: &h)
            return h.finalize()
        }
        func alike<K: SentenceBytesKey>(_ a: K, _ b: K) -> Bool {
            hashed(a) == hashed(b) && a._rawHashValue(seed: 9) == b._rawHashValue(seed: 9)
        }
        #expect(alike(FigureScanKey(bytes: bytes, excluded: [], footnotes: [], furniture: false),
                      FigureScanKey(bytes: same, excluded: [0..<3], footnotes: [4..<5], furniture: true)))
        #expect(alike(CueScanKey(bytes: bytes, excluded: [], citation: nil, citationText: nil),
                      CueScanKey(bytes: same, excluded: [1..<2], citation: 3..<4, citationText: "x")))
        #expect(alike(SentenceNamesKey(bytes: bytes, after: 0, afterCount: 0, excluded: []),
                      SentenceNamesKey(bytes: same, after: 0x20, afterCount: 1, excluded: [2..<3])))

        var figures: [FigureScanKey: Int] = [:]
        figures[FigureScanKey(bytes: bytes, excluded: [], footnotes: [], furniture: false)] = 1
        figures[FigureScanKey(bytes: same, excluded: [], footnotes: [], furniture: true)] = 2
        figures[FigureScanKey(bytes: other, excluded: [], footnotes: [], furniture: false)] = 3
        #expect(figures.count == 3)
        #expect(figures[FigureScanKey(bytes: same, excluded: [], footnotes: [], furniture: false)] == 1)
        #expect(figures[FigureScanKey(bytes: bytes, excluded: [], footnotes: [], furniture: true)] == 2)

        var cues: [CueScanKey: Int] = [:]
        cues[CueScanKey(bytes: bytes, excluded: [], citation: nil, citationText: nil)] = 1
        cues[CueScanKey(bytes: same, excluded: [0..<3], citation: nil, citationText: nil)] = 2
        #expect(cues[CueScanKey(bytes: same, excluded: [], citation: nil, citationText: nil)] == 1)
        #expect(cues[CueScanKey(bytes: bytes, excluded: [0..<3], citation: nil, citationText: nil)] == 2)

        var names: [SentenceNamesKey: Int] = [:]
        names[SentenceNamesKey(bytes: bytes, after: 0, afterCount: 0, excluded: [])] = 1
        names[SentenceNamesKey(bytes: same, after: 0x20, afterCount: 1, excluded: [])] = 2
        #expect(names[SentenceNamesKey(bytes: same, after: 0, afterCount: 0, excluded: [])] == 1)
        #expect(names[SentenceNamesKey(bytes: bytes, after: 0x20, afterCount: 1, excluded: [])] == 2)

        func gap(_ s: String) -> GapBytes { Array(s.utf8).withUnsafeBufferPointer { GapBytes($0[...]) } }
        var scans: [ProseScanKey: Int] = [:]
        scans[ProseScanKey(sentence: 4, before: 3, after: 5, gapBefore: gap(" "), gapAfter: gap(" "))] = 1
        scans[ProseScanKey(sentence: 4, before: 3, after: 5, gapBefore: gap("\n\n"), gapAfter: gap(" "))] = 2
        scans[ProseScanKey(sentence: 5, before: 3, after: 4, gapBefore: gap(" "), gapAfter: gap(" "))] = 3
        #expect(scans.count == 3)
        #expect(scans[ProseScanKey(sentence: 4, before: 3, after: 5, gapBefore: gap(" "), gapAfter: gap(" "))] == 1)
        #expect(scans[ProseScanKey(sentence: 4, before: 3, after: 5, gapBefore: gap("\n\n"), gapAfter: gap(" "))] == 2)
        #expect(scans[ProseScanKey(sentence: 5, before: 3, after: 4, gapBefore: gap(" "), gapAfter: gap(" "))] == 3)

        var claims: [SentenceClaimsKey: Int] = [:]
        claims[SentenceClaimsKey(bytes: bytes, previous: nil, dateline: nil, claims: [])] = 1
        claims[SentenceClaimsKey(bytes: bytes, previous: other, dateline: nil, claims: [])] = 2
        #expect(claims[SentenceClaimsKey(bytes: same, previous: nil, dateline: nil, claims: [])] == 1)
        #expect(claims[SentenceClaimsKey(bytes: same, previous: other, dateline: nil, claims: [])] == 2)
        #expect(claims[SentenceClaimsKey(bytes: same, previous: bytes, dateline: nil, claims: [])] == nil)
    }

    /// The clause around each claim, kept with its sentence, is where the sentence stands after an edit moved
    /// it: a claim's actors are those named in its clause, here one named on each side of a clause break.
    @Test func aKeptClauseMovesWithItsSentence() {
        let analyzer = Analyzer()
        let paragraph = """
            Officials in Norland said 1,200 people were evacuated; Estland reported 35 injuries, while Marek Olsen \
            counted 12 missing. The Red Cross said 400 tents arrived, but Westmark denied 90 percent of it.
            """
        var text = (1...90).map { paragraph.replacingOccurrences(of: "400 tents", with: "\($0 + 400) tents") }.joined(separator: "\n\n")
        #expect(text.utf8.count > Analyzer.twoThreadBytes)
        var (analysis, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        #expect(analysis.figures.contains { $0.text == "35 injuries" && $0.actors == ["Estland"] })
        // Moved by a few bytes, by most of a clause, and by more than a paragraph.
        for prefix in ["A. ", "Late on Monday, after the storm had passed, ", String(repeating: "Nothing to report here. ", count: 12)] {
            text = prefix + text
            (analysis, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: consume cache)
            let fresh = analyzer.analyze(SourceText(text), id: "a.txt")
            SentenceCacheTests.expectSame(analysis, fresh, "a prefix of \(prefix.utf8.count) bytes")
            #expect(analysis.figures.map(\.actors) == fresh.figures.map(\.actors))
        }
    }
}
