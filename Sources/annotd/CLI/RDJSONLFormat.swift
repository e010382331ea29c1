import AnnotationCore

/// reviewdog's Diagnostic Format as JSON lines (`reviewdog -f=rdjsonl`): one diagnostic object per line.
/// reviewdog counts columns in UTF-8 bytes, 1-based, with an exclusive end, unlike the LSP-style formats.
enum RDJSONLFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> [UInt8] {
        var out = JSONOutput(capacity: 1 << 16)
        for (id, list) in findings {
            let lines = run.lines(id)
            for f in list {
                diagnostic(&out, run, f, id, lines, paths)
                out.newline()
            }
        }
        return out.bytes
    }

    /// `{"message","location","severity","source":{"name","url"},"code":{"value","url"},"related_locations"}`.
    static func diagnostic(_ out: inout JSONOutput, _ run: LintRun, _ f: Finding, _ id: String, _ lines: LineIndex?,
                           _ paths: OutputPaths) {
        out.beginObject()
        out.key("message")
        out.string(f.message)
        out.key("location")
        location(&out, lines, id, f.range, paths)
        out.key("severity")
        out.string(severity(f.severity))
        out.key("source")
        out.beginObject()
        out.key("name")
        out.string("annotd")
        out.key("url")
        out.string(RuleCatalog.informationURI)
        out.endObject()
        out.key("code")
        out.beginObject()
        out.key("value")
        out.string(f.code)
        if let r = RuleCatalog.rule(f.code) {
            out.key("url")
            out.string(r.helpURI)
        }
        out.endObject()
        if !f.related.isEmpty {
            out.key("related_locations")
            out.beginArray()
            for r in f.related {
                out.beginObject()
                out.key("message")
                out.string(r.message)
                out.key("location")
                location(&out, run.lines(r.document), r.document, r.range, paths)
                out.endObject()
            }
            out.endArray()
        }
        out.endObject()
    }

    static func location(_ out: inout JSONOutput, _ lines: LineIndex?, _ id: String, _ r: Range<Int>, _ paths: OutputPaths) {
        out.beginObject()
        out.key("path")
        out.string(paths.relative(id))
        out.key("range")
        out.beginObject()
        out.key("start")
        position(&out, LintRun.position(lines, r.lowerBound, encoding: .utf8))
        out.key("end")
        position(&out, LintRun.position(lines, r.upperBound, encoding: .utf8))
        out.endObject()
        out.endObject()
    }

    private static func position(_ out: inout JSONOutput, _ p: TextPosition) {
        out.beginObject()
        out.key("line")
        out.int(p.line + 1)
        out.key("column")
        out.int(p.character + 1)
        out.endObject()
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
