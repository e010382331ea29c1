import Foundation
import Testing
import AnnotationCore

/// Inline suppressions (SPEC §4): `annotd-disable-line` / `annotd-disable-next-line`, plain or in a
/// Markdown comment, for every rule or only the codes listed; one that silences nothing is a hint.
@Suite struct LintSuppressionTests {
    static let figure = "The ministry bought 4,000 trucks last year."
    static let vague = "Some analysts say the plant makes 200 drones a month."

    static let forms: [(String, String, String)] = [
        ("plain same line", "\(figure) annotd-disable-line\n", "t.txt"),
        ("plain same line with code", "\(figure) annotd-disable-line unsourced-figure\n", "t.txt"),
        ("plain next line", "annotd-disable-next-line\n\(figure)\n", "t.txt"),
        ("plain next line with code", "annotd-disable-next-line unsourced-figure\n\(figure)\n", "t.txt"),
        ("markdown same line", "\(figure) <!-- annotd-disable-line -->\n", "t.md"),
        ("markdown same line with code", "\(figure) <!-- annotd-disable-line unsourced-figure -->\n", "t.md"),
        ("markdown next line", "<!-- annotd-disable-next-line -->\n\(figure)\n", "t.md"),
        ("markdown next line with codes", "<!-- annotd-disable-next-line vague-source, unsourced-figure -->\n\(figure)\n", "t.md"),
        ("markdown without spaces", "<!--annotd-disable-next-line unsourced-figure-->\n\(figure)\n", "t.md"),
    ]

    @Test(arguments: forms)
    func eachFormSilencesItsLine(form: String, text: String, name: String) {
        #expect(LintEngine.codes(text, name: name).isEmpty, "\(form)")
        // The same text without the directive does fire: the test is not vacuous.
        let bare = text.replacingOccurrences(of: "annotd-disable-next-line", with: "x")
            .replacingOccurrences(of: "annotd-disable-line", with: "x")
        #expect(LintEngine.codes(bare, name: name) == ["unsourced-figure"], "\(form)")
    }

    @Test func aCodeListSilencesOnlyThoseRules() {
        let text = "\(Self.vague) annotd-disable-line unsourced-figure\n"
        let findings = LintEngine.findings([("t.txt", text)])["t.txt"] ?? []
        // vague-source still fires; the suppression matched nothing, so it is reported too.
        #expect(findings.map(\.code).sorted() == ["unused-suppression", "vague-source"])
    }

    @Test func onlyTheTargetLineIsSilenced() {
        let text = "annotd-disable-next-line\n\(Self.figure)\n\(Self.figure)\n"
        let findings = LintEngine.findings([("t.txt", text)])["t.txt"] ?? []
        #expect(findings.map(\.code) == ["unsourced-figure"])
        #expect(findings.map { SourceText(text).lines.line(of: $0.range.lowerBound) } == [2])
    }

    @Test func anUnusedSuppressionIsAHintWhereItStands() throws {
        let text = "Quiet line.\nThe cabinet met on Monday. <!-- annotd-disable-line unsourced-figure -->\n"
        let findings = LintEngine.findings([("t.md", text)])["t.md"] ?? []
        let hint = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(hint.code == "unused-suppression")
        #expect(hint.severity == .hint)
        let source = SourceText(text)
        #expect(source.lines.line(of: hint.range.lowerBound) == 1)
        #expect(source.string(hint.range) == "annotd-disable-line unsourced-figure")
        #expect(hint.message.contains("unsourced-figure") && hint.message.contains("line 2"))
    }

    @Test func unusedSuppressionFollowsConfiguration() {
        let text = "Nothing here. annotd-disable-line unsourced-figure\n"
        var off = Configuration()
        off.rules["unused-suppression"] = .off
        #expect(LintEngine.codes(text, configuration: off).isEmpty)
        var raised = Configuration()
        raised.rules["unused-suppression"] = .on(.warning)
        #expect(LintEngine.findings([("t.txt", text)], configuration: raised)["t.txt"]?.map(\.severity) == [.warning])
        // A suppression for a rule that is switched off is not noise to report.
        var ruleOff = Configuration()
        ruleOff.rules["unsourced-figure"] = .off
        #expect(LintEngine.codes(text, configuration: ruleOff).isEmpty)
    }

    @Test func anUnknownCodeIsNamedInTheHint() throws {
        let text = "\(Self.figure) annotd-disable-line unsourced-figures\n"
        let findings = LintEngine.findings([("t.txt", text)])["t.txt"] ?? []
        #expect(findings.map(\.code).sorted() == ["unsourced-figure", "unused-suppression"])
        let hint = try #require(findings.first { $0.code == "unused-suppression" })
        #expect(hint.message.contains("unknown rule 'unsourced-figures'"))
    }

    @Test func markdownCodeShowsDirectivesWithoutApplyingThem() {
        let fenced = "```text\nannotd-disable-next-line\n```\n\(Self.figure)\n"
        #expect(LintEngine.codes(fenced, name: "t.md") == ["unsourced-figure"])
        let span = "Write `annotd-disable-line` to silence a line. \(Self.figure)\n"
        #expect(LintEngine.codes(span, name: "t.md") == ["unsourced-figure"])
    }

    @Test func wordsAfterADirectiveInASentenceAreNotCodes() {
        let scanned = Suppression.scan(SourceText("Use annotd-disable-line or a comment.\n"))
        #expect(scanned.map(\.codes) == [[]])
        let listed = Suppression.scan(SourceText("annotd-disable-line unsourced-figure, vague-source\n"))
        #expect(listed.map(\.codes) == [["unsourced-figure", "vague-source"]])
    }
}
