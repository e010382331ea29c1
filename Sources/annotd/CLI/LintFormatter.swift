import Foundation
import AnnotationCore

/// Renders a run's findings in the formats of SPEC §6; one file per format holds how.
enum LintFormatter {
    static func render(run: LintRun, findings: [(String, [Finding])], format: LintOptions.Format) -> [UInt8] {
        switch format {
        case .text: return Array(TextFormat.render(run, findings, colour: Terminal.wantsColour).utf8)
        case .line: return Array(LineFormat.render(run, findings).utf8)
        case .json: return JSONFormat.render(run, findings)
        case .sarif: return SARIFFormat.render(run, findings)
        case .github: return Array(GitHubFormat.render(run, findings).utf8)
        case .rdjsonl: return RDJSONLFormat.render(run, findings)
        case .checkstyle: return Array(CheckstyleFormat.render(run, findings).utf8)
        }
    }

    /// An LSP range (0-based, UTF-16), for `json` and `claims`: `{"start":{"line","character"},"end":…}`.
    /// `lines` is the document's (`LintRun.lines`), looked up once per document, not once per position.
    static func writeRange(_ out: inout JSONOutput, _ lines: LineIndex?, _ r: Range<Int>) {
        let (s, e) = (LintRun.position(lines, r.lowerBound), LintRun.position(lines, r.upperBound))
        out.beginObject()
        out.key("start")
        writePosition(&out, s)
        out.key("end")
        writePosition(&out, e)
        out.endObject()
    }

    private static func writePosition(_ out: inout JSONOutput, _ p: TextPosition) {
        out.beginObject()
        out.key("line")
        out.int(p.line)
        out.key("character")
        out.int(p.character)
        out.endObject()
    }

    static func writeTool(_ out: inout JSONOutput) {
        out.beginObject()
        out.key("name")
        out.string("annotd")
        out.key("version")
        out.string(AnnotdVersion.string)
        out.endObject()
    }
}
