import Foundation
import AnnotationCore

/// `annotd bench`: generates the corpus, measures every SPEC §10 figure and prints them against their targets.
/// A missed target is reported, not an error: the exit code is 0 unless the benchmark itself could not run.
enum BenchCommand {
    static func run(_ args: [String]) -> Int32 {
        let options: BenchOptions
        do { options = try BenchOptions.parse(args) } catch {
            return CLIError.report("bench: \(error)")
        }
        do {
            let report = try measure(options)
            print(report.table())
            if let path = options.jsonPath {
                try report.json().write(to: URL(fileURLWithPath: path))
            }
            return 0
        } catch {
            return CLIError.report("bench: \(error)")
        }
    }

    static func progress(_ message: String) {
        CLIError.note("bench: \(message)", prefix: false)
    }

    static func measure(_ options: BenchOptions) throws -> BenchReport {
        let loadAtStart = BenchClock.loadAverage()
        let generator = CorpusGenerator(seed: options.seed, disputeRate: options.disputes)
        let folder = URL(fileURLWithPath: options.directory
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("annotd-bench-\(options.seed)-\(getpid())"))
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The server's stderr, next to the corpus (not in it, where it would be a workspace file).
        let serverLog = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + ".server.log")
        defer {
            if !options.keep && options.directory == nil {
                try? FileManager.default.removeItem(at: folder)
                try? FileManager.default.removeItem(at: serverLog)
            }
        }

        progress("generating \(options.files) files and a \(options.bigKB) KB file in \(folder.path)")
        let documents = generator.files(0..<options.files)
        let big = generator.bigFile(kilobytes: options.bigKB)
        try CorpusGenerator.write(documents + [big], to: folder)
        let corpusBytes = documents.reduce(big.text.utf8.count) { $0 + $1.text.utf8.count }

        progress("grep -c '[0-9]' over the corpus (the baseline of the lint ratios)")
        var grep: GrepBaseline?
        var grepError: String?
        do { grep = try GrepBaseline.measure(folder: folder, files: documents.count + 1, bytes: corpusBytes) }
        catch { grepError = "\(error)" }

        // Lint: 1x is a tenth of the workspace; larger scales take more files (generated when past it).
        let base = options.lintBaseFiles
        let largest = base * (options.scales.max() ?? 1)
        let lintDocs = largest <= documents.count ? Array(documents.prefix(largest))
            : documents + generator.files(documents.count..<largest)
        let inputs = LintMeasurement.inputs(lintDocs)
        progress("lint: warm-up, then 1 thread and all cores over \(base) files, then scales \(options.scales)")
        _ = LintMeasurement.run(Array(inputs.prefix(min(base, 200))), parallel: true)
        let single = LintMeasurement.run(Array(inputs.prefix(base)), parallel: false)
        let all = LintMeasurement.run(Array(inputs.prefix(base)), parallel: true)
        var scales: [BenchReport.Scale] = []
        for s in options.scales.sorted() {
            let run = LintMeasurement.run(Array(inputs.prefix(base * s)), parallel: true)
            progress("lint \(s)x: \(String(format: "%.1f", run.megabytesPerSecond)) MB/s")
            scales.append(BenchReport.Scale(scale: s, run: run))
        }

        progress("indexing the workspace in-process")
        let index = try IndexMeasurement.run(root: folder)

        var server: ServerMeasurement.Result?
        var serverError: String?
        if !options.skipServer {
            progress("server: initialize, index, \(options.edits) edits, \(options.hovers) hovers over stdio")
            let binary = options.serverBinary ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            let small = CorpusGenerator.nearest(toBytes: CorpusGenerator.typicalFileBytes, in: documents.prefix(100))
            let measurement = ServerMeasurement(binary: binary, root: folder, bigFile: folder.appendingPathComponent(big.relativePath),
                                                smallFile: folder.appendingPathComponent(small.relativePath),
                                                edits: options.edits, editPause: Double(options.editPauseMilliseconds) / 1000,
                                                hovers: options.hovers,
                                                stderrLog: serverLog)
            do { server = try measurement.run() } catch { serverError = "\(error)" }
        }

        var report = BenchReport(
            conditions: .init(date: ISO8601DateFormatter().string(from: Date()),
                              cores: ProcessInfo.processInfo.activeProcessorCount,
                              loadAverageAtStart: loadAtStart, loadAverageAtEnd: BenchClock.loadAverage(),
                              seed: options.seed, disputes: options.disputes, editPauseMilliseconds: options.editPauseMilliseconds,
                              build: buildKind),
            corpus: .init(files: options.files + 1, bytes: corpusBytes, bigFileBytes: big.text.utf8.count, folder: folder.path),
            lintSingleThread: single, lintAllCores: all, lintScales: scales, index: index,
            grep: grep, grepError: grepError, server: server, serverError: serverError)
        report.evaluate()
        return report
    }

    static var buildKind: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }
}
