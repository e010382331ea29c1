import AnnotationCore

/// SPEC §8: LSP positions (0-based, UTF-16), paths as given, the engine's `data` per finding.
enum JSONFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])]) -> String {
        var files: [JSONValue] = []
        var byCode: [String: Int] = [:]
        var total = 0
        for (id, list) in findings {
            var diags: [JSONValue] = []
            for f in list {
                total += 1
                byCode[f.code, default: 0] += 1
                diags.append(.object([
                    ("range", LintFormatter.rangeJSON(run, id, f.range)),
                    ("severity", .string(f.severity.rawValue)),
                    ("code", .string(f.code)),
                    ("message", .string(f.message)),
                    ("relatedInformation", .array(f.related.map { r in
                        .object([("path", .string(r.document)), ("range", LintFormatter.rangeJSON(run, r.document, r.range)),
                                 ("message", .string(r.message))])
                    })),
                    ("data", data(run, f)),
                ]))
            }
            files.append(.object([("path", .string(id)), ("diagnostics", .array(diags))]))
        }
        let doc: JSONValue = .object([
            ("tool", LintFormatter.toolJSON),
            ("files", .array(files)),
            ("summary", .object([
                ("files", .number(Double(findings.count))),
                ("diagnostics", .number(Double(total))),
                ("byCode", .object(byCode.keys.sorted().map { ($0, .number(Double(byCode[$0]!))) })),
            ])),
        ])
        return doc.serialized + "\n"
    }

    /// The finding's data, with a `range` added to each of a conflict's `others` (SPEC §8). The engine
    /// knows only byte offsets; columns depend on the output's encoding, so they are added here, from the
    /// related locations, which the engine lists in the same order as `others`.
    static func data(_ run: LintRun, _ f: Finding) -> JSONValue {
        guard let data = f.data, case .object(var pairs) = data,
              let i = pairs.firstIndex(where: { $0.0 == "others" }), case .array(let others) = pairs[i].1,
              others.count == f.related.count else { return f.data ?? .null }
        pairs[i].1 = .array(zip(others, f.related).map { other, related in
            guard case .object(var o) = other, !o.contains(where: { $0.0 == "range" }) else { return other }
            let at = (o.firstIndex { $0.0 == "path" } ?? -1) + 1
            o.insert(("range", LintFormatter.rangeJSON(run, related.document, related.range)), at: at)
            return .object(o)
        })
        return .object(pairs)
    }
}
