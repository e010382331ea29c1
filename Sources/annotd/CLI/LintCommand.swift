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
        let all = run.allFindings()
        let shown = options.format == .text ? all.map { ($0.0, $0.1.filter { $0.severity >= options.minSeverity }) } : all
        let output = LintFormatter.render(run: run, findings: shown, format: options.format)
        FileHandle.standardOutput.write(Data(output))
        let failing = options.failOn.map { level in all.contains { $0.1.contains { $0.severity >= level } } } ?? false
        if options.format == .text {
            let summary = LintSummary(files: run.order.count, findings: all.flatMap(\.1), minSeverity: options.minSeverity,
                                      failOn: options.failOn, seconds: Date().timeIntervalSince(started))
            for line in summary.lines { CLIError.note(line, prefix: false) }
        }
        KeptUntilExit.keep((run, all, shown))
        return failing ? 1 : 0
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
