import AnnotationCore

/// Checkstyle XML, which Jenkins warnings-ng, GitLab converters, reviewdog (`-f=checkstyle`) and many other
/// CI tools read. Every linted file gets a `<file>` element, with or without findings, as Checkstyle does.
enum CheckstyleFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for (id, list) in findings {
            out += "  <file name=\"\(XMLEscaping.attribute(id))\">\n"
            for f in list {
                let p = run.position(id, f.range.lowerBound)
                out += "    <error line=\"\(p.line + 1)\" column=\"\(p.character + 1)\" severity=\"\(severity(f.severity))\""
                out += " message=\"\(XMLEscaping.attribute(f.message))\" source=\"annotd.\(XMLEscaping.attribute(f.code))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    /// Checkstyle's levels are error, warning, info and ignore.
    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "info"
        }
    }
}

/// XML 1.0 attribute values: markup characters as entities, line breaks and tabs as character references
/// (a literal one would be normalised to a space by the reader), and characters XML cannot carry at all
/// (other controls, lone surrogates cannot occur in a Swift String) replaced by U+FFFD.
enum XMLEscaping {
    static func attribute(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
