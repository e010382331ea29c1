import Foundation
import AnnotationCore

/// `annotd lint`: exit 0 clean, 1 findings at or above --fail-on, 2 usage/config/I-O error (SPEC §6).
enum LintCommand {
    static func run(_ args: [String]) -> Int32 {
        let started = Date()
        if args.contains("--help") || args.contains("-h") { print(Usage.text); return 0 }
        let options: LintOptions
        do { options = try LintOptions.parse(args) } catch {
            return CLIError.report("lint: \(error)")
        }
        let run: LintRun
        do { run = try LintRun.prepare(options) } catch {
            return CLIError.report("\(error)")
        }
        for s in run.skipped { CLIError.note(s.path.isEmpty ? s.why : "\(s.path): \(s.why)") }
        var all: [(String, [Finding])] = []
        for id in run.order { all.append((id, run.findings(id))) }
        let output = LintFormatter.render(run: run, findings: all, format: options.format)
        FileHandle.standardOutput.write(Data(output.utf8))
        if options.format == .text {
            CLIError.note(summary(files: run.order.count, findings: all.flatMap(\.1), seconds: Date().timeIntervalSince(started)),
                          prefix: false)
        }
        guard let failOn = options.failOn else { return 0 }
        return all.contains { $0.1.contains { $0.severity >= failOn } } ? 1 : 0
    }
}

extension LintCommand {
    /// `4 files, 14 findings: 0 errors, 13 warnings, 1 information, 0 hints (0.06 s)`.
    static func summary(files: Int, findings: [Finding], seconds: Double) -> String {
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let parts = Severity.allCases.map { s in
            s == .information ? "\(counts[s] ?? 0) information" : plural(counts[s] ?? 0, s.rawValue)
        }
        return "\(plural(files, "file")), \(plural(findings.count, "finding")): \(parts.joined(separator: ", "))"
            + " (\(String(format: "%.2f", seconds)) s)"
    }
}

/// Error and note lines on stderr.
enum CLIError {
    static func report(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("annotd: \(message)\n".utf8))
        return 2
    }

    static func note(_ message: String, prefix: Bool = true) {
        FileHandle.standardError.write(Data(((prefix ? "annotd: " : "") + message + "\n").utf8))
    }
}
