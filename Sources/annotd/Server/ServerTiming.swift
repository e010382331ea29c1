import Foundation

/// Timestamps of what the server's queue does, written to stderr when `ANNOTD_TIMING` is set (off by
/// default): each job on the queue (a batch of messages, a turn of the ripple, a slice of the indexed
/// workspace, the adoption of a fold) with when it started, how long it ran, how long its messages waited
/// for the queue and the phases of an edit. It is how a slow edit or hover is told apart from a busy queue,
/// a slow phase or a slow machine (docs/performance.md); it changes nothing the server says.
final class ServerTiming: @unchecked Sendable {
    static let enabled = ProcessInfo.processInfo.environment["ANNOTD_TIMING"].map { !$0.isEmpty && $0 != "0" } ?? false

    private let origin = DispatchTime.now().uptimeNanoseconds
    /// Phases of the current job, in order (confined to the server's queue).
    private var phases: [(String, UInt64)] = []
    private var phaseStart: UInt64 = 0

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Milliseconds since the server started, for lining up lines with each other.
    func stamp(_ t: UInt64) -> String { Self.ms(t &- origin) }

    static func ms(_ ns: UInt64) -> String { String(format: "%.2f", Double(ns) / 1e6) }

    func beginJob() {
        phases.removeAll(keepingCapacity: true)
        phaseStart = Self.now()
    }

    /// Ends the phase running since the last mark (or the job's start).
    func mark(_ name: String) {
        let t = Self.now()
        phases.append((name, t &- phaseStart))
        phaseStart = t
    }

    /// One line: the job, when it started, how long it ran, its phases and `detail`.
    func endJob(_ name: String, started: UInt64, detail: String = "") {
        let end = Self.now()
        let parts = phases.map { "\($0.0) \(Self.ms($0.1))" }.joined(separator: ", ")
        let line = "timing: \(name) at \(stamp(started)) ran \(Self.ms(end &- started)) ms"
            + (parts.isEmpty ? "" : " [\(parts)]") + (detail.isEmpty ? "" : " \(detail)") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
        phases.removeAll(keepingCapacity: true)
    }
}
