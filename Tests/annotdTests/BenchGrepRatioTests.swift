import Foundation
import Testing
@testable import annotd

/// The "× grep" column of `annotd bench`: arithmetic and formatting only (no test times anything).
@Suite struct BenchGrepRatioTests {
    static let megabyte = 1_048_576

    func run(bytes: Int, cpuSeconds: Double, threads: Int = 1) -> LintMeasurement.Run {
        LintMeasurement.Run(files: 10, bytes: bytes, threads: threads, seconds: cpuSeconds / Double(threads),
                            cpuSeconds: cpuSeconds, findings: 7)
    }

    func report(grep: GrepBaseline?, grepError: String? = nil) -> BenchReport {
        let one = run(bytes: Self.megabyte, cpuSeconds: 0.5)
        return BenchReport(
            conditions: .init(date: "2026-11-30T00:00:00Z", cores: 2, loadAverageAtStart: 0, loadAverageAtEnd: 0,
                              seed: 1, disputes: 0, build: "debug"),
            corpus: .init(files: 11, bytes: 2 * Self.megabyte, bigFileBytes: 1024, folder: "/tmp/x"),
            lintSingleThread: one, lintAllCores: run(bytes: Self.megabyte, cpuSeconds: 0.6, threads: 2),
            lintScales: [.init(scale: 2, run: run(bytes: 2 * Self.megabyte, cpuSeconds: 1.4, threads: 2))],
            index: .init(files: 11, bytes: 2 * Self.megabyte, walkSeconds: 0, readAndAnalyseSeconds: 1, indexSeconds: 0),
            grep: grep, grepError: grepError, server: nil, serverError: nil)
    }

    @Test func theRatioIsCPUTimePerByteOverGrepsCPUTimePerByte() {
        // grep: 4 MB in 0.02 CPU-s, i.e. 0.005 s per MB. Lint: 0.5 s per MB, 100 times as much.
        let grep = GrepBaseline(files: 11, bytes: 4 * Self.megabyte, seconds: 0.03, cpuSeconds: 0.02)
        #expect(abs(grep.ratio(run(bytes: Self.megabyte, cpuSeconds: 0.5)) - 100) < 1e-9)
        // Twice the bytes for twice the CPU time is the same ratio, whatever the number of threads.
        #expect(abs(grep.ratio(run(bytes: 2 * Self.megabyte, cpuSeconds: 1.0, threads: 2)) - 100) < 1e-9)
        #expect(abs(grep.megabytesPerCPUSecond - 200) < 1e-9)
    }

    @Test func aRatioWithoutMeasurementIsNotANumber() {
        let idle = GrepBaseline(files: 1, bytes: 100, seconds: 0.001, cpuSeconds: 0)
        #expect(idle.ratio(run(bytes: 100, cpuSeconds: 1)).isNaN)
        #expect(GrepBaseline.format(ratio: .nan) == "—")
    }

    @Test func ratiosAreWholeFromTenUpAndOneDecimalBelow() {
        #expect(GrepBaseline.format(ratio: 130.4) == "130×")
        #expect(GrepBaseline.format(ratio: 10) == "10×")
        #expect(GrepBaseline.format(ratio: 3.46) == "3.5×")
    }

    @Test func everyLintRowCarriesItsRatioAndTheBaselineIsNamed() {
        let grep = GrepBaseline(files: 11, bytes: 2 * Self.megabyte, seconds: 0.01, cpuSeconds: 0.01)
        let lines = report(grep: grep).table().split(separator: "\n").map(String.init)
        let header = try! #require(lines.first { $0.hasPrefix("run ") })
        #expect(header.hasSuffix("× grep"))
        // 0.5 CPU-s per MB against 0.005: 100×; 0.6 → 120×; 1.4 s over 2 MB → 140×.
        #expect(lines.contains { $0.hasPrefix("1 thread, 1x") && $0.hasSuffix(" 100×") })
        #expect(lines.contains { $0.hasPrefix("2 threads, 1x") && $0.hasSuffix(" 120×") })
        #expect(lines.contains { $0.hasPrefix("2 threads, 2x") && $0.hasSuffix(" 140×") })
        #expect(lines.contains { $0.hasPrefix("× grep: ") && $0.contains("11 files, 2.0 MB") && $0.contains("200.0 MB/CPU-s") })
    }

    @Test func withoutGrepTheRowsSayWhy() throws {
        let lines = report(grep: nil, grepError: "no grep on PATH or in /usr/bin").table().split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("1 thread, 1x") && $0.hasSuffix(" —") })
        #expect(lines.contains { $0 == "× grep: not measured (no grep on PATH or in /usr/bin)" })
    }

    @Test func grepIsFoundOnThePathGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grep-locate-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("grep")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(GrepBaseline.locate(path: folder.path) == fake.path)
    }
}
