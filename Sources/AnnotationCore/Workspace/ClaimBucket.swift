/// The claims filed under one comparison key and one actor, kept sorted by both ends of their per-day
/// interval. Reports of one story mostly agree, so a bucket grows with the workspace while its conflicts
/// stay few: the claims entirely below a figure are a prefix of `byHigh`, those entirely above a suffix of
/// `byLow`, and both are found by bisection instead of by testing every claim of the bucket.
struct ClaimBucket: Sendable {
    private(set) var byLow: [FigureRef] = []
    private(set) var byHigh: [FigureRef] = []

    var isEmpty: Bool { byLow.isEmpty }
    var all: [FigureRef] { byLow }

    /// Claims whose interval has no order (NaN) are not filed: they cannot be compared.
    static func isComparable(_ f: Figure) -> Bool {
        let (lo, hi) = ConflictTest.interval(f)
        return !lo.isNaN && !hi.isNaN
    }

    mutating func insert(_ r: FigureRef) {
        let (lo, hi) = ConflictTest.interval(r.figure)
        byLow.insert(r, at: byLow.partitioningIndex { ConflictTest.interval($0.figure).0 > lo })
        byHigh.insert(r, at: byHigh.partitioningIndex { ConflictTest.interval($0.figure).1 > hi })
    }

    mutating func removeAll(document id: String) {
        byLow.removeAll { $0.document == id }
        byHigh.removeAll { $0.document == id }
    }

    /// Claims whose interval, widened by the tolerance, lies wholly below `low` (a figure's own widened
    /// lower end). Widening is monotonic, so `byHigh` is ordered by the widened ends too.
    func below(_ low: Double, tolerance: Double) -> ArraySlice<FigureRef> {
        byHigh[..<byHigh.partitioningIndex { !(ConflictTest.interval($0.figure).1 * (1 + tolerance) < low) }]
    }

    /// Claims whose widened interval lies wholly above `high`.
    func above(_ high: Double, tolerance: Double) -> ArraySlice<FigureRef> {
        byLow[byLow.partitioningIndex { ConflictTest.interval($0.figure).0 * (1 - tolerance) > high }...]
    }
}
