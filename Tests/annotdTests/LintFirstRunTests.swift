import Foundation
import Testing
import AnnotationCore

/// What a newcomer sees from `annotd lint` (issue 18): the findings to act on first, one line saying what
/// else was found and how to list it, and clear usage errors for the traps a first run falls into.
@Suite struct LintFirstRunTests {
    /// An unsourced figure (warning), a vague source and named actors (information).
    static let files = [
        "report.txt": "Jane Roe met Ukraine's prime minister in Kyiv.\nThe ministry bought 4,000 trucks last year.\n",
        "vague.txt": LintTexts.vague,
    ]

    @Test func textListsWarningsAndCountsTheRestInOneLine() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "report.txt", "vague.txt"])
        #expect(out.status == 1)
        #expect(out.stdoutLines.count == 1, "only the warning is listed: \(out.stdout)")
        #expect(out.stdoutLines.first?.hasSuffix("[unsourced-figure]") == true)
        #expect(!out.stdout.contains("[named-actor]"))
        let summary = out.stderrLines
        #expect(summary.count == 2, "\(out.stderr)")
        #expect(summary[0].hasPrefix("2 files: 0 errors, 1 warning ("), "\(summary[0])")
        #expect(summary[0].hasSuffix("; exit status 1 because of findings at or above --fail-on warning"))
        #expect(summary[1].hasPrefix("Not listed: "), "\(summary[1])")
        #expect(summary[1].contains(" information (") && summary[1].contains("named-actor") && summary[1].contains("vague-source"), "\(summary[1])")
        #expect(summary[1].hasSuffix("; to list them: --min-severity information"))
    }

    @Test func minSeverityListsWhatTheSummaryCounted() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "--min-severity", "hint", "report.txt", "vague.txt"])
        #expect(out.stdout.contains("[named-actor]"))
        #expect(out.stdout.contains("[vague-source]"))
        #expect(out.stderrLines.count == 1, "nothing left unlisted: \(out.stderr)")
        let information = try box.run(["lint", "--min-severity", "information", "vague.txt"])
        #expect(information.stdoutLines.count == 1)
        #expect(information.status == 0, "--min-severity only decides what is listed, not the exit status")
        let bad = try box.run(["lint", "--min-severity", "loud", "vague.txt"])
        #expect(bad.status == 2)
        #expect(bad.stderrLines == ["annotd: lint: --min-severity: expected error, warning, information or hint, got 'loud'"])
    }

    @Test(arguments: ["json", "line", "sarif", "rdjsonl", "checkstyle", "github"])
    func machineFormatsKeepEveryFinding(format: String) throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "--format", format, "report.txt", "vague.txt"])
        #expect(out.stdout.contains("named-actor"), "\(format) carries the actors")
        #expect(out.stdout.contains("vague-source"), "\(format) carries the information")
    }

    @Test func stdinFilenameWithoutDashIsAUsageError() throws {
        let box = try LintSandbox(["a.txt": LintTexts.unsourced])
        defer { box.remove() }
        let out = try box.run(["lint", "--stdin-filename", "a.md"], stdin: LintTexts.unsourced)
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty, "nothing is linted instead")
        #expect(out.stderrLines.count == 1)
        #expect(out.stderrLines.first?.hasPrefix("annotd: lint: --stdin-filename names text read from stdin: add '-'") == true,
                "\(out.stderr)")
    }

    @Test func invalidJSONConfigurationNamesFileLineAndColumn() throws {
        let box = try LintSandbox([".annotd.json": "{\n  \"rules\": {\n    \"unsourced-figure\": error\n  }\n}\n",
                                   "a.txt": LintTexts.unsourced])
        defer { box.remove() }
        let out = try box.run(["lint", "a.txt"])
        #expect(out.status == 2)
        #expect(out.stderrLines.count == 1)
        let line = try #require(out.stderrLines.first)
        #expect(line.hasPrefix("annotd: "), "\(line)")
        #expect(line.contains(".annotd.json: not valid JSON at line 3, column 25"), "\(line)")
    }

    @Test func truncatedJSONPointsAtItsEnd() throws {
        let box = try LintSandbox([".annotd.json": "{\"rules\": {}\n", "a.txt": LintTexts.clean])
        defer { box.remove() }
        let line = try #require(try box.run(["lint", "a.txt"]).stderrLines.first)
        #expect(line.contains("not valid JSON at line 2, column 1"), "\(line)")
    }
}
