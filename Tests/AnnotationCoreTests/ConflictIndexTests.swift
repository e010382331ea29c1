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
        var f = Figure(range: offset..<(offset + 3), text: "f\(offset)", value: v, lower: lower, upper: upper,
                       qualifier: .exact, unitClass: units[r.below(units.count)], measure: measures[r.below(measures.count)],
                       rate: rates[r.below(rates.count)], kind: kinds[r.below(kinds.count)],
                       actors: actorSets[r.below(actorSets.count)])
        // Identities vary in every part the pairwise test reads: form, time, sentence and narrowing words.
        let anchors: [[String]] = [[], [], ["y:2016"], ["w:monday"]]
        let forms: [ClaimForm] = [.level, .level, .level, .target, .change]
        let narrowing: [[String]] = [[], [], ["pledged"], ["super"]]
        if let head = f.unitClass {
            f.identity = ClaimIdentity(head: head, narrowing: narrowing[r.below(narrowing.count)], participants: f.actors,
                                       anchor: TimeAnchor(marks: anchors[r.below(anchors.count)]),
                                       form: forms[r.below(forms.count)], sentence: r.below(4), evidence: ["strike"])
            let (measure, isRate) = (f.measure, f.rate != nil)
            f.identity?.measure = measure
            f.identity?.isRate = isRate
        }
        return f
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
        let me = FigureRef(document: id, figure: figure)
        return filed.filter {
            ComparisonKey($0.figure) == ComparisonKey(figure)
                && !($0.document == id && $0.figure.range == figure.range)
                && ConflictTest.conflicts($0, me, tolerance: tolerance)
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

    /// The claims for the same quantity (what a figure's hover card lists) are those the pairwise test
    /// finds among the claims of its key, in document order, and the card splits them by the bounds test.
    @Test func sameQuantityMatchesThePairwiseTestInDocumentOrder() {
        var r = LCG(state: 4242)
        var index = WorkspaceIndex()
        var filed: [FigureRef] = []
        for k in 0..<60 {
            let doc = Self.document("s\(k % 45)", &r)
            filed.removeAll { $0.document == doc.id }
            index.update(doc)
            filed += doc.figures.filter { ComparisonKey($0) != nil }.map { FigureRef(document: doc.id, figure: $0) }
        }
        var compared = 0
        for (id, doc) in index.documents {
            for f in doc.figures {
                let me = FigureRef(document: id, figure: f)
                let expected = ComparisonKey(f) == nil ? [] : filed.filter {
                    ComparisonKey($0.figure) == ComparisonKey(f) && !($0.document == id && $0.figure.range == f.range)
                        && ConflictTest.sameQuantity($0, me)
                }.sorted { ($0.document, $0.figure.range.lowerBound) < ($1.document, $1.figure.range.lowerBound) }
                #expect(index.sameQuantity(as: f, in: id) == expected)
                compared += expected.count
                guard !expected.isEmpty else { continue }
                let card = FigureCard.comparisons(f, in: doc, index: index)
                let against = expected.filter { ConflictTest.disagree($0.figure, f, tolerance: index.tolerance) }
                for (title, list) in [("Conflicts with:", against), ("Corroborated by:", expected.filter { !against.contains($0) })] {
                    #expect(card.contains(title) == !list.isEmpty)
                    for o in list.prefix(12) { #expect(card.contains("- \(o.document):1 “\(o.figure.text)”")) }
                }
            }
        }
        #expect(compared > 50)
    }

    /// Removing one claim's entry by its interval leaves the bucket exactly as dropping it by a scan of
    /// every entry does, in both orders, among many entries sharing its ends (a bucket's common values).
    @Test func removingAnEntryByItsIntervalKeepsTheOthersInOrder() {
        var r = LCG(state: 2026)
        let ends: [Double] = [0, 5, 5, 10, 10, 10, .infinity]
        for _ in 0..<200 {
            var bucket = ClaimBucket()
            var filed: [ClaimBucket.Entry] = []
            for k in 0..<(1 + r.below(40)) {
                let low = ends[r.below(ends.count - 1)]
                let e = ClaimBucket.Entry(document: "d\(r.below(6))", figure: k, low: low,
                                          high: max(low, ends[r.below(ends.count)]), identity: nil)
                bucket.insert(e)
                filed.append(e)
            }
            let gone = filed[r.below(filed.count)]
            var scanned = bucket
            scanned.removeAll(document: gone.document)
            for e in filed where e.document == gone.document {
                bucket.remove(document: e.document, figure: e.figure, low: e.low, high: e.high)
            }
            #expect(bucket.byLow.map(\.figure) == scanned.byLow.map(\.figure))
            #expect(bucket.byHigh.map(\.figure) == scanned.byHigh.map(\.figure))
            #expect(!bucket.all.contains { $0.document == gone.document })
        }
    }

    /// An entry asked for with an interval it was not filed under is still dropped, with its document's
    /// others: none may stay to name a claim that is gone.
    @Test func anEntryAskedForUnderAnotherIntervalIsStillDropped() {
        var bucket = ClaimBucket()
        bucket.insert(ClaimBucket.Entry(document: "a", figure: 0, low: 1, high: 2, identity: nil))
        bucket.insert(ClaimBucket.Entry(document: "b", figure: 0, low: 1, high: 2, identity: nil))
        bucket.remove(document: "a", figure: 0, low: 7, high: 8)
        #expect(bucket.all.map(\.document) == ["b"])
        #expect(bucket.byHigh.map(\.document) == ["b"])
    }

    @Test func theFirstEntriesInDocumentOrderAreTheSortedPrefix() {
        var r = LCG(state: 77)
        for _ in 0..<300 {
            var places = Set<EntryPlace>()
            for _ in 0..<r.below(60) { places.insert(EntryPlace(document: "d\(r.below(9))", figure: r.below(20))) }
            let entries = places.map { ClaimBucket.Entry(document: $0.document, figure: $0.figure, low: 0, high: 0, identity: nil) }
            let k = r.below(15)
            let sorted = entries.sorted(by: WorkspaceIndex.inDocumentOrder).prefix(k)
            let got = WorkspaceIndex.first(k, inDocumentOrder: entries)
            #expect(got.map { EntryPlace(document: $0.document, figure: $0.figure) } == sorted.map { EntryPlace(document: $0.document, figure: $0.figure) })
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
                for j in (i + 1)..<refs.count where ConflictTest.conflicts(refs[i], refs[j], tolerance: index.tolerance) {
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

    /// An editor updates one document again and again; the index keeps that document's conflict partners
    /// between edits. Each edit must report the documents a fresh index would, and leave the same conflicts.
    @Test func repeatedEditsOfOneDocumentAnswerAsAFreshIndex() {
        var r = LCG(state: 2024)
        var others = (0..<40).map { Self.document("o\($0)", &r) }
        var edited = WorkspaceIndex()
        for d in others { edited.update(d) }
        var previous: DocumentAnalysis? = nil
        for step in 0..<40 {
            let x = Self.document("x", &r)
            var fresh = WorkspaceIndex()
            for d in others { fresh.update(d) }
            if let previous { fresh.update(previous) }
            #expect(edited.update(x) == fresh.update(x), "edit \(step)")
            #expect(edited.conflictSets() == fresh.conflictSets(), "edit \(step)")
            for (i, f) in x.figures.enumerated() {
                #expect(edited.conflicts(ofFigure: i, in: "x") == fresh.conflicts(with: f, in: "x"), "edit \(step)")
            }
            #expect(Set(edited.documents.keys) == Set(fresh.documents.keys))
            previous = x
            // Now and then another document changes between two edits: the kept partners no longer hold.
            if step % 7 == 6 {
                let k = r.below(40)
                others[k] = Self.document("o\(k)", &r)
                edited.update(others[k])
            }
        }
    }

    /// Most keystrokes move a document's claims without changing them, or change one; the index then files
    /// again only the claims filed otherwise (`WorkspaceIndex.filedAlike`) and keeps the others' partners.
    /// Edits that only move claims, mixed with edits that change one claim's interval, identity or kind, must
    /// each report the documents a fresh index would and leave its conflicts.
    @Test func editsThatOnlyMoveClaimsAnswerAsAFreshIndex() {
        var r = LCG(state: 99)
        // Claims of one quantity by one actor, which the copies below share, among figures that are no claim.
        let figures = [100.0, 95, 1_000, 300, 120].enumerated().map { k, v in
            Self.supplyClaim(k, v, sentence: k, kind: k == 3 ? .date : .count)
        }
        let x = DocumentAnalysis(id: "x", text: SourceText(String(repeating: "x", count: 200)), format: .plain,
                                 segmentation: Segmentation(), figures: figures, mentions: [], suppressions: [])
        // Copies of the document under other names: its claims agree with theirs until an edit changes one.
        var (edited, others) = Self.workspace(around: x, others: 40, &r)
        var previous = x
        for step in 0..<60 {
            var figures = previous.figures.map { f -> Figure in
                var f = f
                f.range = f.range.moved(by: 1)
                return f
            }
            let claims = figures.indices.filter { ComparisonKey(figures[$0]) != nil }
            let k = claims.isEmpty ? 0 : claims[r.below(claims.count)]
            switch step % 4 {
            case _ where step % 12 == 11:
                // Undone: the first version's claims come back, moved.
                figures = x.figures.map { f in
                    var f = f
                    f.range = f.range.moved(by: step + 1)
                    return f
                }
            case 1 where claims.contains(where: { figures[$0].upper.isFinite }):
                // Far above what it was: it now disagrees with its copies.
                let bounded = claims.filter { figures[$0].upper.isFinite }
                let b = bounded[r.below(bounded.count)]
                figures[b].lower = figures[b].upper * 10 + 1_000
                figures[b].upper = figures[b].lower
            case 2 where !claims.isEmpty:
                figures[k].identity?.participants = ["B"]
            case 3 where !claims.isEmpty:
                figures[k].kind = .date
            default: break  // moved only
            }
            let next = DocumentAnalysis(id: "x", text: previous.text, format: .plain, segmentation: Segmentation(),
                                        figures: figures, mentions: [], suppressions: [])
            Self.expectFreshAnswers(&edited, others: others, previous: previous, next: next, step: step)
            previous = next
        }
    }

    /// Figure `k` of a document (20 bytes apart): a claim of munitions supplied by actor "A", at value `v`.
    static func supplyClaim(_ k: Int, _ v: Double, sentence: Int, kind: FigureKind = .count) -> Figure {
        var f = Figure(range: (k * 20)..<(k * 20 + 3), text: "f\(k)", value: v, lower: v, upper: v, qualifier: .exact,
                       unitClass: "munitions", measure: "supply", kind: kind, actors: ["A"])
        f.identity = ClaimIdentity(head: "munitions", narrowing: [], participants: ["A"], anchor: TimeAnchor(marks: []),
                                   form: .level, sentence: sentence, evidence: ["strike"])
        f.identity?.measure = "supply"
        return f
    }

    /// An index of `x`, its copies and `n` unrelated documents, with those other documents (what a fresh index
    /// is built from beside each edit of `x`).
    static func workspace(around x: DocumentAnalysis, others n: Int, _ r: inout LCG)
        -> (index: WorkspaceIndex, others: [DocumentAnalysis]) {
        let others = copies(of: x) + (0..<n).map { document("o\($0)", &r) }
        var index = WorkspaceIndex()
        for d in others { index.update(d) }
        index.update(x)
        return (index, others)
    }

    /// Three copies of a document under other names.
    static func copies(of x: DocumentAnalysis) -> [DocumentAnalysis] {
        (0..<3).map { k in
            DocumentAnalysis(id: "c\(k)", text: x.text, format: .plain, segmentation: Segmentation(),
                             figures: x.figures, mentions: [], suppressions: [])
        }
    }

    /// Updates `edited` (which holds `others` and `previous`) with `next`, and expects what an index built afresh
    /// answers: the documents affected, every conflict, and the conflicts the update kept for each figure of
    /// `next` (what the findings right after it read). Returns the fresh index.
    @discardableResult
    static func expectFreshAnswers(_ edited: inout WorkspaceIndex, others: [DocumentAnalysis], previous: DocumentAnalysis,
                                   next: DocumentAnalysis, step: Int) -> WorkspaceIndex {
        var fresh = WorkspaceIndex()
        for d in others { fresh.update(d) }
        fresh.update(previous)
        #expect(edited.update(next) == fresh.update(next), "edit \(step)")
        #expect(edited.conflictSets() == fresh.conflictSets(), "edit \(step)")
        for (i, f) in next.figures.enumerated() {
            #expect(edited.conflicts(with: f, in: next.id) == fresh.conflicts(with: f, in: next.id), "edit \(step)")
            #expect(edited.conflicts(ofFigure: i, in: next.id) == fresh.conflicts(with: f, in: next.id), "edit \(step)")
        }
        return fresh
    }

    /// Typing a number word in or out adds or removes a figure: the figures after it keep their claims under
    /// new indices (`Realignment`). The index must answer as one built afresh.
    @Test func editsThatAddOrRemoveFiguresAnswerAsAFreshIndex() {
        var r = LCG(state: 7)
        let claim = { (k: Int, v: Double, sentence: Int) in Self.supplyClaim(k, v, sentence: sentence) }
        let year = { (k: Int) in
            Figure(range: (k * 20)..<(k * 20 + 4), text: "2016", value: 2016, lower: 2016, upper: 2016, qualifier: .exact, kind: .date)
        }
        let x = DocumentAnalysis(id: "x", text: SourceText(String(repeating: "x", count: 4_000)), format: .plain,
                                 segmentation: Segmentation(),
                                 figures: [claim(0, 100, 0), year(1), claim(2, 1_000, 1), claim(3, 95, 2), year(4), claim(5, 300, 3)],
                                 mentions: [], suppressions: [])
        // Copies under other names agree with its claims; a claim far from them disagrees.
        var (edited, others) = Self.workspace(around: x, others: 30, &r)
        var previous = x
        var added = 0
        for step in 0..<60 {
            var figures = previous.figures
            let at = r.below(figures.count + 1)
            if step % 3 == 2, figures.count > 2 {
                figures.remove(at: min(at, figures.count - 1))
            } else {
                added += 1
                // A year or a claim (agreeing with the copies, or far above them), in a sentence of its own.
                let f = step % 2 == 0 ? year(100 + step) : claim(100 + step, r.below(2) == 0 ? 100 : 50_000, 100 + added)
                figures.insert(f, at: at)
            }
            // The text moved on after the change, as typing moves it.
            for i in figures.indices { figures[i].range = (i * 20)..<(i * 20 + 3) }
            let next = DocumentAnalysis(id: "x", text: previous.text, format: .plain, segmentation: Segmentation(),
                                        figures: figures, mentions: [], suppressions: [])
            let fresh = Self.expectFreshAnswers(&edited, others: others, previous: previous, next: next, step: step)
            // The claims of the same quantity, which read each entry's document and index.
            for f in next.figures {
                #expect(edited.sameQuantity(as: f, in: "x") == fresh.sameQuantity(as: f, in: "x"), "edit \(step)")
            }
            for d in Self.copies(of: x) {
                for f in d.figures { #expect(edited.sameQuantity(as: f, in: d.id) == fresh.sameQuantity(as: f, in: d.id), "edit \(step)") }
            }
            previous = next
        }
    }

    /// A workspace read from disk goes in as one batch; it must index exactly as one update at a time does:
    /// the same conflicts, the same workspace actors, and every document reported as affected.
    @Test func aBatchIndexesLikeOneUpdateAtATime() {
        var r = LCG(state: 7)
        let names: [(String, ActorKind)] = [("Russia", .state), ("Vladimir Putin", .person), ("Putin", .person),
                                            ("Kim Jong Un", .person), ("United Nations", .organization)]
        let docs = (0..<60).map { k -> DocumentAnalysis in
            let d = Self.document("b\(k)", &r)
            let mentions = (0..<r.below(4)).map { i -> ActorMention in
                let (name, kind) = names[r.below(names.count)]
                return ActorMention(range: (i * 20 + 5)..<(i * 20 + 9), text: name, name: name, kind: kind)
            }
            return DocumentAnalysis(id: d.id, text: d.text, format: .plain, segmentation: Segmentation(),
                                    figures: d.figures, mentions: mentions, suppressions: [])
        }
        var oneByOne = WorkspaceIndex(), batched = WorkspaceIndex()
        for d in docs { oneByOne.update(d) }
        let affected = batched.update(contentsOf: docs)
        #expect(affected == Set(docs.map(\.id)))
        #expect(Set(batched.conflictSets().map(Set.init)) == Set(oneByOne.conflictSets().map(Set.init)))
        for d in docs {
            let a = batched.actors.actors(in: d.id).map { "\($0.actor)" }
            let b = oneByOne.actors.actors(in: d.id).map { "\($0.actor)" }
            #expect(a == b, "\(d.id)")
        }
        // A second batch replacing half the documents leaves the index as updating them one by one does.
        let again = docs.prefix(30).map { d in
            DocumentAnalysis(id: d.id, text: d.text, format: .plain, segmentation: Segmentation(),
                             figures: Array(d.figures.dropFirst()), mentions: Array(d.mentions.dropLast()), suppressions: [])
        }
        for d in again { oneByOne.update(d) }
        batched.update(contentsOf: again)
        #expect(Set(batched.conflictSets().map(Set.init)) == Set(oneByOne.conflictSets().map(Set.init)))
        for d in docs {
            #expect(batched.actors.actors(in: d.id).map { "\($0.actor)" } == oneByOne.actors.actors(in: d.id).map { "\($0.actor)" })
        }
    }
}
