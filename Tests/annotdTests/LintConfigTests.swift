import Foundation
import Testing
import AnnotationCore

/// SPEC §7 on the command line: layers (user file, nearest `.annotd.json`, `--config`, `--rule`), and a bad
/// configuration as exit 2 with one line naming the file, the key and what was expected.
@Suite struct LintConfigTests {
    static let configCases: [(String, String)] = [
        (#"{"rulez": {}}"#, "key 'rulez': unknown key"),
        (#"{"rules": {"unsourced-figure": 3}}"#, "key 'rules.unsourced-figure': expected one of off, error, warning, information, hint, got a number"),
        (#"{"rules": {"unsourced-figure": "loud"}}"#, "key 'rules.unsourced-figure': expected one of off, error, warning, information, hint, got 'loud'"),
        (#"{"rules": {"no-such-rule": "off"}}"#, "key 'rules.no-such-rule': unknown rule"),
        (#"{"maxFileBytes": "big"}"#, "key 'maxFileBytes': expected a positive whole number, got a string"),
        (#"{"include": "*.txt"}"#, "key 'include': expected a list of strings, got a string"),
        (#"{"conflictTolerance": true}"#, "key 'conflictTolerance': expected a number from 0 to 10, got a boolean"),
        (#"{"actors": [{"name": "X", "kind": "planet"}]}"#, "key 'actors[0].kind'"),
        (#"{"rules": "#, "not valid JSON"),
        (#"["rules"]"#, "expected a JSON object"),
    ]

    @Test(arguments: configCases)
    func aBadProjectFileIsExitTwoNamingFileAndKey(config: String, expected: String) throws {
        let box = try LintSandbox(["docs/a.txt": LintTexts.unsourced, ".annotd.json": config])
        defer { box.remove() }
        // Found by walking up from docs/.
        let out = try box.run(["lint", "docs"])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderrLines.count == 1, "\(out.stderr)")
        #expect(out.stderr.contains(box.root.appendingPathComponent(".annotd.json").path + ": "), "\(out.stderr)")
        #expect(out.stderr.contains(expected), "\(out.stderr)")
    }

    @Test func explicitConfigErrorsNameThatFile() throws {
        let box = try LintSandbox(["a.txt": LintTexts.unsourced, "ci.json": #"{"exclude": 1}"#])
        defer { box.remove() }
        let bad = try box.run(["lint", "--config", "ci.json", "a.txt"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "annotd: ci.json: key 'exclude': expected a list of strings, got a number\n")
        let missing = try box.run(["lint", "--config", "nope.json", "a.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "annotd: nope.json: no such configuration file\n")
    }

    @Test func nearestProjectFileAppliesAndNoConfigIgnoresIt() throws {
        let box = try LintSandbox([
            "project/.annotd.json": #"{"rules": {"unsourced-figure": "error"}}"#,
            "project/texts/deep/a.txt": LintTexts.unsourced,
        ])
        defer { box.remove() }
        let configured = try box.run(["lint", "--format", "line", "project/texts"])
        #expect(configured.stdout.contains(":unsourced-figure:"))
        let json = try box.json(["--format", "json", "project/texts"])
        #expect(severities(json) == ["error"])
        let ignored = try box.json(["--format", "json", "--no-config", "project/texts"])
        #expect(severities(ignored) == ["warning"])
    }

    @Test func layersLaterWinsAndRuleFlagWinsLast() throws {
        let box = try LintSandbox([
            ".xdg/annotd/config.json": #"{"rules": {"unsourced-figure": "information", "vague-source": "error"}}"#,
            ".annotd.json": #"{"rules": {"unsourced-figure": "hint"}}"#,
            "ci.json": #"{"rules": {"unsourced-figure": "off"}}"#,
            "a.txt": LintTexts.unsourced + LintTexts.vague,
        ])
        defer { box.remove() }
        // user: unsourced information, vague error; project: unsourced hint.
        #expect(severities(try box.json(["--format", "json", "a.txt"])) == ["hint", "error"])
        // --config replaces the project file, the user file still applies.
        #expect(severities(try box.json(["--format", "json", "--config", "ci.json", "a.txt"])) == ["error"])
        // --rule beats every file.
        #expect(severities(try box.json(["--format", "json", "--rule", "unsourced-figure=warning", "--rule", "vague-source=off", "a.txt"])) == ["warning"])
    }

    @Test func includeAndExcludeDecideWhatAFolderWalkReads() throws {
        let box = try LintSandbox([
            ".annotd.json": #"{"include": ["**/*.note"], "exclude": ["drafts/**"]}"#,
            "a.note": LintTexts.unsourced,
            "b.txt": LintTexts.unsourced,
            "drafts/c.note": LintTexts.unsourced,
        ])
        defer { box.remove() }
        let json = try box.json(["--format", "json", "."])
        #expect((json["files"] as? [[String: Any]])?.map { $0["path"] as? String } == ["a.note"])
    }

    func severities(_ doc: [String: Any]) -> [String] {
        ((doc["files"] as? [[String: Any]]) ?? []).flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }
            .compactMap { $0["severity"] as? String }
    }
}
