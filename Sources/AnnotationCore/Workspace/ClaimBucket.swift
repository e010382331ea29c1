/// The claims filed under one comparison key and one actor, kept sorted by both ends of their per-day
/// interval. Reports of one story mostly agree, so a bucket grows with the workspace while its conflicts
/// stay few: the claims entirely below a figure are a prefix of `byHigh`, those entirely above a suffix of
/// `byLow`, and both are found by bisection instead of by testing every claim of the bucket.
///
/// A bucket holds where each claim is (its document and its index among the document's figures) and its
/// interval, not a copy of the claim: the index holds the documents already, and a copy of a `Figure` per
/// bucket and per order was most of the index's memory.
struct ClaimBucket: Sendable {
    /// One filed claim: the document, the claim's index in the document's `figures`, its per-day interval.
    struct Entry: Sendable {
        var document: String
        var figure: Int
        var low: Double
        var high: Double
        /// The claim's identity, shared with its figure: a hover tests every claim of a bucket against one
        /// figure, and reading each claim's figure out of its document copied thousands of figures.
        var identity: IdentityBox?
    }

    private(set) var byLow: [Entry] = []
    private(set) var byHigh: [Entry] = []

    var isEmpty: Bool { byLow.isEmpty }
    var all: [Entry] { byLow }

    /// Claims whose interval has no order (NaN) are not filed: they cannot be compared.
    static func isComparable(_ f: Figure) -> Bool {
        let (lo, hi) = ConflictTest.interval(f)
        return !lo.isNaN && !hi.isNaN
    }

    /// The entry for figure `index` of document `id`.
    static func entry(_ f: Figure, index: Int, in id: String) -> Entry {
        let (lo, hi) = ConflictTest.interval(f)
        return Entry(document: id, figure: index, low: lo, high: hi, identity: f.identityBox)
    }

    mutating func insert(_ e: Entry) {
        byLow.insert(e, at: byLow.partitioningIndex { $0.low > e.low })
        byHigh.insert(e, at: byHigh.partitioningIndex { $0.high > e.high })
    }

    /// Storage of the entries' count: a bucket filled one insertion at a time keeps up to twice the room.
    mutating func trim() {
        byLow = byLow.trimmed()
        byHigh = byHigh.trimmed()
    }

    mutating func removeAll(document id: String) {
        Self.remove(id, from: &byLow)
        Self.remove(id, from: &byHigh)
    }

    /// Drops the entries of one document, keeping the others' order. A document has a few claims in a bucket
    /// of thousands: each is removed where it stands, which moves the entries after it as bytes.
    /// (`removeAll(where:)` swapped every entry after the first one removed, retaining and releasing the
    /// identity boxes of both, one cold object per claim of the bucket, on every edit.)
    private static func remove(_ id: String, from entries: inout [Entry]) {
        var i = entries.count - 1
        while i >= 0 {
            if entries[i].document == id { entries.remove(at: i) }
            i -= 1
        }
    }

    /// Claims whose interval, widened by the tolerance, lies wholly below `low` (a figure's own widened
    /// lower end). Widening is monotonic, so `byHigh` is ordered by the widened ends too.
    func below(_ low: Double, tolerance: Double) -> ArraySlice<Entry> {
        byHigh[..<byHigh.partitioningIndex { !($0.high * (1 + tolerance) < low) }]
    }

    /// Claims whose widened interval lies wholly above `high`.
    func above(_ high: Double, tolerance: Double) -> ArraySlice<Entry> {
        byLow[byLow.partitioningIndex { $0.low * (1 - tolerance) > high }...]
    }
}
