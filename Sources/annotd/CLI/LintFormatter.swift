import Foundation
import AnnotationCore

/// Renders a run's findings in the formats of SPEC §6; one file per format holds how.
enum LintFormatter {
    static func render(run: LintRun, findings: [(String, [Finding])], format: LintOptions.Format) -> String {
        switch format {
        case .text: return TextFormat.render(run, findings, colour: Terminal.wantsColour)
        case .line: return LineFormat.render(run, findings)
        case .json: return JSONFormat.render(run, findings)
        case .sarif: return SARIFFormat.render(run, findings)
        case .github: return GitHubFormat.render(run, findings)
        case .rdjsonl: return RDJSONLFormat.render(run, findings)
        case .checkstyle: return CheckstyleFormat.render(run, findings)
        }
    }

    /// An LSP range (0-based, UTF-16) as JSON, for `json` and `claims`.
    static func rangeJSON(_ run: LintRun, _ id: String, _ r: Range<Int>) -> JSONValue {
        let (s, e) = run.range(id, r)
        return .object([
            ("start", .object([("line", .number(Double(s.line))), ("character", .number(Double(s.character)))])),
            ("end", .object([("line", .number(Double(e.line))), ("character", .number(Double(e.character)))])),
        ])
    }

    static let toolJSON: JSONValue = .object([("name", .string("annotd")), ("version", .string(AnnotdVersion.string))])
}
