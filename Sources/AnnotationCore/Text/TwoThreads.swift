import Dispatch

/// Two pieces of one analysis that read the same inputs and none of each other's results, run at once on
/// the calling thread and one other. Each closure writes only what it returns.
enum TwoThreads {
    static func run<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        let results = Results<A, B>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let work = Work(a: a, b: b, results: results)
                DispatchQueue.concurrentPerform(iterations: 2) { work.run($0) }
            }
        }
        return (results.a!, results.b!)
    }

    private final class Results<A, B>: @unchecked Sendable {
        var a: A? = nil
        var b: B? = nil
    }

    /// The two closures and where their results go, handed to the threads as one value: each thread calls
    /// one closure and writes one slot.
    private struct Work<A, B>: @unchecked Sendable {
        let a: () -> A
        let b: () -> B
        let results: Results<A, B>

        func run(_ k: Int) {
            if k == 0 { results.a = a() } else { results.b = b() }
        }
    }
}
