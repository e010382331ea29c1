import Foundation
import AnnotationCore

/// Renders a run's findings in the formats of SPEC §6.
enum LintFormatter {
    static func render(run: LintRun, findings: [(String, [Finding])], format: LintOptions.Format) -> String {
        switch format {
        case .text: return text(run, findings, colour: Terminal.wantsColour)
        case .line: return line(run, findings)
        case .json: return json(run, findings)
        default: return json(run, findings)
        }
    }

    static func text(_ run: LintRun, _ findings: [(String, [Finding])], colour: Bool) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                let p = run.position(id, f.range.lowerBound)
                let sev = colour ? Terminal.paint(f.severity) : f.severity.rawValue
                out += "\(id):\(p.line + 1):\(p.character + 1): \(sev): \(f.message) [\(f.code)]\n"
            }
        }
        return out
    }

    static func line(_ run: LintRun, _ findings: [(String, [Finding])]) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                let p = run.position(id, f.range.lowerBound)
                out += "\(id):\(p.line + 1):\(p.character + 1):\(f.code):\(f.message)\n"
            }
        }
        return out
    }

    static func rangeJSON(_ run: LintRun, _ id: String, _ r: Range<Int>) -> JSONValue {
        let (s, e) = run.range(id, r)
        return .object([
            ("start", .object([("line", .number(Double(s.line))), ("character", .number(Double(s.character)))])),
            ("end", .object([("line", .number(Double(e.line))), ("character", .number(Double(e.character)))])),
        ])
    }

    static func json(_ run: LintRun, _ findings: [(String, [Finding])]) -> String {
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
                    ("data", f.data ?? .null),
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
        return doc.serialized + "\n"
    }

    static let toolJSON: JSONValue = .object([("name", .string("annotd")), ("version", .string(AnnotdVersion.string))])
}

/// Colour on a terminal only, never with NO_COLOR.
enum Terminal {
    static var wantsColour: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }

    static func paint(_ s: Severity) -> String {
        let code: String
        switch s {
        case .error: code = "31"
        case .warning: code = "33"
        case .information: code = "36"
        case .hint: code = "2"
        }
        return "\u{1B}[\(code)m\(s.rawValue)\u{1B}[0m"
    }
}
