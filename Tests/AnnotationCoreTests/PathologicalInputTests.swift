import Testing
@testable import AnnotationCore

/// SPEC §11: odd files must be read like any other — whole, without a trap, with every finding inside the
/// text. These are the shapes of issue 9 at sizes a debug build reads in a moment; `Tests/pathological/run.sh`
/// (in `.ci/run`) feeds the full sizes (50 MB on one line, a million digits, …) to the release binary.
@Suite struct PathologicalInputTests {
    /// Analyses, indexes and runs every rule; checks each finding's range lies inside the text.
    @discardableResult
    func analyseEverything(_ text: SourceText, id: String = "odd.txt", format: DocumentFormat? = nil) -> DocumentAnalysis {
        let analysis = Analyzer().analyze(text, id: id, format: format)
        var index = WorkspaceIndex()
        _ = index.update(analysis)
        for finding in RuleEngine().findings(for: id, in: index) {
            #expect(finding.range.lowerBound >= 0 && finding.range.upperBound <= text.count,
                    "\(finding.code) at \(finding.range) in \(text.count) bytes")
        }
        return analysis
    }

    @Test func oneLongLineOfSentencesFindsEveryFigure() {
        let sentence = "The ministry said 5 million shells arrived, and 40 trucks followed. "
        let text = SourceText(String(repeating: sentence, count: 3_000))
        let claims = analyseEverything(text).figures.filter(\.isClaim)
        #expect(claims.count == 6_000)
        #expect(claims.filter { $0.value == 5_000_000 }.count == 3_000)
        // The figure near the end is read with its own clause, as the one at the start is.
        #expect(claims.last?.text == "40 trucks")
        #expect(claims.last?.source.status == claims.first?.source.status)
    }

    @Test func thousandsOfFiguresInOneSentenceWithoutBreaks() {
        // A table flattened onto one line: one "sentence" of 20,000 figures.
        let text = SourceText((0..<20_000).map { "\($0 % 97 + 3) tonnes" }.joined(separator: " and "))
        let claims = analyseEverything(text).figures.filter(\.isClaim)
        #expect(claims.count == 20_000)
        // The sentence is cut into bounded pieces at spaces; a figure whose unit fell past a cut loses it,
        // and only those (one per ~4,000 bytes).
        #expect(claims.filter { $0.unit == "tonnes" }.count >= 20_000 - 20_000 * 20 / 4_000)
    }

    @Test func aHundredThousandDigitsAreOneTokenNotAClaimOfInfinity() {
        let text = SourceText("Russia received " + String(repeating: "7", count: 100_000) + " shells.")
        let figures = analyseEverything(text).figures
        #expect(figures.count <= 1)
        #expect(figures.allSatisfy { $0.value.isFinite || !$0.isClaim })
    }

    @Test func aHundredThousandCapitalisedWords() {
        let words = ["Alpha", "Beta", "Gamma", "Delta", "Ministry", "Kim"]
        let text = SourceText((0..<100_000).map { words[$0 % words.count] }.joined(separator: " ") + ".")
        let analysis = analyseEverything(text)
        // Mentions never overlap and stay in text order, however long the run of capitals.
        for (a, b) in zip(analysis.mentions, analysis.mentions.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
    }

    @Test func tensOfThousandsOfQuotationMarks() {
        let straight = String(repeating: "\"", count: 30_000)
        let curly = String(repeating: "“ 5 million ” ", count: 10_000)
        analyseEverything(SourceText(straight + "\n\n" + curly + "\n\nOfficials said 12 trucks left."))
        let tail = analyseEverything(SourceText(straight + " Officials said 12 trucks left."))
        #expect(tail.figures.contains { $0.text == "12 trucks" && $0.isClaim })
    }

    @Test func deeplyNestedMarkdown() {
        let quotes = String(repeating: ">", count: 20_000) + " The army lost 300 tanks.\n\n"
        let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- 4 million people\n" }.joined()
        let links = String(repeating: "[", count: 20_000) + "9 million" + String(repeating: "](x)", count: 20_000) + "\n"
        let analysis = analyseEverything(SourceText(quotes + lists + links), id: "odd.md", format: .markdown)
        #expect(analysis.figures.contains { $0.value == 300 && $0.isClaim })
        #expect(analysis.figures.filter { $0.value == 4_000_000 }.count == 2_000)
    }

    @Test func invalidUTF8IsReplacedAndPositionsStillLineUp() {
        var bytes = Array("Russia got ".utf8)
        bytes += [0xFF, 0xFE, 0x20, 0xC3]           // stray bytes and a truncated sequence
        bytes += Array(" 5 million shells ".utf8)
        bytes += [0xED, 0xA0, 0x80]                   // an encoded surrogate, invalid in UTF-8
        bytes += Array(" from Korea.\n".utf8)
        let text = SourceText(decoding: bytes)
        let figure = analyseEverything(text).figures.first { $0.value == 5_000_000 }
        #expect(figure != nil)
        if let figure { #expect(text.string(figure.range) == "5 million shells") }
        #expect(text.string.contains("\u{FFFD}"))
    }

    @Test func aNulByteInTheMiddleOfProse() {
        let text = SourceText("Russia got 5 million\u{0} shells.\nOfficials said 12 trucks left.")
        let claims = analyseEverything(text).figures.filter(\.isClaim)
        #expect(claims.contains { $0.value == 5_000_000 })
        #expect(claims.contains { $0.value == 12 })
    }
}
