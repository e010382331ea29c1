import AnnotationCore

/// `path:line:col:code:message`, 1-based (SPEC §6): for editors' and scripts' errorformat-style parsers.
enum LineFormat {
    static func render(_ run: LintRun, _ findings: [(String, [Finding])]) -> String {
        var out = ""
        for (id, list) in findings {
            for f in list {
                let p = run.position(id, f.range.lowerBound)
                out += "\(id):\(p.line + 1):\(p.character + 1):\(f.code):\(OneLine.flatten(f.message))\n"
            }
        }
        return out
    }
}
