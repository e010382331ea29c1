import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `grep -c '[0-9]'` pass over the benchmark corpus, timed in the same run as the lint figures. Every
/// lint figure is printed with its ratio to it: a throughput in MB/s says little on a machine whose speed
/// and load move between runs, a ratio to the cheapest pass that reads every byte moves much less.
struct GrepBaseline: Codable, Equatable {
    var files: Int
    var bytes: Int
    var seconds: Double
    /// User + system CPU seconds of the grep process.
    var cpuSeconds: Double
    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
    var megabytesPerCPUSecond: Double { Double(bytes) / 1_048_576 / cpuSeconds }

    /// How many times grep's cost per byte the lint run spent: CPU time per MB against CPU time per MB, so
    /// that a run on all cores compares like a run on one (wall time would credit lint with the second core).
    func ratio(_ run: LintMeasurement.Run) -> Double {
        guard run.bytes > 0, bytes > 0, cpuSeconds > 0 else { return .nan }
        let lintCost = run.cpuSeconds / Double(run.bytes)
        let grepCost = cpuSeconds / Double(bytes)
        return lintCost / grepCost
    }

    /// The ratio as the table prints it: "130×", or "—" when there is none.
    static func format(ratio: Double) -> String {
        guard ratio.isFinite else { return "—" }
        return ratio >= 10 ? String(format: "%.0f×", ratio) : String(format: "%.1f×", ratio)
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// `grep` on PATH, else /usr/bin/grep; nil when neither exists.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (path ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/bin"]
        return folders.map { ($0 as NSString).appendingPathComponent("grep") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Times `grep -r -c '[0-9]' folder` (output discarded) after one untimed pass, so both grep and the
    /// lint runs read from the page cache. `LC_ALL=C`: the pattern is ASCII, and the figure should not
    /// depend on the caller's locale.
    static func measure(folder: URL, files: Int, bytes: Int) throws -> GrepBaseline {
        guard let grep = locate() else { throw Missing(description: "no grep on PATH or in /usr/bin") }
        func pass() throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: grep)
            process.arguments = ["-r", "-c", "[0-9]", folder.path]
            process.environment = ProcessInfo.processInfo.environment.merging(["LC_ALL": "C"]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        _ = try pass()
        let cpu0 = childrenCPUSeconds()
        let start = BenchClock.now()
        let status = try pass()
        let seconds = BenchClock.seconds(since: start)
        // 0: a line matched, 1: none did; anything else is grep failing.
        guard status <= 1 else { throw Missing(description: "grep exited \(status)") }
        return GrepBaseline(files: files, bytes: bytes, seconds: seconds, cpuSeconds: childrenCPUSeconds() - cpu0)
    }

    /// User + system CPU seconds of the children this process has waited for.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}
