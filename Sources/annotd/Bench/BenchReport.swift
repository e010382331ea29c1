import Foundation

/// Everything one `annotd bench` run measured, with the conditions it ran under; printed as a table and
/// written as JSON.
struct BenchReport: Codable {
    struct Conditions: Codable {
        var date: String
        var cores: Int
        var loadAverageAtStart: Double
        var loadAverageAtEnd: Double
        var seed: UInt64
        var disputes: Double
        /// The client's wait before each edit (`--edit-pause`).
        var editPauseMilliseconds: Int = 0
        var build: String
    }

    struct Corpus: Codable {
        var files: Int
        var bytes: Int
        var bigFileBytes: Int
        var folder: String
    }

    struct Scale: Codable {
        var scale: Int
        var run: LintMeasurement.Run
    }

    /// One SPEC §10 figure against its target.
    struct Check: Codable {
        var name: String
        var measured: Double
        var unit: String
        var target: String
        var ok: Bool
    }

    var conditions: Conditions
    var corpus: Corpus
    var lintSingleThread: LintMeasurement.Run
    var lintAllCores: LintMeasurement.Run
    var lintScales: [Scale]
    var index: IndexMeasurement.Result
    /// One `grep -c '[0-9]'` pass over the corpus in the same run; nil (and why) when grep could not run.
    var grep: GrepBaseline?
    var grepError: String?
    var server: ServerMeasurement.Result?
    var serverError: String?
    var checks: [Check] = []

    /// MB/s at the largest scale over MB/s at the smallest: 1 is perfectly linear cost; below 0.8 the cost
    /// grows faster than the input.
    var linearity: Double {
        guard let first = lintScales.first, let last = lintScales.last else { return 1 }
        return last.run.megabytesPerSecond / first.run.megabytesPerSecond
    }

    mutating func evaluate() {
        let cores = Double(lintAllCores.threads)
        checks = [
            Check(name: "lint MB/s, 1 thread", measured: lintSingleThread.megabytesPerSecond, unit: "MB/s",
                  target: "≥ 50", ok: lintSingleThread.megabytesPerSecond >= 50),
            Check(name: "lint MB/s per core, \(lintAllCores.threads) threads", measured: lintAllCores.megabytesPerSecond / cores,
                  unit: "MB/s", target: "≥ 50", ok: lintAllCores.megabytesPerSecond / cores >= 50),
            Check(name: "lint linearity (MB/s \(lintScales.last?.scale ?? 1)x ÷ \(lintScales.first?.scale ?? 1)x)",
                  measured: linearity, unit: "", target: "≥ 0.8", ok: linearity >= 0.8),
            Check(name: "index \(index.files) files (read+analyse+index)", measured: index.totalSeconds, unit: "s",
                  target: "< 2", ok: index.totalSeconds < 2),
        ]
        guard let s = server else { return }
        checks += [
            Check(name: "server: initialize round trip", measured: s.initializeMilliseconds, unit: "ms",
                  target: "< 50", ok: s.initializeMilliseconds < 50),
            Check(name: "server: initialize → workspace indexed", measured: s.indexedSeconds, unit: "s",
                  target: "< 2", ok: s.indexedSeconds < 2),
            Check(name: "server: didOpen → publish, 3 KB, indexing\(s.openedWhileIndexing ? "" : " (was done)")",
                  measured: s.openSmallMilliseconds, unit: "ms", target: "< 100",
                  ok: s.openedWhileIndexing && s.openSmallMilliseconds < 100),
            Check(name: "server: didOpen → publish, \(corpus.bigFileBytes / 1024) KB, indexing\(s.openedWhileIndexing ? "" : " (was done)")",
                  measured: s.openBigMilliseconds, unit: "ms", target: "< 100",
                  ok: s.openedWhileIndexing && s.openBigMilliseconds < 100),
            Check(name: "server: didChange → publish p50, \(corpus.bigFileBytes / 1024) KB", measured: s.edit.percentile(50),
                  unit: "ms", target: "—", ok: true),
            Check(name: "server: didChange → publish p99, \(corpus.bigFileBytes / 1024) KB", measured: s.edit.percentile(99),
                  unit: "ms", target: "< 10", ok: s.edit.percentile(99) < 10),
            Check(name: "server: didChange → publish p50, 3 KB", measured: s.smallEdit.percentile(50), unit: "ms",
                  target: "—", ok: true),
            Check(name: "server: didChange → publish p99, 3 KB", measured: s.smallEdit.percentile(99), unit: "ms",
                  target: "< 5", ok: s.smallEdit.percentile(99) < 5),
            Check(name: "server: hover p50", measured: s.hover.percentile(50), unit: "ms", target: "—", ok: true),
            Check(name: "server: hover p99", measured: s.hover.percentile(99), unit: "ms",
                  target: "< 2", ok: s.hover.percentile(99) < 2),
            Check(name: "server: peak RSS (VmHWM)", measured: Double(s.peakRSSKiB) / 1024, unit: "MB",
                  target: "< 300", ok: Double(s.peakRSSKiB) / 1024 < 300),
        ]
    }

    func table() -> String {
        var out: [String] = []
        let mb = { (b: Int) in String(format: "%.1f MB", Double(b) / 1_048_576) }
        out.append("annotd bench: \(corpus.files) files + one \(corpus.bigFileBytes / 1024) KB file, \(mb(corpus.bytes)), seed \(conditions.seed), disputes \(conditions.disputes)"
                   + (conditions.editPauseMilliseconds > 0 ? ", \(conditions.editPauseMilliseconds) ms before each edit" : ""))
        out.append("conditions: \(conditions.cores) cores, load average \(String(format: "%.2f", conditions.loadAverageAtStart)) at start, "
                   + "\(String(format: "%.2f", conditions.loadAverageAtEnd)) at end, \(conditions.build) build, \(conditions.date)")
        out.append("")
        out.append("lint (in-process: decode + analyse + index + findings)")
        out.append(row(["run", "files", "size", "seconds", "MB/s", "MB/CPU-s", "findings", "× grep"]))
        func lintRow(_ name: String, _ r: LintMeasurement.Run) -> String {
            row([name, "\(r.files)", mb(r.bytes), f(r.seconds, 2), f(r.megabytesPerSecond, 1),
                 f(r.megabytesPerCPUSecond, 1), "\(r.findings)", grep.map { GrepBaseline.format(ratio: $0.ratio(r)) } ?? "—"])
        }
        out.append(lintRow("1 thread, 1x", lintSingleThread))
        out.append(lintRow("\(lintAllCores.threads) threads, 1x", lintAllCores))
        for s in lintScales { out.append(lintRow("\(s.run.threads) threads, \(s.scale)x", s.run)) }
        out.append(grepLine)
        out.append("")
        out.append("workspace index (walk \(f(index.walkSeconds, 2)) s + read & analyse \(f(index.readAndAnalyseSeconds, 2)) s"
                   + " + index \(f(index.indexSeconds, 2)) s)")
        if let s = server {
            out.append("server: indexed \(s.indexedFiles) files, \(s.publishesWhileIndexing) publishes while indexing; "
                       + "\(s.edit.milliseconds.count) edits of the large file (\(f(s.otherPublishesPerEdit, 1)) other files re-published per edit, "
                       + "\(s.diagnosticsOnBigFile) diagnostics on it), \(s.smallEdit.milliseconds.count) of a \(s.smallFileBytes)-byte file; "
                       + "\(s.hover.milliseconds.count) hovers "
                       + "(\(s.hoversWithCard) with a card); RSS now \(s.rssKiB / 1024) MB")
            let cpu = { (v: Double?) in v.map { "\(f($0, 1)) ms" } ?? "—" }
            out.append("server CPU per edit (user + system, ripple included): \(cpu(s.editCPUMilliseconds)) on the large file, "
                       + "\(cpu(s.smallEditCPUMilliseconds)) on the \(s.smallFileBytes)-byte file")
        } else if let e = serverError {
            out.append("server: not measured: \(e)")
        }
        out.append("")
        out.append(row(["SPEC §10 figure", "measured", "target", ""], widths: [48, 14, 10, 4]))
        for c in checks {
            let value = c.unit == "" ? f(c.measured, 2) : "\(f(c.measured, c.measured < 10 ? 2 : 1)) \(c.unit)"
            let target = c.target == "—" ? "" : "\(c.target) \(c.unit)"
            out.append(row([c.name, value, target, c.target == "—" ? "" : (c.ok ? "ok" : "MISS")], widths: [48, 14, 10, 4]))
        }
        return out.joined(separator: "\n")
    }

    /// What the "× grep" column is measured against.
    var grepLine: String {
        guard let g = grep else { return "× grep: not measured (\(grepError ?? "no grep"))" }
        return "× grep: lint CPU-s per MB ÷ that of one grep -c '[0-9]' pass over the corpus (same run): "
            + "\(g.files) files, \(String(format: "%.1f MB", Double(g.bytes) / 1_048_576)) in \(f(g.seconds, 3)) s, "
            + "\(f(g.megabytesPerSecond, 1)) MB/s, \(f(g.megabytesPerCPUSecond, 1)) MB/CPU-s"
    }

    private func f(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }

    private func row(_ cells: [String], widths: [Int] = [18, 7, 9, 8, 8, 9, 9, 7]) -> String {
        zip(cells, widths).map { cell, w in cell.count >= w ? cell + " " : cell + String(repeating: " ", count: w - cell.count) }
            .joined().trimmingCharacters(in: .whitespaces)
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
