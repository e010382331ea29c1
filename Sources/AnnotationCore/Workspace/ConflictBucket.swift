/// The claims of one comparison key, filed so that the ones conflicting with a claim are found without
/// testing every claim of the key. A workspace on one story files thousands of claims under a few keys, and
/// testing each against all others made indexing quadratic: 10,000 files took minutes.
///
/// Conflict (SPEC §3.4, `ConflictTest.conflicts`) is `aHigh·(1+t) < bLow·(1−t)` or `bHigh·(1+t) < aLow·(1−t)`
/// on per-day intervals. Multiplying by a non-negative constant is monotone in IEEE arithmetic, so over claims
/// sorted by their upper bound the ones below a claim's widened lower bound form a prefix, and over claims
/// sorted by their lower bound the ones above its widened upper bound form a suffix: two binary searches
/// find exactly the claims `ConflictTest` would. Claims filed since the last sort are kept in a short tail
/// that is tested one by one, and the tail is sorted in once it grows past a sixteenth of the bucket, so
/// filing stays cheap. Results come back in filing order, as the linear scan returned them.
struct ConflictBucket: Sendable {
    struct Entry: Sendable {
        var ref: FigureRef
        /// Filing order; entries are kept sorted by it.
        var sequence: Int
        /// The per-day interval `ConflictTest.interval` computes.
        var low: Double
        var high: Double
        var actors: Set<String>
    }

    private(set) var entries: [Entry] = []
    /// Sequence numbers of entries filed before the last sort, by `high` and by `low` ascending.
    private var byHigh: [(value: Double, sequence: Int)] = []
    private var byLow: [(value: Double, sequence: Int)] = []
    /// Entries with a sequence number at or past this are in the unsorted tail.
    private var tailStart = 0
    /// A NaN bound breaks the ordering the searches rely on; such a bucket is scanned linearly.
    private var hasNaN = false

    var isEmpty: Bool { entries.isEmpty }

    mutating func append(_ ref: FigureRef, sequence: Int) {
        let (low, high) = ConflictTest.interval(ref.figure)
        if low.isNaN || high.isNaN { hasNaN = true }
        entries.append(Entry(ref: ref, sequence: sequence, low: low, high: high, actors: Set(ref.figure.actors)))
        let tail = entries.count - byHigh.count
        if tail > max(32, entries.count / 16) { sortTail() }
    }

    mutating func removeAll(document id: String) {
        var removed = Set<Int>()
        for e in entries where e.ref.document == id { removed.insert(e.sequence) }
        guard !removed.isEmpty else { return }
        entries.removeAll { removed.contains($0.sequence) }
        byHigh.removeAll { removed.contains($0.sequence) }
        byLow.removeAll { removed.contains($0.sequence) }
    }

    /// Sorts the tail and merges it into the sorted lists (linear, not a full re-sort).
    private mutating func sortTail() {
        guard let last = entries.last, let first = position(ofFirstAtLeast: tailStart) else { return }
        let tail = entries[first...]
        byHigh = Self.merge(byHigh, tail.map { ($0.high, $0.sequence) })
        byLow = Self.merge(byLow, tail.map { ($0.low, $0.sequence) })
        tailStart = last.sequence + 1
    }

    private static func merge(_ a: [(value: Double, sequence: Int)], _ unsorted: [(value: Double, sequence: Int)]) -> [(value: Double, sequence: Int)] {
        let b = unsorted.sorted { ($0.value, $0.sequence) < ($1.value, $1.sequence) }
        var out: [(value: Double, sequence: Int)] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if (b[j].value, b[j].sequence) < (a[i].value, a[i].sequence) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// The entries whose interval conflicts with `figure`'s (actors not yet considered), in filing order.
    func intervalConflicts(with figure: Figure, tolerance t: Double) -> [Entry] {
        let (qlo, qhi) = ConflictTest.interval(figure)
        let qLow = qlo * (1 - t), qHigh = qhi * (1 + t)
        func conflicts(_ e: Entry) -> Bool { e.high * (1 + t) < qLow || qHigh < e.low * (1 - t) }
        guard !hasNaN, !qlo.isNaN, !qhi.isNaN, t >= 0, t < 1 else { return entries.filter(conflicts) }
        var sequences: [Int] = []
        // Prefix of byHigh with high·(1+t) < qLow.
        let below = partition(byHigh) { $0.value * (1 + t) < qLow }
        for i in 0..<below { sequences.append(byHigh[i].sequence) }
        // Suffix of byLow with qHigh < low·(1−t).
        let notAbove = partition(byLow) { !(qHigh < $0.value * (1 - t)) }
        for i in notAbove..<byLow.count { sequences.append(byLow[i].sequence) }
        var out: [Entry] = []
        if !sequences.isEmpty {
            sequences.sort()
            var last = -1
            for s in sequences where s != last {
                last = s
                if let i = position(of: s) { out.append(entries[i]) }
            }
        }
        if let firstTail = position(ofFirstAtLeast: tailStart) {
            for e in entries[firstTail...] where conflicts(e) { out.append(e) }
        }
        return out
    }

    /// How many leading elements satisfy `isLeading` (which holds for a prefix and fails for the rest).
    private func partition(_ a: [(value: Double, sequence: Int)], _ isLeading: ((value: Double, sequence: Int)) -> Bool) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isLeading(a[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func position(of sequence: Int) -> Int? {
        guard let i = position(ofFirstAtLeast: sequence), entries[i].sequence == sequence else { return nil }
        return i
    }

    private func position(ofFirstAtLeast sequence: Int) -> Int? {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].sequence < sequence { lo = mid + 1 } else { hi = mid }
        }
        return lo < entries.count ? lo : nil
    }
}
