import AnnotationCore

/// SPEC §8: LSP positions (0-based, UTF-16), paths as given, the engine's `data` per finding. Written
/// straight into bytes, in the order of `{"tool","files":[{"path","diagnostics":[…]}],"summary"}`.
enum JSONFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])]) -> [UInt8] {
        var out = JSONOutput(capacity: 1 << 16)
        var byCode: [String: Int] = [:]
        var total = 0
        out.beginObject()
        out.key("tool")
        LintFormatter.writeTool(&out)
        out.key("files")
        out.beginArray()
        for (id, list) in findings {
            let lines = run.lines(id)
            out.beginObject()
            out.key("path")
            out.string(id)
            out.key("diagnostics")
            out.beginArray()
            for f in list {
                total += 1
                byCode[f.code, default: 0] += 1
                diagnostic(&out, run, f, lines)
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.key("summary")
        out.beginObject()
        out.key("files")
        out.int(findings.count)
        out.key("diagnostics")
        out.int(total)
        out.key("byCode")
        out.beginObject()
        for code in byCode.keys.sorted() {
            out.key(escaping: code)
            out.int(byCode[code]!)
        }
        out.endObject()
        out.endObject()
        out.endObject()
        out.newline()
        return out.bytes
    }

    /// `{"range","severity","code","message","relatedInformation":[{"path","range","message"}],"data"}`.
    static func diagnostic(_ out: inout JSONOutput, _ run: LintRun, _ f: Finding, _ lines: LineIndex?) {
        out.beginObject()
        out.key("range")
        LintFormatter.writeRange(&out, lines, f.range)
        out.key("severity")
        out.string(f.severity.rawValue)
        out.key("code")
        out.string(f.code)
        out.key("message")
        out.string(f.message)
        out.key("relatedInformation")
        out.beginArray()
        for r in f.related {
            out.beginObject()
            out.key("path")
            out.string(r.document)
            out.key("range")
            LintFormatter.writeRange(&out, run.lines(r.document), r.range)
            out.key("message")
            out.string(r.message)
            out.endObject()
        }
        out.endArray()
        out.key("data")
        data(&out, run, f)
        out.endObject()
    }

    /// The finding's data, with a `range` added to each of a conflict's `others` (SPEC §8), after its
    /// `path`. The engine knows only byte offsets; columns depend on the output's encoding, so they are
    /// added here, from the related locations, which the engine lists in the same order as `others`.
    static func data(_ out: inout JSONOutput, _ run: LintRun, _ f: Finding) {
        guard let data = f.data else { return out.null() }
        guard case .object(let pairs) = data, let i = pairs.firstIndex(where: { $0.0 == "others" }),
              case .array(let others) = pairs[i].1, others.count == f.related.count else { return out.value(data) }
        out.beginObject()
        for (k, (key, value)) in pairs.enumerated() {
            out.key(escaping: key)
            guard k == i else { out.value(value); continue }
            out.beginArray()
            for (other, related) in zip(others, f.related) { self.other(&out, run, other, related) }
            out.endArray()
        }
        out.endObject()
    }

    /// One of a conflict's other figures, with its range (unless it has one already).
    static func other(_ out: inout JSONOutput, _ run: LintRun, _ other: JSONValue, _ related: RelatedLocation) {
        guard case .object(let o) = other, !o.contains(where: { $0.0 == "range" }) else { return out.value(other) }
        let at = (o.firstIndex { $0.0 == "path" } ?? -1) + 1
        out.beginObject()
        for (j, (key, value)) in o.enumerated() {
            if j == at { range(&out, run, related) }
            out.key(escaping: key)
            out.value(value)
        }
        if at == o.count { range(&out, run, related) }
        out.endObject()
    }

    private static func range(_ out: inout JSONOutput, _ run: LintRun, _ related: RelatedLocation) {
        out.key("range")
        LintFormatter.writeRange(&out, run.lines(related.document), related.range)
    }
}
