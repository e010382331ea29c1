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

    /// The per-day interval of `figures[i]` (`ConflictTest.interval`), read where it stands; nil when it has no
    /// order (NaN): such a claim cannot be compared, and is not filed. Handed a figure, this test copied it
    /// out of its array for every claim filed or looked up.
    static func interval(of figures: [Figure], at i: Int) -> (low: Double, high: Double)? {
        let (low, high) = ConflictTest.perDay(lower: figures[i].lower, upper: figures[i].upper, rate: figures[i].rate)
        return low.isNaN || high.isNaN ? nil : (low, high)
    }

    mutating func insert(_ e: Entry) {
        byLow.insert(e, at: byLow.partitioningIndex { $0.low > e.low })
        byHigh.insert(e, at: byHigh.partitioningIndex { $0.high > e.high })
    }

    /// Adds an entry at the end of `byLow` alone, out of place: a batch (a workspace read from disk) adds every
    /// claim so, then `settle` makes both orders once. Inserting each in its place moved the entries after it
    /// in both (~380 instructions an entry). Nothing may read the bucket in between.
    mutating func append(_ e: Entry) {
        byLow.append(e)
    }

    /// Both orders as `insert`, one entry at a time in the order they were added, would have left them: the
    /// sort is stable, so entries with equal ends keep that order, as `insert` puts an entry after its equals.
    /// Each in storage of its count: a bucket grown one entry at a time keeps up to twice the room.
    mutating func settle() {
        // The entries appended since the last settle stand after the `byHigh.count` that both orders hold.
        if byLow.count > byHigh.count {
            var high: [Entry] = []
            high.reserveCapacity(byLow.count)
            high.append(contentsOf: byHigh)
            high.append(contentsOf: byLow[byHigh.count...])
            high.sort { $0.high < $1.high }
            byHigh = high
            byLow.sort { $0.low < $1.low }
        } else {
            byHigh = byHigh.trimmed()
        }
        byLow = byLow.trimmed()
    }

    /// Drops the entry of one claim, found by bisection among the entries sharing its ends: unfiling a
    /// document compared every entry of each of its buckets with the document's path, and buckets of a
    /// common quantity hold thousands. The others keep their order, so the index answers as before.
    /// `low` and `high` are the claim's interval as it was filed (`interval(of:at:)`).
    /// False when the entry was not where its interval says and all of the document's entries were dropped.
    @discardableResult
    mutating func remove(document id: String, figure: Int, low: Double, high: Double) -> Bool {
        guard Self.remove(id, figure, from: &byLow, at: low, { $0.low }),
              Self.remove(id, figure, from: &byHigh, at: high, { $0.high }) else {
            // Not where its interval says: the caller's figure is not the one filed. Drop the document's
            // entries the slow way rather than leave one naming a claim that is gone.
            removeAll(document: id)
            return false
        }
        return true
    }

    /// Whether the entry was found (and removed) among those whose end equals `value`.
    @inline(__always)
    private static func remove(_ id: String, _ figure: Int, from entries: inout [Entry], at value: Double,
                               _ end: (Entry) -> Double) -> Bool {
        guard let i = place(of: id, figure, in: entries, at: value, end) else { return false }
        entries.remove(at: i)
        return true
    }

    /// Where the entry of figure `figure` of document `id` stands among those whose end equals `value`.
    @inline(__always)
    private static func place(of id: String, _ figure: Int, in entries: [Entry], at value: Double,
                              _ end: (Entry) -> Double) -> Int? {
        var i = entries.partitioningIndex { end($0) >= value }
        while i < entries.count, end(entries[i]) == value {
            if entries[i].figure == figure, entries[i].document == id { return i }
            i += 1
        }
        return nil
    }

    /// Gives the entry of one claim another index in its document, where it stands (its interval, hence its
    /// place in both orders, is unchanged). False when it was not where its interval says and all of the
    /// document's entries were dropped, as `remove` does.
    @discardableResult
    mutating func renumber(document id: String, figure: Int, to new: Int, low: Double, high: Double) -> Bool {
        guard Self.renumber(id, figure, to: new, in: &byLow, at: low, { $0.low }),
              Self.renumber(id, figure, to: new, in: &byHigh, at: high, { $0.high }) else {
            removeAll(document: id)
            return false
        }
        return true
    }

    @inline(__always)
    private static func renumber(_ id: String, _ figure: Int, to new: Int, in entries: inout [Entry], at value: Double,
                                 _ end: (Entry) -> Double) -> Bool {
        guard let i = place(of: id, figure, in: entries, at: value, end) else { return false }
        entries[i].figure = new
        return true
    }

    mutating func removeAll(document id: String) {
        Self.remove(id, from: &byLow)
        Self.remove(id, from: &byHigh)
    }

    /// Drops the entries of one document, keeping the others' order. Each is removed where it stands, which
    /// moves the entries after it as bytes. (`removeAll(where:)` swapped every entry after the first one
    /// removed, retaining and releasing the identity boxes of both, one cold object per claim of the bucket.)
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
