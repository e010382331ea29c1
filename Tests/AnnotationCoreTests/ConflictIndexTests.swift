import Testing
@testable import AnnotationCore

/// The workspace index finds conflicts through sorted bounds instead of testing every pair. It must answer
/// exactly what the pairwise test `ConflictTest.conflicts` answers, in the same order, through any sequence
/// of updates and removals.
@Suite struct ConflictIndexTests {
    /// A tiny deterministic generator, so a failure can be replayed.
    struct LCG {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func figure(_ r: inout LCG, at offset: Int) -> Figure {
        let values: [Double] = [10, 95, 100, 105, 120, 300, 1_000, 0, .infinity]
        let v = values[r.below(values.count - 1)]
        var lower = v, upper = v
        switch r.below(5) {
        case 0: upper = .infinity
        case 1: lower = 0
        case 2: lower = v * 0.8; upper = v * 1.2
        default: break
        }
        let actorSets: [[String]] = [[], ["A"], ["B"], ["A", "B"], ["A", "C"]]
        // Mostly one key, so that buckets grow past the size where the index sorts them.
        let units: [String?] = ["munitions", "munitions", "munitions", "USD", nil]
        let measures: [String?] = ["supply", "supply", "supply", "production", nil]
        let rates: [RatePeriod?] = [nil, nil, nil, .day, .year]
        let kinds: [FigureKind] = [.count, .count, .money, .date]
        return Figure(range: offset..<(offset + 3), text: "f\(offset)", value: v, lower: lower, upper: upper,
                      qualifier: .exact, unitClass: units[r.below(units.count)], measure: measures[r.below(measures.count)],
                      rate: rates[r.below(rates.count)], kind: kinds[r.below(kinds.count)],
                      actors: actorSets[r.below(actorSets.count)])
    }

    static func document(_ id: String, _ r: inout LCG) -> DocumentAnalysis {
        let n = 1 + r.below(12)
        let figures = (0..<n).map { figure(&r, at: $0 * 10) }
        return DocumentAnalysis(id: id, text: SourceText(String(repeating: "x", count: 200)), format: .plain,
                                segmentation: Segmentation(), figures: figures, mentions: [], suppressions: [])
    }

    /// What the index answered before it filed claims by bounds: every claim of the workspace in filing
    /// order, tested pairwise.
    static func expected(_ figure: Figure, in id: String, filed: [FigureRef], tolerance: Double) -> [FigureRef] {
        guard ComparisonKey(figure) != nil else { return [] }
        return filed.filter {
            ComparisonKey($0.figure) == ComparisonKey(figure)
                && !($0.document == id && $0.figure.range == figure.range)
                && ConflictTest.sameActors($0.figure, figure)
                && ConflictTest.conflicts($0.figure, figure, tolerance: tolerance)
        }
    }

    @Test(arguments: [0.0, 0.1, 0.5, 1.5])
    func conflictsMatchThePairwiseTestThroughUpdatesAndRemovals(tolerance: Double) {
        var r = LCG(state: 12345)
        var index = WorkspaceIndex(tolerance: tolerance)
        // The filing order the old index kept: documents appended on update, their claims dropped on removal.
        var filed: [FigureRef] = []
        for step in 0..<400 {
            let id = "doc\(r.below(60))"
            if r.below(5) == 0 {
                index.remove(id)
                filed.removeAll { $0.document == id }
            } else {
                let doc = Self.document(id, &r)
                filed.removeAll { $0.document == id }
                index.update(doc)
                filed += doc.figures.filter { ComparisonKey($0) != nil }.map { FigureRef(document: id, figure: $0) }
            }
            guard step % 20 == 19 else { continue }
            for (docID, doc) in index.documents {
                for f in doc.figures {
                    // The same figures as the pairwise test; their order is not part of the contract.
                    #expect(Set(index.conflicts(with: f, in: docID)) == Set(Self.expected(f, in: docID, filed: filed, tolerance: tolerance)))
                }
            }
        }
    }

    @Test func conflictSetsListEveryConflictingPairOnce() {
        var r = LCG(state: 99)
        var index = WorkspaceIndex()
        var filed: [FigureRef] = []
        for k in 0..<80 {
            let doc = Self.document("d\(k)", &r)
            index.update(doc)
            filed += doc.figures.filter { ComparisonKey($0) != nil }.map { FigureRef(document: doc.id, figure: $0) }
        }
        var expected: [[FigureRef]] = []
        let keys = Set(filed.map { ComparisonKey($0.figure)! }).sorted { "\($0)" < "\($1)" }
        for key in keys {
            let refs = filed.filter { ComparisonKey($0.figure) == key }
            for i in refs.indices {
                for j in (i + 1)..<refs.count where ConflictTest.conflicts(refs[i].figure, refs[j].figure, tolerance: index.tolerance) {
                    expected.append([refs[i], refs[j]])
                }
            }
        }
        #expect(!expected.isEmpty)
        // Each unordered pair once, whichever figure comes first.
        func pairs(_ list: [[FigureRef]]) -> Set<Set<FigureRef>> { Set(list.map { Set($0) }) }
        let got = index.conflictSets()
        #expect(got.count == expected.count)
        #expect(pairs(got) == pairs(expected))
    }
}
