import Foundation
import AnnotationCore

/// `annotd lint`: exit 0 clean, 1 findings at or above --fail-on, 2 usage/config/I-O error (SPEC §6).
enum LintCommand {
    static func run(_ args: [String]) -> Int32 {
        let started = Date()
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
        let counts = Dictionary(grouping: all.flatMap(\.1), by: \.severity).mapValues(\.count)
        if options.format == .text {
            let parts = Severity.allCases.reversed().reversed().map { "\(counts[$0] ?? 0) \($0.rawValue)" }
            let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
            CLIError.note("\(run.order.count) files, \(parts.joined(separator: ", ")) in \(elapsed) s", prefix: false)
        }
        guard let failOn = options.failOn else { return 0 }
        return all.contains { $0.1.contains { $0.severity >= failOn } } ? 1 : 0
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
