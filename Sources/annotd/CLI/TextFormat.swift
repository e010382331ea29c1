import AnnotationCore

/// `path:line:column: severity: message [code]`, 1-based, columns in UTF-16 code units like every other
/// format that follows LSP (SPEC §6).
enum TextFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])], colour: Bool) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                let p = run.position(id, f.range.lowerBound)
                let sev = colour ? Terminal.paint(f.severity) : f.severity.rawValue
                out += "\(id):\(p.line + 1):\(p.character + 1): \(sev): \(OneLine.flatten(f.message)) [\(f.code)]\n"
            }
        }
        return out
    }
}

/// Line-oriented formats need one finding per line whatever a message holds.
enum OneLine {
    static func flatten(_ s: String) -> String {
        guard s.contains(where: \.isNewline) else { return s }
        return s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
