import Foundation
import Testing
import AnnotationCore
@testable import annotd

/// Every `--format`, through the built binary: fields, 1-based vs 0-based positions, and columns in the
/// unit each consumer counts (UTF-16 for LSP-style formats, UTF-8 bytes for reviewdog).
@Suite struct LintFormatTests {
    static let files = [
        "notes/budget.txt": LintTexts.unsourced,
        "wide.txt": LintTexts.wide,
        "vague.txt": LintTexts.vague,
        "a.txt": LintTexts.conflictA,
        "b.txt": LintTexts.conflictB,
        "clean.txt": LintTexts.clean,
    ]
    /// 0-based UTF-16 column of the figure in `wide.txt`: 5 CJK + space + emoji (2 units) + space + 20.
    static let wideColumn = LintTexts.widePrefix.utf16.count
    static let figure = "4,000 trucks"

    // MARK: text and line

    @Test func textIsOneBasedWithSeverityAndCode() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "notes/budget.txt", "wide.txt"])
        #expect(out.stdoutLines.count == 2)
        #expect(out.stdoutLines[0].hasPrefix("notes/budget.txt:2:21: warning: “4,000 trucks”"))
        #expect(out.stdoutLines[0].hasSuffix(" [unsourced-figure]"))
        #expect(out.stdoutLines[1].hasPrefix("wide.txt:1:\(Self.wideColumn + 1): warning: "))
        #expect(Self.wideColumn == 29)
        #expect(!out.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
    }

    @Test func textSummaryOnStderrCountsFilesAndSeverities() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "notes/budget.txt", "vague.txt", "clean.txt"])
        #expect(out.stderrLines.count == 2, "\(out.stderr)")
        let summary = try #require(out.stderrLines.first)
        #expect(summary.hasPrefix("3 files: 0 errors, 1 warning ("), "\(summary)")
        #expect(summary.contains(" s); exit status 1"))
        #expect(out.stderrLines.last == "Not listed: 1 information (vague-source); to list them: --min-severity information")
        // Machine formats keep stderr quiet.
        #expect(try box.run(["lint", "--format", "json", "notes/budget.txt"]).stderr.isEmpty)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        #expect(Terminal.wantsColour(environment: [:], isTTY: true))
        #expect(!Terminal.wantsColour(environment: [:], isTTY: false))
        #expect(!Terminal.wantsColour(environment: ["NO_COLOR": "1"], isTTY: true))
        #expect(Terminal.wantsColour(environment: ["NO_COLOR": ""], isTTY: true), "an empty NO_COLOR does not count")
        #expect(Terminal.paint(.warning).contains("\u{1B}[33m"))
    }

    @Test func lineIsPathLineColCodeMessage() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "--format", "line", "wide.txt"])
        #expect(out.stdoutLines.count == 1)
        #expect(out.stdoutLines[0].hasPrefix("wide.txt:1:30:unsourced-figure:“4,000 trucks”"))
    }

    // MARK: json

    @Test func jsonIsZeroBasedUTF16WithSummary() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let doc = try box.json(["--format", "json", "notes/budget.txt", "wide.txt", "clean.txt"])
        #expect((doc["tool"] as? [String: Any])?["name"] as? String == "annotd")
        let files = try #require(doc["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["notes/budget.txt", "wide.txt", "clean.txt"])
        let budget = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first)
        #expect(budget["code"] as? String == "unsourced-figure")
        #expect(budget["severity"] as? String == "warning")
        #expect(position(budget["range"], "start") == [1, 20])
        #expect(position(budget["range"], "end") == [1, 20 + Self.figure.utf16.count])
        let wide = try #require((files[1]["diagnostics"] as? [[String: Any]])?.first)
        #expect(position(wide["range"], "start") == [0, Self.wideColumn])
        let figure = try #require((wide["data"] as? [String: Any])?["figure"] as? [String: Any])
        #expect(figure["text"] as? String == Self.figure)
        #expect((files[2]["diagnostics"] as? [Any])?.isEmpty == true)
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 3)
        #expect(summary["diagnostics"] as? Int == 2)
        #expect((summary["byCode"] as? [String: Int]) == ["unsourced-figure": 2])
    }

    @Test func jsonConflictPointsAtTheOtherFile() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let doc = try box.json(["--format", "json", "a.txt", "b.txt"])
        let files = try #require(doc["files"] as? [[String: Any]])
        let conflict = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "conflicting-figure" })
        let related = try #require((conflict["relatedInformation"] as? [[String: Any]])?.first)
        #expect(related["path"] as? String == "b.txt")
        #expect(position(related["range"], "start")?.first == 1)
        let other = try #require(((conflict["data"] as? [String: Any])?["others"] as? [[String: Any]])?.first)
        #expect(other["path"] as? String == "b.txt")
        #expect(position(other["range"], "start") == position(related["range"], "start"))
        #expect(other["text"] as? String == "several hundred thousand shells")
    }

    // MARK: sarif

    @Test func sarifCarriesTheRuleCatalog() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let doc = try box.json(["--format", "sarif", "clean.txt"])
        #expect(doc["version"] as? String == "2.1.0")
        #expect((doc["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let run = try #require((doc["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let base = try #require(((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String)
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "annotd")
        #expect(driver["version"] as? String == AnnotdVersion.string)
        #expect(driver["informationUri"] as? String == RuleCatalog.informationURI)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleCatalog.codes)
        for (rule, info) in zip(rules, RuleCatalog.all) {
            #expect(rule["helpUri"] as? String == info.helpURI)
            #expect(rule["name"] as? String == SARIFFormat.pascalCase(info.code))
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == info.summary)
            #expect(((rule["fullDescription"] as? [String: Any])?["text"] as? String)?.contains(info.details) == true)
            let help = try #require(rule["help"] as? [String: Any])
            #expect(help["text"] as? String == RuleExplanation.text(info), "help is annotd explain's text")
            #expect((help["markdown"] as? String)?.contains(info.rationale) == true)
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == SARIFFormat.level(info.defaultSeverity))
        }
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func sarifResultsAreOneBasedUTF16WithRelatedLocations() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let doc = try box.json(["--format", "sarif", "./wide.txt", "vague.txt", "a.txt", "b.txt"])
        let run = try #require((doc["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let wide = try #require(results.first { uri($0) == "wide.txt" })
        #expect(wide["ruleId"] as? String == "unsourced-figure")
        #expect(wide["ruleIndex"] as? Int == RuleCatalog.index(of: "unsourced-figure"))
        #expect(wide["level"] as? String == "warning")
        #expect(((wide["message"] as? [String: Any])?["text"] as? String)?.contains(Self.figure) == true)
        let location = try #require(physical(wide))
        #expect((location["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 1)
        #expect(region["startColumn"] as? Int == Self.wideColumn + 1)
        #expect(region["endLine"] as? Int == 1)
        #expect(region["endColumn"] as? Int == Self.wideColumn + 1 + Self.figure.utf16.count, "endColumn is just past the figure")

        let vague = try #require(results.first { uri($0) == "vague.txt" })
        #expect(vague["level"] as? String == "note")

        let conflict = try #require(results.first { uri($0) == "a.txt" && $0["ruleId"] as? String == "conflicting-figure" })
        let related = try #require((conflict["relatedLocations"] as? [[String: Any]])?.first)
        #expect(related["id"] as? Int == 1)
        let relatedLocation = try #require(related["physicalLocation"] as? [String: Any])
        #expect((relatedLocation["artifactLocation"] as? [String: Any])?["uri"] as? String == "b.txt")
        #expect((relatedLocation["region"] as? [String: Any])?["startLine"] as? Int == 2)
        for r in results {
            let fingerprint = (r["partialFingerprints"] as? [String: String])?[SARIFFormat.fingerprintKey]
            #expect(fingerprint?.count == 32)
        }
    }

    @Test func sarifFingerprintsSurviveLinesMovingAndTellTwinsApart() throws {
        let text = "The depot holds 300 tanks.\nThe depot holds 300 tanks.\n"
        let box = try LintSandbox(["x.txt": text])
        defer { box.remove() }
        func results() throws -> [(line: Int, print: String)] {
            let doc = try box.json(["--format", "sarif", "x.txt"])
            let run = try #require((doc["runs"] as? [[String: Any]])?.first)
            return try #require(run["results"] as? [[String: Any]]).map { r in
                ((physical(r)?["region"] as? [String: Any])?["startLine"] as? Int ?? 0,
                 (r["partialFingerprints"] as? [String: String])?[SARIFFormat.fingerprintKey] ?? "")
            }
        }
        let before = try results()
        #expect(before.map(\.line) == [1, 2])
        #expect(Set(before.map(\.print)).count == 2, "identical findings in one file get different fingerprints")
        try box.write("x.txt", "A new first line.\n\nAnother one.\n" + text)
        let after = try results()
        #expect(after.map(\.line) == [4, 5])
        #expect(after.map(\.print) == before.map(\.print))
    }

    @Test func sarifURIsArePercentEncodedAndRelative() throws {
        let box = try LintSandbox(["my notes/x #1.txt": LintTexts.unsourced])
        defer { box.remove() }
        let doc = try box.json(["--format", "sarif", box.root.appendingPathComponent("my notes").path])
        let result = try #require(((doc["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        #expect(uri(result) == "my%20notes/x%20%231.txt")
        #expect(OutputPaths(workingDirectory: "/w").relative("/elsewhere/a.txt") == "/elsewhere/a.txt")
        #expect(OutputPaths(workingDirectory: "/w").sarifLocation("/elsewhere/a b.txt") == ("file:///elsewhere/a%20b.txt", nil))
        #expect(OutputPaths(workingDirectory: "/w/").relative("./d/../a.txt") == "a.txt")
    }

    // MARK: github

    @Test func githubWorkflowCommands() throws {
        let box = try LintSandbox(["notes/budget.txt": LintTexts.unsourced, "vague.txt": LintTexts.vague, "x,y:z.txt": LintTexts.unsourced])
        defer { box.remove() }
        let out = try box.run(["lint", "--format", "github", "notes/budget.txt", "vague.txt", "x,y:z.txt"])
        #expect(out.status == 1)
        #expect(out.stdoutLines.count == 3)
        #expect(out.stdoutLines[0].hasPrefix(
            "::warning file=notes/budget.txt,line=2,col=21,endLine=2,endColumn=32,title=Unsourced figure (unsourced-figure)::“4,000 trucks”"))
        #expect(out.stdoutLines[1].hasPrefix("::notice file=vague.txt,line=1,"))
        #expect(out.stdoutLines[2].hasPrefix("::warning file=x%2Cy%3Az.txt,line=2,"), "`,` and `:` escaped in properties")
    }

    @Test func githubEscaping() {
        #expect(GitHubFormat.escapeData("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b")
        #expect(GitHubFormat.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(GitHubFormat.command(.error) == "error")
        #expect(GitHubFormat.command(.hint) == "notice")
    }

    // MARK: rdjsonl

    @Test func rdjsonlCountsUTF8BytesOneBased() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let out = try box.run(["lint", "--format", "rdjsonl", "wide.txt", "vague.txt", "a.txt", "b.txt"])
        let lines = try out.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(lines.count == out.stdoutLines.count && lines.count >= 6)
        let wide = lines[0]
        #expect(wide["severity"] as? String == "WARNING")
        #expect((wide["message"] as? String)?.contains(Self.figure) == true)
        let location = try #require(wide["location"] as? [String: Any])
        #expect(location["path"] as? String == "wide.txt")
        let range = try #require(location["range"] as? [String: Any])
        let bytes = LintTexts.widePrefix.utf8.count
        #expect(bytes == 41)
        #expect((range["start"] as? [String: Int]) == ["line": 1, "column": bytes + 1])
        #expect((range["end"] as? [String: Int]) == ["line": 1, "column": bytes + 1 + Self.figure.utf8.count])
        #expect((wide["code"] as? [String: String]) == ["value": "unsourced-figure", "url": RuleCatalog.rule("unsourced-figure")!.helpURI])
        #expect((wide["source"] as? [String: String])?["name"] == "annotd")
        #expect(lines[1]["severity"] as? String == "INFO")
        let conflict = try #require(lines.first { ($0["code"] as? [String: String])?["value"] == "conflicting-figure" })
        let related = try #require((conflict["related_locations"] as? [[String: Any]])?.first?["location"] as? [String: Any])
        #expect(related["path"] as? String == "b.txt")
    }

    // MARK: checkstyle

    @Test func checkstyleIsWellFormedEscapedXML() throws {
        let name = "R&D <draft> \"v2\".txt"
        let box = try LintSandbox([name: LintTexts.unsourced, "clean.txt": LintTexts.clean, "vague.txt": LintTexts.vague])
        defer { box.remove() }
        let out = try box.run(["lint", "--format", "checkstyle", name, "clean.txt", "vague.txt"])
        #expect(out.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        let parsed = try #require(XMLElements.parse(out.stdout), "not well-formed: \(out.stdout)")
        #expect(parsed.first?.name == "checkstyle")
        let files = parsed.filter { $0.name == "file" }
        #expect(files.map { $0.attributes["name"] } == [name, "clean.txt", "vague.txt"], "every linted file is listed")
        let errors = parsed.filter { $0.name == "error" }
        #expect(errors.count == 2)
        #expect(errors[0].attributes["line"] == "2")
        #expect(errors[0].attributes["column"] == "21")
        #expect(errors[0].attributes["severity"] == "warning")
        #expect(errors[0].attributes["source"] == "annotd.unsourced-figure")
        #expect(errors[0].attributes["message"]?.contains("“4,000 trucks”") == true)
        #expect(errors[1].attributes["severity"] == "info")
    }

    @Test func xmlAttributeEscaping() throws {
        let raw = "a & b < c > d \"e\" 'f'\nline\u{1}"
        let escaped = XMLEscaping.attribute(raw)
        #expect(escaped == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#10;line\u{FFFD}")
        let parsed = try #require(XMLElements.parse("<x v=\"\(escaped)\"/>"))
        #expect(parsed.first?.attributes["v"] == "a & b < c > d \"e\" 'f'\nline\u{FFFD}", "a newline survives attribute normalisation")
    }

    // MARK: helpers

    func position(_ range: Any?, _ end: String) -> [Int]? {
        guard let p = (range as? [String: Any])?[end] as? [String: Int], let l = p["line"], let c = p["character"] else { return nil }
        return [l, c]
    }

    func physical(_ result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
    }

    func uri(_ result: [String: Any]) -> String? {
        (physical(result)?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }
}
