import Testing
@testable import AnnotationCore

/// A batch appends its claims to a bucket and orders it once (`ClaimBucket.append`, `settle`): both orders
/// must be the ones inserting the same entries one at a time leaves, ties (a bucket's common ends) in the
/// order they were added, whether the bucket was empty or held entries of an earlier batch or edit.
@Suite struct ClaimBucketSettleTests {
    typealias LCG = ConflictIndexTests.LCG

    static func entry(_ r: inout LCG, _ k: Int) -> ClaimBucket.Entry {
        let ends: [Double] = [0, -0.0, 5, 5, 10, 10, 10, .infinity]
        let low = ends[r.below(ends.count - 1)]
        return ClaimBucket.Entry(document: "d\(r.below(6))", figure: k, low: low,
                                 high: max(low, ends[r.below(ends.count)]), identity: nil)
    }

    static func places(_ entries: [ClaimBucket.Entry]) -> [String] {
        entries.map { "\($0.document)#\($0.figure)" }
    }

    @Test func appendingThenSettlingOrdersAsInsertingDoes() {
        var r = LCG(state: 4242)
        for round in 0..<300 {
            var inserted = ClaimBucket(), settled = ClaimBucket()
            var k = 0
            // Entries filed before the batch, one at a time (an edit), or by an earlier batch.
            for _ in 0..<r.below(20) {
                let e = Self.entry(&r, k)
                k += 1
                inserted.insert(e)
                if round % 2 == 0 { settled.insert(e) } else { settled.append(e) }
            }
            if round % 2 == 1 { settled.settle() }
            for _ in 0..<r.below(40) {
                let e = Self.entry(&r, k)
                k += 1
                inserted.insert(e)
                settled.append(e)
            }
            settled.settle()
            #expect(Self.places(settled.byLow) == Self.places(inserted.byLow), "round \(round)")
            #expect(Self.places(settled.byHigh) == Self.places(inserted.byHigh), "round \(round)")
        }
    }
}
