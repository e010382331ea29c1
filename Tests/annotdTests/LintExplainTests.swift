import Foundation
import Testing
import AnnotationCore
@testable import annotd

/// `annotd explain`, the catalog it reads, and `docs/rules.md`, which is generated from it.
@Suite struct LintExplainTests {
    @Test func explainPrintsEverySection() throws {
        let box = try LintSandbox()
        defer { box.remove() }
        for rule in RuleCatalog.all {
            let out = try box.run(["explain", rule.code])
            #expect(out.status == 0)
            #expect(out.stdout == RuleExplanation.text(rule))
            for heading in ["What it checks", "Why it matters", "Fires on", "Does not fire on", "Configure"] {
                #expect(out.stdout.contains("\n\(heading)\n"), "\(rule.code): \(heading)")
            }
            #expect(out.stdout.contains("--rule \(rule.code)=off"))
            #expect(out.stdout.contains(#""rules": {"\#(rule.code)""#))
            #expect(out.stdout.contains("annotd-disable-next-line \(rule.code)"))
            #expect(out.stdout.contains(rule.helpURI))
        }
    }

    @Test func explainWithoutCodeListsRulesAndUnknownIsTwo() throws {
        let box = try LintSandbox()
        defer { box.remove() }
        let list = try box.run(["explain"])
        #expect(list.status == 0)
        for code in RuleCatalog.codes { #expect(list.stdout.contains("  \(code) ")) }
        let unknown = try box.run(["explain", "no-such-rule"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("annotd: explain: unknown rule 'no-such-rule'"))
        #expect(unknown.stderrLines.count == 1)
        #expect(try box.run(["explain", "a", "b"]).status == 2)
    }

    /// The docs are what `codeDescription.href` and SARIF's helpUri open: they must match the catalog.
    @Test func docsRulesMarkdownIsGeneratedFromTheCatalog() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docs = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(docs == RuleExplanation.document(), "regenerate with: annotd explain --markdown > docs/rules.md")
        for rule in RuleCatalog.all {
            let anchor = String(rule.helpURI.split(separator: "#").last ?? "")
            #expect(docs.contains("\n## \(anchor)\n"), "GitHub's anchor for the heading is #\(anchor)")
        }
    }

    /// The catalog's examples are claims about the engine (explain, SARIF help and the docs show them):
    /// each must fire, and each passing example must not.
    @Test(arguments: RuleCatalog.all)
    func examplesFireAndPass(rule: RuleInfo) {
        func fired(_ texts: [String]) -> Bool {
            let files = texts.enumerated().map { (RuleInfo.exampleFileName($0.offset, of: texts.count), $0.element) }
            return LintEngine.findings(files).values.contains { $0.contains { $0.code == rule.code } }
        }
        #expect(fired(rule.fires), "\(rule.code) should fire on its example")
        #expect(!fired(rule.passes), "\(rule.code) should not fire on its passing example")
    }
}

extension RuleInfo: CustomTestStringConvertible {
    public var testDescription: String { code }
}
