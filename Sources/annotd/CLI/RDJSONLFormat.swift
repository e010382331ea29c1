import AnnotationCore

/// reviewdog's Diagnostic Format as JSON lines (`reviewdog -f=rdjsonl`): one diagnostic object per line.
/// reviewdog counts columns in UTF-8 bytes, 1-based, with an exclusive end, unlike the LSP-style formats.
enum RDJSONLFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                var d: [(String, JSONValue)] = [
                    ("message", .string(f.message)),
                    ("location", location(run, id, f.range, paths)),
                    ("severity", .string(severity(f.severity))),
                    ("source", .object([("name", .string("annotd")), ("url", .string(RuleCatalog.informationURI))])),
                ]
                var code: [(String, JSONValue)] = [("value", .string(f.code))]
                if let r = RuleCatalog.rule(f.code) { code.append(("url", .string(r.helpURI))) }
                d.append(("code", .object(code)))
                if !f.related.isEmpty {
                    d.append(("related_locations", .array(f.related.map { r in
                        .object([("message", .string(r.message)), ("location", location(run, r.document, r.range, paths))])
                    })))
                }
                out += JSONValue.object(d).serialized + "\n"
            }
        }
        return out
    }

    static func location(_ run: LintRun, _ id: String, _ r: Range<Int>, _ paths: OutputPaths) -> JSONValue {
        let s = run.position(id, r.lowerBound, encoding: .utf8)
        let e = run.position(id, r.upperBound, encoding: .utf8)
        func position(_ p: TextPosition) -> JSONValue {
            .object([("line", .number(Double(p.line + 1))), ("column", .number(Double(p.character + 1)))])
        }
        return .object([("path", .string(paths.relative(id))),
                        ("range", .object([("start", position(s)), ("end", position(e))]))])
    }

    /// reviewdog knows ERROR, WARNING and INFO.
    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "ERROR"
        case .warning: return "WARNING"
        case .information, .hint: return "INFO"
        }
    }
}
