import Foundation
import AnnotationCore
@testable import annotd

/// How `lint --format json|sarif|rdjsonl` and `annotd claims` wrote their documents before they were
/// written straight into bytes (main 428c42b): a `JSONValue` tree per document, serialized by the
/// function below (a copy of `JSONValue.serialized(into:)` as it was). `OutputWriterTests` compares
/// every byte of the new writers with these, so a writer that drifts from the old output fails.
enum OutputReference {
    // MARK: the serializer as it was

    static func text(_ v: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        serialize(v, into: &out)
        return out
    }

    static func serialize(_ v: JSONValue, into out: inout [UInt8]) {
        switch v {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let d):
            if !d.isFinite { out += Array("null".utf8) }
            else if d == d.rounded(), abs(d) < 9.007e15 { out += String(Int64(d)).utf8 }
            else { out += "\(d)".utf8 }
        case .string(let s): escape(s, into: &out)
        case .array(let a):
            out.append(0x5B)
            for (i, e) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                serialize(e, into: &out)
            }
            out.append(0x5D)
        case .object(let o):
            out.append(0x7B)
            for (i, (k, e)) in o.enumerated() {
                if i > 0 { out.append(0x2C) }
                escape(k, into: &out)
                out.append(0x3A)
                serialize(e, into: &out)
            }
            out.append(0x7D)
        }
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    // MARK: the documents as they were built

    static func rangeJSON(_ run: LintRun, _ id: String, _ r: Range<Int>) -> JSONValue {
        let (s, e) = run.range(id, r)
        return .object([
            ("start", .object([("line", .number(Double(s.line))), ("character", .number(Double(s.character)))])),
            ("end", .object([("line", .number(Double(e.line))), ("character", .number(Double(e.character)))])),
        ])
    }

    static let toolJSON: JSONValue = .object([("name", .string("annotd")), ("version", .string(AnnotdVersion.string))])

    static func json(_ run: LintRun, _ findings: [(String, [Finding])]) -> [UInt8] {
        var files: [JSONValue] = []
        var byCode: [String: Int] = [:]
        var total = 0
        for (id, list) in findings {
            var diags: [JSONValue] = []
            for f in list {
                total += 1
                byCode[f.code, default: 0] += 1
                diags.append(.object([
                    ("range", rangeJSON(run, id, f.range)),
                    ("severity", .string(f.severity.rawValue)),
                    ("code", .string(f.code)),
                    ("message", .string(f.message)),
                    ("relatedInformation", .array(f.related.map { r in
                        .object([("path", .string(r.document)), ("range", rangeJSON(run, r.document, r.range)),
                                 ("message", .string(r.message))])
                    })),
                    ("data", data(run, f)),
                ]))
            }
            files.append(.object([("path", .string(id)), ("diagnostics", .array(diags))]))
        }
        let doc: JSONValue = .object([
            ("tool", toolJSON),
            ("files", .array(files)),
            ("summary", .object([
                ("files", .number(Double(findings.count))),
                ("diagnostics", .number(Double(total))),
                ("byCode", .object(byCode.keys.sorted().map { ($0, .number(Double(byCode[$0]!))) })),
            ])),
        ])
        return text(doc) + [0x0A]
    }

    static func data(_ run: LintRun, _ f: Finding) -> JSONValue {
        guard let data = f.data, case .object(var pairs) = data,
              let i = pairs.firstIndex(where: { $0.0 == "others" }), case .array(let others) = pairs[i].1,
              others.count == f.related.count else { return f.data ?? .null }
        pairs[i].1 = .array(zip(others, f.related).map { other, related in
            guard case .object(var o) = other, !o.contains(where: { $0.0 == "range" }) else { return other }
            let at = (o.firstIndex { $0.0 == "path" } ?? -1) + 1
            o.insert(("range", rangeJSON(run, related.document, related.range)), at: at)
            return .object(o)
        })
        return .object(pairs)
    }

    static func sarif(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> [UInt8] {
        var results: [JSONValue] = []
        for (id, list) in findings {
            var seen: [String: Int] = [:]
            for f in list {
                let covered = run.coveredText(id, f.range)
                let key = f.code + "\u{0}" + covered
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                let fingerprint = StableHash.hex([f.code, paths.relative(id), SARIFFormat.normalised(covered), String(occurrence)].joined(separator: "\u{0}"))
                var result: [(String, JSONValue)] = [("ruleId", .string(f.code))]
                if let i = RuleCatalog.index(of: f.code) { result.append(("ruleIndex", .number(Double(i)))) }
                result += [
                    ("level", .string(SARIFFormat.level(f.severity))),
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
                result.append(("partialFingerprints", .object([(SARIFFormat.fingerprintKey, .string(fingerprint))])))
                results.append(.object(result))
            }
        }
        let notifications: [JSONValue] = run.skipped.map { s in
            .object([("level", .string("note")),
                     ("message", .object([("text", .string(s.path.isEmpty ? s.why : "\(s.path): \(s.why)"))]))])
        }
        let driver: JSONValue = .object([
            ("name", .string("annotd")),
            ("version", .string(AnnotdVersion.string)),
            ("semanticVersion", .string(AnnotdVersion.string)),
            ("informationUri", .string(RuleCatalog.informationURI)),
            ("rules", .array(RuleCatalog.all.map(rule))),
        ])
        let sarif: JSONValue = .object([
            ("$schema", .string(SARIFFormat.schemaURI)),
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
        return text(sarif) + [0x0A]
    }

    static func rule(_ r: RuleInfo) -> JSONValue {
        .object([
            ("id", .string(r.code)),
            ("name", .string(SARIFFormat.pascalCase(r.code))),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.summary + " " + r.details))])),
            ("help", .object([("text", .string(RuleExplanation.text(r))),
                              ("markdown", .string(RuleExplanation.markdown(r, heading: "###")))])),
            ("helpUri", .string(r.helpURI)),
            ("defaultConfiguration", .object([("level", .string(SARIFFormat.level(r.defaultSeverity)))])),
        ])
    }

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

    static func rdjsonl(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> [UInt8] {
        var out: [UInt8] = []
        for (id, list) in findings {
            for f in list {
                var d: [(String, JSONValue)] = [
                    ("message", .string(f.message)),
                    ("location", location(run, id, f.range, paths)),
                    ("severity", .string(RDJSONLFormat.severity(f.severity))),
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
                out += text(.object(d)) + [0x0A]
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

    static func claims(_ run: LintRun) -> [UInt8] {
        var files: [JSONValue] = []
        for id in run.order {
            guard let doc = run.index.documents[id] else { continue }
            var workspaceName: [String: String] = [:]
            for m in doc.mentions where workspaceName[m.name] == nil {
                if let a = run.index.actors.actor(document: id, mention: m) { workspaceName[m.name] = a.name }
            }
            let figures: [JSONValue] = doc.figures.map { f in
                guard case .object(var pairs) = FigureJSON.object(f) else { return .null }
                if let i = pairs.firstIndex(where: { $0.0 == "actors" }) {
                    var seen = Set<String>()
                    let names = f.actors.map { workspaceName[$0] ?? $0 }.filter { seen.insert($0).inserted }
                    pairs[i].1 = .array(names.map { .string($0) })
                }
                pairs.insert(("range", rangeJSON(run, id, f.range)), at: 1)
                pairs.append(("claim", .bool(f.isClaim)))
                pairs.append(("kind", .string(f.kind.rawValue)))
                if let id = f.identity { pairs.append(("identity", OutputReference.identity(id))) }
                return .object(pairs)
            }
            var byName: [String: (ActorKind, [ActorMention])] = [:]
            var names: [String] = []
            for m in doc.mentions {
                guard let actor = run.index.actors.actor(document: id, mention: m) else { continue }
                let name = actor.name
                if byName[name] == nil { names.append(name); byName[name] = (actor.kind, []) }
                byName[name]!.1.append(m)
            }
            let actors: [JSONValue] = names.map { name in
                let (kind, ms) = byName[name]!
                return .object([
                    ("name", .string(name)), ("kind", .string(kind.rawValue)),
                    ("mentions", .array(ms.map { .object([("text", .string($0.text)), ("range", rangeJSON(run, id, $0.range))]) })),
                ])
            }
            files.append(.object([("path", .string(id)), ("figures", .array(figures)), ("actors", .array(actors))]))
        }
        let conflicts: [JSONValue] = run.index.conflictSets().map { set in
            .object([("figures", .array(set.map { ref in
                .object([("path", .string(ref.document)), ("range", rangeJSON(run, ref.document, ref.figure.range)),
                         ("text", .string(ref.figure.text))])
            }))])
        }
        let doc: JSONValue = .object([("tool", toolJSON), ("files", .array(files)), ("conflicts", .array(conflicts))])
        return text(doc) + [0x0A]
    }
}

extension OutputReference {
    /// A claim's identity as the tree `annotd claims` built before it was written straight into bytes.
    static func identity(_ id: ClaimIdentity) -> JSONValue {
        .object([
            ("counted", .string(id.head)),
            ("narrowing", .array(id.narrowing.map { .string($0) })),
            ("exclusions", .array(id.exclusions.map { .string($0) })),
            ("participants", .array(id.participants.map { .string($0) })),
            ("recipients", .array(id.recipients.map { .string($0) })),
            ("when", .array(id.anchor.marks.map { .string($0) })),
            ("measure", .string(id.measure)),
            ("form", .string(id.form.rawValue)),
            ("intent", .string(id.intent)),
            ("per", .string(id.per)),
        ])
    }
}
