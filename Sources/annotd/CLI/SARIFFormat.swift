import AnnotationCore

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the whole rule catalog as
/// `tool.driver.rules` (with `annotd explain` as each rule's help), 1-based regions in UTF-16 code units,
/// conflicts' other figures as `relatedLocations`, and fingerprints that survive lines moving.
enum SARIFFormat {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let fingerprintKey = "annotdFinding/v1"

    static func render(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> String {
        var results: [JSONValue] = []
        for (id, list) in findings {
            // Occurrence of (rule, covered text) in this file: tells apart two identical findings in one
            // file without using line numbers, which change whenever text is added above.
            var seen: [String: Int] = [:]
            for f in list {
                let covered = run.coveredText(id, f.range)
                let key = f.code + "\u{0}" + covered
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                let fingerprint = StableHash.hex([f.code, paths.relative(id), normalised(covered), String(occurrence)].joined(separator: "\u{0}"))
                var result: [(String, JSONValue)] = [("ruleId", .string(f.code))]
                if let i = RuleCatalog.index(of: f.code) { result.append(("ruleIndex", .number(Double(i)))) }
                result += [
                    ("level", .string(level(f.severity))),
                    ("message", .object([("text", .string(f.message))])),
                    ("locations", .array([.object([("physicalLocation", physicalLocation(run, id, f.range, paths, snippet: covered))])])),
                ]
                if !f.related.isEmpty {
                    result.append(("relatedLocations", .array(f.related.enumerated().map { i, r in
                        .object([("id", .number(Double(i + 1))),
                                 ("physicalLocation", physicalLocation(run, r.document, r.range, paths, snippet: nil)),
                                 ("message", .object([("text", .string(r.message))]))])
                    })))
                }
                result.append(("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])))
                results.append(.object(result))
            }
        }
        let notifications: [JSONValue] = run.skipped.map { s in
            .object([("level", .string("note")),
                     ("message", .object([("text", .string(s.path.isEmpty ? s.why : "\(s.path): \(s.why)"))]))])
        }
        let sarif: JSONValue = .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("invocations", .array([.object([("executionSuccessful", .bool(true)),
                                                 ("toolExecutionNotifications", .array(notifications))])])),
                ("originalUriBaseIds", .object([(OutputPaths.sourceRootID, .object([("uri", .string(paths.sourceRootURI))]))])),
                ("results", .array(results)),
                ("columnKind", .string("utf16CodeUnits")),
            ])])),
        ])
        return sarif.serialized + "\n"
    }

    static var driver: JSONValue {
        .object([
            ("name", .string("annotd")),
            ("version", .string(AnnotdVersion.string)),
            ("semanticVersion", .string(AnnotdVersion.string)),
            ("informationUri", .string(RuleCatalog.informationURI)),
            ("rules", .array(RuleCatalog.all.map(rule))),
        ])
    }

    static func rule(_ r: RuleInfo) -> JSONValue {
        .object([
            ("id", .string(r.code)),
            ("name", .string(pascalCase(r.code))),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.summary + " " + r.details))])),
            ("help", .object([("text", .string(RuleExplanation.text(r))),
                              ("markdown", .string(RuleExplanation.markdown(r, heading: "###")))])),
            ("helpUri", .string(r.helpURI)),
            ("defaultConfiguration", .object([("level", .string(level(r.defaultSeverity)))])),
        ])
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
    static func physicalLocation(_ run: LintRun, _ id: String, _ r: Range<Int>, _ paths: OutputPaths, snippet: String?) -> JSONValue {
        let (s, e) = run.range(id, r)
        let (uri, base) = paths.sarifLocation(id)
        var artifact: [(String, JSONValue)] = [("uri", .string(uri))]
        if let base { artifact.append(("uriBaseId", .string(base))) }
        var region: [(String, JSONValue)] = [
            ("startLine", .number(Double(s.line + 1))), ("startColumn", .number(Double(s.character + 1))),
            ("endLine", .number(Double(e.line + 1))), ("endColumn", .number(Double(e.character + 1))),
        ]
        if let snippet { region.append(("snippet", .object([("text", .string(snippet))]))) }
        return .object([("artifactLocation", .object(artifact)), ("region", .object(region))])
    }

    static func pascalCase(_ code: String) -> String {
        code.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whitespace folded, so that re-wrapping a paragraph does not change a fingerprint.
    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
