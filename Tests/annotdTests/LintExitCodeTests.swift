import Foundation
import Testing
import AnnotationCore
@testable import annotd

/// SPEC §6 exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/I-O error with one line
/// on stderr naming what and where.
@Suite struct LintExitCodeTests {
    static let files = ["warn.txt": LintTexts.unsourced, "info.txt": LintTexts.vague, "clean.txt": LintTexts.clean]

    static let findingCases: [([String], Int32)] = [
        (["clean.txt"], 0),
        (["warn.txt"], 1),
        (["info.txt"], 0),                                  // information is below the default warning
        (["--fail-on", "information", "info.txt"], 1),
        (["--fail-on=hint", "info.txt"], 1),
        (["--fail-on", "error", "warn.txt"], 0),
        (["--fail-on", "never", "warn.txt"], 0),
        (["--rule", "unsourced-figure=error", "--fail-on", "error", "warn.txt"], 1),
        (["--rule", "unsourced-figure=off", "warn.txt"], 0),
        (["--format", "sarif", "warn.txt"], 1),             // the exit code does not depend on the format
        (["--fail-on", "never", "--format", "sarif", "warn.txt"], 0),
    ]

    @Test(arguments: findingCases)
    func findingsDecideZeroOrOne(args: [String], expected: Int32) throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint"] + args)
        #expect(out.status == expected, "\(args): \(out.stderr)")
    }

    static let usageCases: [([String], String)] = [
        (["--bogus"], "unknown option '--bogus'"),
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["--rule", "no-such-rule=off", "warn.txt"], "unknown rule 'no-such-rule'"),
        (["--rule", "unsourced-figure=loud", "warn.txt"], "got 'loud'"),
        (["--rule", "unsourced-figure", "warn.txt"], "expected CODE=LEVEL"),
        (["--format", "yaml", "warn.txt"], "unknown format 'yaml'"),
        (["--fail-on", "sometimes", "warn.txt"], "got 'sometimes'"),
        (["--config"], "--config needs a value"),
    ]

    @Test(arguments: usageCases)
    func usageErrorsAreTwoWithOneLine(args: [String], mentions: String) throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint"] + args)
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderrLines.count == 1, "\(out.stderr)")
        #expect(out.stderr.contains(mentions), "\(out.stderr)")
    }

    @Test func aMissingPathFailsEvenNextToGoodOnes() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "clean.txt", "nowhere/"])
        #expect(out.status == 2)
        #expect(out.stderr == "annotd: nowhere/: no such file or directory\n")
    }

    @Test func helpAndVersionAreZero() throws {
        let box = try LintSandbox()
        defer { box.remove() }
        let help = try box.run(["lint", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
        #expect(try box.run(["--version"]).stdout == "annotd \(AnnotdVersion.string)\n")
        #expect(try box.run(["frobnicate"]).status == 2)
    }
}
