import Foundation
import AnnotationCore

/// The closing lines of the text format, on stderr: what was listed, why the exit status is what it is, and
/// in one line what was found but not listed and how to list it. A newcomer's first run must read as
/// "here is what to act on", not as a failure or a wall of notes.
struct LintSummary {
    var files: Int
    var findings: [Finding]
    var minSeverity: Severity
    var failOn: Severity?
    var seconds: Double

    /// `4 files: 0 errors, 15 warnings (0.06 s); exit status 1 because of findings at or above --fail-on warning`
    /// `Not listed: 75 information (74 named-actor, 1 vague-source); to list them: --min-severity information`
    var lines: [String] {
        var out = [listed]
        if let hidden { out.append(hidden) }
        return out
    }

    var listed: String {
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        let levels = Severity.allCases.filter { $0 >= minSeverity || $0 >= .warning }
        let parts = levels.map { Self.count(counts[$0] ?? 0, $0) }
        var line = "\(Self.plural(files, "file")): \(parts.joined(separator: ", ")) (\(String(format: "%.2f", seconds)) s)"
        if let failOn, findings.contains(where: { $0.severity >= failOn }) {
            line += "; exit status 1 because of findings at or above --fail-on \(failOn.rawValue)"
        }
        return line
    }

    var hidden: String? {
        let below = findings.filter { $0.severity < minSeverity }
        guard !below.isEmpty else { return nil }
        let levels = Severity.allCases.filter { $0 < minSeverity }
        let parts: [String] = levels.compactMap { level in
            let here = below.filter { $0.severity == level }
            guard !here.isEmpty else { return nil }
            // Per code only when a level mixes codes: "75 information (74 named-actor, 1 vague-source)".
            let byCode = Dictionary(grouping: here, by: \.code).mapValues(\.count)
            let codes = byCode.keys.sorted()
            let named = codes.count == 1 ? codes : codes.map { "\(byCode[$0]!) \($0)" }
            return Self.count(here.count, level) + " (" + named.joined(separator: ", ") + ")"
        }
        let lowest = levels.last { level in below.contains { $0.severity == level } } ?? .hint
        return "Not listed: \(parts.joined(separator: ", ")); to list them: --min-severity \(lowest.rawValue)"
    }

    static func count(_ n: Int, _ s: Severity) -> String {
        s == .information ? "\(n) information" : plural(n, s.rawValue)
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
