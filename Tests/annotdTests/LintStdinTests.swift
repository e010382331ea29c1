import Foundation
import Testing
import AnnotationCore

/// `annotd lint -` reads stdin; `--stdin-filename` names it in output, picks Markdown or plain by its
/// extension and finds configuration from where it says the text stands.
@Suite struct LintStdinTests {
    @Test func stdinIsNamedByStdinFilename() throws {
        let box = try LintSandbox()
        defer { box.remove() }
        let out = try box.run(["lint", "--format", "line", "--stdin-filename", "drafts/new.txt", "-"], stdin: LintTexts.unsourced)
        #expect(out.status == 1)
        #expect(out.stdoutLines.count == 1)
        #expect(out.stdoutLines.first?.hasPrefix("drafts/new.txt:2:21:unsourced-figure:") == true)
        let unnamed = try box.run(["lint", "--format", "line", "-"], stdin: LintTexts.clean)
        #expect(unnamed.status == 0)
        #expect(unnamed.stdout.isEmpty)
    }

    @Test func theNameDecidesMarkdown() throws {
        let box = try LintSandbox()
        defer { box.remove() }
        let text = "```\n\(LintTexts.unsourced)```\n"
        // In Markdown the figure is inside a code block: not prose, not flagged.
        #expect(try box.run(["lint", "--stdin-filename", "x.md", "-"], stdin: text).status == 0)
        #expect(try box.run(["lint", "--stdin-filename", "x.txt", "-"], stdin: text).status == 1)
    }

    @Test func configurationIsFoundFromTheStdinFilename() throws {
        let box = try LintSandbox(["team/.annotd.json": #"{"rules": {"unsourced-figure": "off"}}"#])
        defer { box.remove() }
        let configured = try box.run(["lint", "--stdin-filename", "team/new.txt", "-"], stdin: LintTexts.unsourced)
        #expect(configured.status == 0, "\(configured.stdout)")
        let elsewhere = try box.run(["lint", "--stdin-filename", "other/new.txt", "-"], stdin: LintTexts.unsourced)
        #expect(elsewhere.status == 1)
    }

    @Test func stdinJoinsTheWorkspaceOfTheOtherPaths() throws {
        let box = try LintSandbox(["a.txt": LintTexts.conflictA])
        defer { box.remove() }
        let doc = try box.json(["--format", "json", "--stdin-filename", "b.txt", "a.txt", "-"], stdin: LintTexts.conflictB)
        let files = try #require(doc["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.txt", "b.txt"])
        let codes = files.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }.compactMap { $0["code"] as? String }
        #expect(codes.filter { $0 == "conflicting-figure" }.count == 2)
    }
}
