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
        if o.paths.isEmpty { o.paths = ["."] }
        return o
    }
}
