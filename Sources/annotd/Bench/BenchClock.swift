import Foundation
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall time and this process's CPU time. CPU time is reported next to wall time because the
/// benchmark machine is shared: CPU seconds barely move when another build steals a core, wall time does.
enum BenchClock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// User + system CPU seconds of this process so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// The system's one-minute load average, to report the conditions a run met.
    static func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : -1
    }
}

/// Latency samples in milliseconds.
struct LatencySamples: Codable, Equatable {
    var milliseconds: [Double] = []

    mutating func add(nanoseconds: UInt64) { milliseconds.append(Double(nanoseconds) / 1e6) }

    /// Nearest-rank percentile (p in 0...100); 0 with no samples.
    func percentile(_ p: Double) -> Double {
        guard !milliseconds.isEmpty else { return 0 }
        let sorted = milliseconds.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
