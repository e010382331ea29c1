import Foundation
import AnnotationCore

/// GitHub Actions workflow commands (`::warning file=…,line=…::message`): each finding becomes an
/// annotation on the pull request's diff without uploading anything.
enum GitHubFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])], paths: OutputPaths = OutputPaths()) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                let (s, e) = run.range(id, f.range)
                var props: [(String, String)] = [("file", paths.relative(id)), ("line", "\(s.line + 1)")]
                // GitHub accepts columns only when the annotation starts and ends on one line; `endColumn`
                // is the 1-based column of the last character, which is the 0-based exclusive end.
                if s.line == e.line {
                    props += [("col", "\(s.character + 1)"), ("endLine", "\(e.line + 1)"), ("endColumn", "\(max(e.character, s.character + 1))")]
                } else {
                    props.append(("endLine", "\(e.line + 1)"))
                }
                let title = RuleCatalog.rule(f.code).map { "\($0.title) (\(f.code))" } ?? f.code
                props.append(("title", title))
                let rendered = props.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
                out += "::\(command(f.severity)) \(rendered)::\(escapeData(f.message))\n"
            }
        }
        return out
    }

    /// GitHub has error, warning and notice annotations.
    static func command(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "notice"
        }
    }

    /// The runner's rules (actions/toolkit `command.ts`): in the message, `%`, CR and LF are escaped…
    static func escapeData(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// …and in a property value also `:` and `,`, which would otherwise end the value.
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
