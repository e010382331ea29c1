import AnnotationCore

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the whole rule catalog as
/// `tool.driver.rules` (with `annotd explain` as each rule's help), 1-based regions in UTF-16 code units,
/// conflicts' other figures as `relatedLocations`, and fingerprints that survive lines moving.
enum SARIFFormat {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let fingerprintKey = "annotdFinding/v1"

    static func render(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> [UInt8] {
        var out = JSONOutput(capacity: 1 << 16)
        out.beginObject()
        out.key("$schema")
        out.string(schemaURI)
        out.key("version")
        out.string("2.1.0")
        out.key("runs")
        out.beginArray()
        out.beginObject()
        out.key("tool")
        out.beginObject()
        out.key("driver")
        driver(&out)
        out.endObject()
        out.key("invocations")
        out.beginArray()
        out.beginObject()
        out.key("executionSuccessful")
        out.bool(true)
        out.key("toolExecutionNotifications")
        out.beginArray()
        for s in run.skipped {
            out.beginObject()
            out.key("level")
            out.string("note")
            out.key("message")
            text(&out, s.path.isEmpty ? s.why : "\(s.path): \(s.why)")
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.endArray()
        out.key("originalUriBaseIds")
        out.beginObject()
        out.key(escaping: OutputPaths.sourceRootID)
        out.beginObject()
        out.key("uri")
        out.string(paths.sourceRootURI)
        out.endObject()
        out.endObject()
        out.key("results")
        out.beginArray()
        for (id, list) in findings { results(&out, run, id, list, paths) }
        out.endArray()
        out.key("columnKind")
        out.string("utf16CodeUnits")
        out.endObject()
        out.endArray()
        out.endObject()
        out.newline()
        return out.bytes
    }

    /// One file's results.
    static func results(_ out: inout JSONOutput, _ run: LintRun, _ id: String, _ list: [Finding], _ paths: OutputPaths) {
        let lines = run.lines(id)
        // Occurrence of (rule, covered text) in this file: tells apart two identical findings in one
        // file without using line numbers, which change whenever text is added above.
        var seen: [String: Int] = [:]
        for f in list {
            let covered = run.coveredText(id, f.range)
            let key = f.code + "\u{0}" + covered
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            let fingerprint = StableHash.hex([f.code, paths.relative(id), normalised(covered), String(occurrence)].joined(separator: "\u{0}"))
            out.beginObject()
            out.key("ruleId")
            out.string(f.code)
            if let i = RuleCatalog.index(of: f.code) {
                out.key("ruleIndex")
                out.int(i)
            }
            out.key("level")
            out.string(level(f.severity))
            out.key("message")
            text(&out, f.message)
            out.key("locations")
            out.beginArray()
            out.beginObject()
            out.key("physicalLocation")
            physicalLocation(&out, lines, id, f.range, paths, snippet: covered)
            out.endObject()
            out.endArray()
            if !f.related.isEmpty {
                out.key("relatedLocations")
                out.beginArray()
                for (i, r) in f.related.enumerated() {
                    out.beginObject()
                    out.key("id")
                    out.int(i + 1)
                    out.key("physicalLocation")
                    physicalLocation(&out, run.lines(r.document), r.document, r.range, paths, snippet: nil)
                    out.key("message")
                    text(&out, r.message)
                    out.endObject()
                }
                out.endArray()
            }
            out.key("partialFingerprints")
            out.beginObject()
            out.key(escaping: fingerprintKey)
            out.string(fingerprint)
            out.endObject()
            out.endObject()
        }
    }

    /// SARIF's message object, `{"text": …}`.
    static func text(_ out: inout JSONOutput, _ s: String) {
        out.beginObject()
        out.key("text")
        out.string(s)
        out.endObject()
    }

    static func driver(_ out: inout JSONOutput) {
        out.beginObject()
        out.key("name")
        out.string("annotd")
        out.key("version")
        out.string(AnnotdVersion.string)
        out.key("semanticVersion")
        out.string(AnnotdVersion.string)
        out.key("informationUri")
        out.string(RuleCatalog.informationURI)
        out.key("rules")
        out.beginArray()
        for r in RuleCatalog.all { rule(&out, r) }
        out.endArray()
        out.endObject()
    }

    static func rule(_ out: inout JSONOutput, _ r: RuleInfo) {
        out.beginObject()
        out.key("id")
        out.string(r.code)
        out.key("name")
        out.string(pascalCase(r.code))
        out.key("shortDescription")
        text(&out, r.summary)
        out.key("fullDescription")
        text(&out, r.summary + " " + r.details)
        out.key("help")
        out.beginObject()
        out.key("text")
        out.string(RuleExplanation.text(r))
        out.key("markdown")
        out.string(RuleExplanation.markdown(r, heading: "###"))
        out.endObject()
        out.key("helpUri")
        out.string(r.helpURI)
        out.key("defaultConfiguration")
        out.beginObject()
        out.key("level")
        out.string(level(r.defaultSeverity))
        out.endObject()
        out.endObject()
    }

    /// SARIF has no "information" or "hint": both are notes.
    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "note"
        }
    }

    /// SARIF regions are 1-based and `endColumn` points just past the last character, so an LSP range
    /// (0-based, end exclusive) maps by adding one to every number.
    static func physicalLocation(_ out: inout JSONOutput, _ lines: LineIndex?, _ id: String, _ r: Range<Int>,
                                 _ paths: OutputPaths, snippet: String?) {
        let (s, e) = (LintRun.position(lines, r.lowerBound), LintRun.position(lines, r.upperBound))
        let (uri, base) = paths.sarifLocation(id)
        out.beginObject()
        out.key("artifactLocation")
        out.beginObject()
        out.key("uri")
        out.string(uri)
        if let base {
            out.key("uriBaseId")
            out.string(base)
        }
        out.endObject()
        out.key("region")
        out.beginObject()
        out.key("startLine")
        out.int(s.line + 1)
        out.key("startColumn")
        out.int(s.character + 1)
        out.key("endLine")
        out.int(e.line + 1)
        out.key("endColumn")
        out.int(e.character + 1)
        if let snippet {
            out.key("snippet")
            text(&out, snippet)
        }
        out.endObject()
        out.endObject()
    }

    static func pascalCase(_ code: String) -> String {
        code.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whitespace folded, so that re-wrapping a paragraph does not change a fingerprint.
    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
