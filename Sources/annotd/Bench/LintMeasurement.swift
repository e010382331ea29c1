import Foundation
import Dispatch
import AnnotationCore

/// `lint` throughput of the in-process engine, the work `annotd lint` does after reading the files: decode,
/// analyse every file, fold the analyses into the workspace index, and compute every file's findings.
/// Files are held in memory first so that the figure is the engine's, not the disk's.
enum LintMeasurement {
    struct Run: Codable, Equatable {
        var files: Int
        var bytes: Int
        var threads: Int
        var seconds: Double
        var cpuSeconds: Double
        var findings: Int
        var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
        /// Throughput per CPU-second: steadier than wall time on a shared machine.
        var megabytesPerCPUSecond: Double { Double(bytes) / 1_048_576 / cpuSeconds }
    }

    struct Input: Sendable {
        var id: String
        var bytes: [UInt8]
    }

    static func inputs(_ documents: [CorpusGenerator.Document]) -> [Input] {
        documents.map { Input(id: $0.relativePath, bytes: Array($0.text.utf8)) }
    }

    /// One run over `inputs`, on one thread or on all cores (analysis and findings are per file and pure, so
    /// they spread over cores; the index is one value folded in order).
    static func run(_ inputs: [Input], parallel: Bool) -> Run {
        let analyzer = Analyzer()
        let engine = RuleEngine()
        let cpu0 = BenchClock.cpuSeconds()
        let start = BenchClock.now()
        let analyses = ResultSlots<DocumentAnalysis>(count: inputs.count)
        let analyse: @Sendable (Int) -> Void = { i in
            analyses.set(i, analyzer.analyze(SourceText(decoding: inputs[i].bytes), id: inputs[i].id))
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: inputs.count, execute: analyse)
        } else {
            for i in inputs.indices { analyse(i) }
        }
        var index = WorkspaceIndex()
        index.update(contentsOf: inputs.indices.map { analyses.get($0)! })
        let counts = ResultSlots<Int>(count: inputs.count)
        let frozen = index
        let find: @Sendable (Int) -> Void = { i in counts.set(i, engine.findings(for: inputs[i].id, in: frozen).count) }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: inputs.count, execute: find)
        } else {
            for i in inputs.indices { find(i) }
        }
        let seconds = BenchClock.seconds(since: start)
        let cpu = BenchClock.cpuSeconds() - cpu0
        return Run(files: inputs.count, bytes: inputs.reduce(0) { $0 + $1.bytes.count },
                   threads: parallel ? ProcessInfo.processInfo.activeProcessorCount : 1,
                   seconds: seconds, cpuSeconds: cpu, findings: (0..<inputs.count).reduce(0) { $0 + counts.get($1)! })
    }
}

/// Workspace indexing as the server and `lint` do it: walk the folder, read and analyse every file on all
/// cores, fold the analyses into the index.
enum IndexMeasurement {
    struct Result: Codable, Equatable {
        var files: Int
        var bytes: Int
        var walkSeconds: Double
        var readAndAnalyseSeconds: Double
        var indexSeconds: Double
        var totalSeconds: Double { walkSeconds + readAndAnalyseSeconds + indexSeconds }
    }

    static func run(root: URL) throws -> Result {
        let configuration = Configuration()
        let analyzer = Analyzer(configuration: configuration)
        let t0 = BenchClock.now()
        let files = try InputFileWalker(configuration: configuration) { _ in }.collect([root.path])
        let t1 = BenchClock.now()
        let loaded = try WorkspaceLoader.load(files, analyzer: analyzer, maxBytes: configuration.effectiveMaxFileBytes)
        let t2 = BenchClock.now()
        var index = WorkspaceIndex(tolerance: configuration.effectiveTolerance)
        index.update(contentsOf: loaded.analyses)
        let t3 = BenchClock.now()
        return Result(files: loaded.analyses.count, bytes: loaded.analyses.reduce(0) { $0 + $1.text.count },
                      walkSeconds: Double(t1 - t0) / 1e9, readAndAnalyseSeconds: Double(t2 - t1) / 1e9,
                      indexSeconds: Double(t3 - t2) / 1e9)
    }
}
