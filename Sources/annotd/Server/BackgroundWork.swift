import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Work the server does for the workspace rather than for the buffer in front of the user (reading and
/// analysing the folder, folding it into the index) runs on threads of its own at a lower scheduling
/// priority. Dispatch's global queues run it at the priority of the server's queue on Linux, so a file
/// opened while a large folder was indexed shared the cores with every indexing thread: the first
/// diagnostics of a 100 KB buffer took 110–135 ms. A lower priority only yields the cores when the
/// queue has work; the indexing itself takes as long as before when it runs alone.
enum BackgroundWork {
    /// The nice value of the workers. At 5 a worker weighs a third of a thread at 0, so the queue gets a whole
    /// core of two while both workers run; the workers are not starved as far as at 10 when other programs
    /// at 0 share the machine (its own indexing must still end).
    static let niceness: Int32 = 5

    /// Runs `body` once on a new low-priority thread and returns at once.
    static func detached(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            lowerPriority()
            body()
        }
        thread.name = "annotd.background"
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body(i)` for every `i` in `0..<count` on low-priority threads, one per core, and returns
    /// when all have run (as `DispatchQueue.concurrentPerform` does).
    static func concurrentPerform(iterations count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = IterationCounter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(count, ProcessInfo.processInfo.activeProcessorCount)) {
            group.enter()
            detached {
                while let i = next.take(below: count) { body(i) }
                group.leave()
            }
        }
        group.wait()
    }

    /// The analysis recurses no deeper than on dispatch's threads, whose stacks are the process default.
    private static let stackSize = 8 << 20

    /// Lowers the calling thread's priority only: on Linux the nice value is a property of each thread.
    private static func lowerPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }
}

/// Hands out the indices of a parallel loop, each once.
private final class IterationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
