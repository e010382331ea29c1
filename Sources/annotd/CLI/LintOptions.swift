import AnnotationCore

/// Options shared by `lint` and `claims`.
struct LintOptions {
    enum Format: String, CaseIterable {
        case text, line, json, sarif, github, rdjsonl, checkstyle
    }

    var paths: [String] = []
    var format: Format = .text
    var failOn: Severity? = .warning
    var configPath: String?
    var useConfigFiles = true
    var ruleOverrides: [String: RuleSetting] = [:]
    var stdinFilename: String?
    /// The least severe finding the text format lists (Vale's MinAlertLevel); the rest are counted in one
    /// line. Other formats are read by programs and keep every finding the configuration enables.
    var minSeverity: Severity = .warning

    static func parse(_ args: [String]) throws -> LintOptions {
        var o = LintOptions()
        var a = Arguments(args)
        while let arg = a.next() {
            if let v = try a.value(for: "--format", arg) {
                guard let f = Format(rawValue: v) else {
                    throw Arguments.UsageError(description: "--format: unknown format '\(v)' (one of \(Format.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                o.format = f
            } else if let v = try a.value(for: "--fail-on", arg) {
                if v == "never" { o.failOn = nil }
                else if let s = Severity(rawValue: v) { o.failOn = s }
                else { throw Arguments.UsageError(description: "--fail-on: expected error, warning, information, hint or never, got '\(v)'") }
            } else if let v = try a.value(for: "--config", arg) {
                o.configPath = v
            } else if arg == "--no-config" {
                o.useConfigFiles = false
            } else if let v = try a.value(for: "--rule", arg) {
                let parts = v.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw Arguments.UsageError(description: "--rule: expected CODE=LEVEL, got '\(v)'") }
                guard RuleCatalog.rule(parts[0]) != nil else {
                    throw Arguments.UsageError(description: "--rule: unknown rule '\(parts[0])' (known: \(RuleCatalog.codes.joined(separator: ", ")))")
                }
                guard let s = RuleSetting(parts[1]) else {
                    throw Arguments.UsageError(description: "--rule: expected off, error, warning, information or hint for \(parts[0]), got '\(parts[1])'")
                }
                o.ruleOverrides[parts[0]] = s
            } else if let v = try a.value(for: "--min-severity", arg) {
                guard let s = Severity(rawValue: v) else {
                    throw Arguments.UsageError(description: "--min-severity: expected error, warning, information or hint, got '\(v)'")
                }
                o.minSeverity = s
            } else if let v = try a.value(for: "--stdin-filename", arg) {
                o.stdinFilename = v
            } else if arg == "-" {
                o.paths.append(arg)
            } else if arg.hasPrefix("-") {
                throw Arguments.UsageError(description: "unknown option '\(arg)'")
            } else {
                o.paths.append(arg)
            }
        }
        // Without '-' the name would silently apply to nothing while '.' is linted instead.
        if o.stdinFilename != nil, !o.paths.contains("-") {
            throw Arguments.UsageError(description: "--stdin-filename names text read from stdin: add '-' to the paths (annotd lint - --stdin-filename NAME)")
        }
        if o.paths.isEmpty { o.paths = ["."] }
        return o
    }
}
