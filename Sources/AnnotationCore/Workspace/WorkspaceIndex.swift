/// Claims and actors of every document of a workspace, kept up to date one document at a time. Pure: the
/// caller reads files and hands in analyses; the index answers which findings each document has.
public struct WorkspaceIndex: Sendable {
    public private(set) var documents: [String: DocumentAnalysis] = [:]
    public private(set) var actors = ActorDirectory()
    public var tolerance: Double
    /// Claims filed by comparison key, then by each of their actors: only claims under one key that share an
    /// actor can conflict, so an edit looks at those alone.
    private var buckets: [ComparisonKey: [String: ClaimBucket]] = [:]
    /// Counts changes to the index: a document's conflict partners computed at one generation still hold
    /// at that generation.
    private var generation = 0
    /// The conflict partners each document had right after its last single update. An editor changes one
    /// document many times in a row: its partners before an edit are the ones found after the last edit,
    /// as long as nothing else in the index (or the tolerance) changed meanwhile.
    private var partnersAfterUpdate: [String: KnownPartners] = [:]

    public init(tolerance: Double = Configuration.defaultConflictTolerance) {
        self.tolerance = tolerance
    }

    /// Adds or replaces a document. Returns the ids of documents whose findings may have changed: this one,
    /// every document it conflicted with before, every one it conflicts with now, and (for actor rules)
    /// every document that shares an actor with it.
    @discardableResult
    public mutating func update(_ analysis: DocumentAnalysis) -> Set<String> {
        var affected: Set<String> = [analysis.id]
        if documents[analysis.id] != nil {
            if let known = partnersAfterUpdate[analysis.id], known.generation == generation, known.tolerance == tolerance {
                affected.formUnion(known.partners)
            } else {
                affected.formUnion(conflictPartners(of: analysis.id))
            }
            unfile(analysis.id)
        }
        documents[analysis.id] = analysis
        file(analysis)
        let partners = conflictPartners(of: analysis.id)
        affected.formUnion(partners)
        affected.absorb(actors.update(analysis))
        generation += 1
        partnersAfterUpdate[analysis.id] = KnownPartners(generation: generation, tolerance: tolerance, partners: partners)
        return affected
    }

    /// Adds or replaces many documents at once (a workspace read from disk). Returns the ids of documents
    /// whose findings may have changed, as `update` would for each, but with the documents that share an
    /// actor collected once for the batch.
    @discardableResult
    public mutating func update(contentsOf analyses: [DocumentAnalysis]) -> Set<String> {
        // One analysis per document; a later one replaces an earlier.
        var position: [String: Int] = [:]
        for (i, a) in analyses.enumerated() { position[a.id] = i }
        let batch = analyses.enumerated().filter { position[$0.element.id] == $0.offset }.map(\.element)
        // Into an empty index, every document is new and every one is affected: its partners and the
        // documents sharing its actors are all in the batch. Finding them would only say so again.
        let intoEmpty = documents.isEmpty
        var affected = Set<String>()
        for a in batch where documents[a.id] != nil {
            affected.formUnion(conflictPartners(of: a.id))
            unfile(a.id)
        }
        for a in batch {
            documents[a.id] = a
            file(a)
        }
        trimBuckets()
        if intoEmpty {
            actors.update(contentsOf: batch)
            generation += 1
            return Set(batch.map(\.id))
        }
        for a in batch { affected.formUnion(conflictPartners(of: a.id)) }
        affected.absorb(actors.update(contentsOf: batch))
        generation += 1
        return affected
    }

    /// Drops a document. Returns the ids of documents whose findings may have changed.
    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        guard documents[id] != nil else { return [] }
        var affected = conflictPartners(of: id)
        unfile(id)
        documents[id] = nil
        affected.absorb(actors.remove(id))
        affected.remove(id)
        generation += 1
        partnersAfterUpdate[id] = nil
        return affected
    }

    private mutating func file(_ a: DocumentAnalysis) {
        for (i, f) in a.figures.enumerated() {
            guard let key = ComparisonKey(f), ClaimBucket.isComparable(f) else { continue }
            let entry = ClaimBucket.entry(f, index: i, in: a.id)
            for actor in Self.participants(f) { buckets[key, default: [:]][actor, default: ClaimBucket()].insert(entry) }
        }
    }

    /// After a batch (a workspace read from disk), every bucket in storage of its size. Single updates (an
    /// edit) leave the room they grow, which the next insertion into the bucket uses.
    private mutating func trimBuckets() {
        for key in Array(buckets.keys) {
            for actor in Array(buckets[key]!.keys) { buckets[key]![actor]!.trim() }
        }
    }

    /// Takes a document's claims out of the buckets `file` put them in, each found by its interval.
    private mutating func unfile(_ id: String) {
        guard let old = documents[id] else { return }
        for (i, f) in old.figures.enumerated() {
            guard let key = ComparisonKey(f), ClaimBucket.isComparable(f) else { continue }
            let (low, high) = ConflictTest.interval(f)
            for actor in Self.participants(f) {
                buckets[key]?[actor]?.remove(document: id, figure: i, low: low, high: high)
                if buckets[key]?[actor]?.isEmpty == true { buckets[key]?[actor] = nil }
            }
            if buckets[key]?.isEmpty == true { buckets[key] = nil }
        }
    }

    /// Claims are filed under each of their participants: two claims about one quantity share one. Claims
    /// that name none are filed together under the empty name: they agree on who (SPEC §3.4).
    static func participants(_ f: Figure) -> Set<String> {
        let who = Set(f.identity?.participants ?? [])
        return who.isEmpty ? [""] : who
    }

    /// The buckets a claim may find its matches in: its own participants' and the one of claims that name
    /// none; a claim that names none also looks under the actors of its story's lead (`ConflictTest.sameActors`).
    static func lookups(_ f: Figure) -> Set<String> {
        let who = Set(f.identity?.participants ?? [])
        return who.isEmpty ? Set(f.identity?.story ?? []).union([""]) : who.union([""])
    }

    /// Every claim of the workspace about the same quantity as `figure` (agreeing or not), itself excluded.
    public func sameQuantity(as figure: Figure, in id: String) -> [FigureRef] {
        sameQuantityEntries(as: figure, in: id).sorted(by: Self.inDocumentOrder).map(ref)
    }

    /// `sameQuantity(as:in:)` as bucket entries, in no order. A hover lists a dozen of what may be thousands,
    /// and reading each claim's figure out of its document was most of what it cost: here a claim's figure
    /// is read only when it is one of this document's (its place decides).
    func sameQuantityEntries(as figure: Figure, in id: String) -> [ClaimBucket.Entry] {
        guard let key = ComparisonKey(figure), let byActor = buckets[key], let mine = figure.identityBox else { return [] }
        let offset = figure.range.lowerBound
        // This document's own claims are many in its buckets: its figures are looked up once, not per claim.
        let own = documents[id]?.figures ?? []
        var seen = Set<EntryPlace>()
        var out: [ClaimBucket.Entry] = []
        // Every entry of these buckets was filed under `key`, the figure's own: only the rest of the identity
        // is tested, on the entry's identity read in its box.
        for actor in Self.lookups(figure) {
            for e in byActor[actor]?.all ?? [] {
                guard let theirs = e.identity else { continue }
                var place = -1  // unread: only a claim of this same document needs it
                if e.document == id {
                    let range = own[e.figure].range
                    if range == figure.range { continue }
                    place = range.lowerBound
                }
                guard ConflictTest.sameQuantity(ofOneKey: theirs.value, in: e.document, at: place,
                                                mine.value, in: id, at: offset),
                      seen.insert(EntryPlace(document: e.document, figure: e.figure)).inserted else { continue }
                out.append(e)
            }
        }
        return out
    }

    /// Document order of two claims. A document's figures are in text order, one starting at each offset,
    /// so its entries' order by figure index is their figures' order by place.
    static func inDocumentOrder(_ a: ClaimBucket.Entry, _ b: ClaimBucket.Entry) -> Bool {
        (a.document, a.figure) < (b.document, b.figure)
    }

    /// The first `k` of these entries (each claim once) in document order: a card lists a dozen of what may
    /// be thousands, and sorting them all was a third of its cost.
    static func first(_ k: Int, inDocumentOrder entries: [ClaimBucket.Entry]) -> [ClaimBucket.Entry] {
        var kept: [ClaimBucket.Entry] = []
        kept.reserveCapacity(k + 1)
        for e in entries {
            if kept.count == k, let last = kept.last, !inDocumentOrder(e, last) { continue }
            kept.insert(e, at: kept.partitioningIndex { inDocumentOrder(e, $0) })
            if kept.count > k { kept.removeLast() }
        }
        return kept
    }

    /// The figures that conflict with one figure of a document: per actor, the claims of its bucket whose
    /// interval lies wholly below or above the figure's, then the identity test of SPEC §3.4 on those few.
    public func conflicts(with figure: Figure, in id: String) -> [FigureRef] {
        guard let key = ComparisonKey(figure), ClaimBucket.isComparable(figure), let byActor = buckets[key] else { return [] }
        let (lo, hi) = ConflictTest.interval(figure)
        let low = lo * (1 - tolerance), high = hi * (1 + tolerance)
        let me = FigureRef(document: id, figure: figure)
        var seen = Set<EntryPlace>()
        var out: [FigureRef] = []
        for actor in Self.lookups(figure) {
            guard let bucket = byActor[actor] else { continue }
            for e in [bucket.below(low, tolerance: tolerance), bucket.above(high, tolerance: tolerance)].joined() {
                let r = ref(e)
                if ConflictTest.conflicts(r, me, tolerance: tolerance),
                   seen.insert(EntryPlace(document: e.document, figure: e.figure)).inserted { out.append(r) }
            }
        }
        return out.sorted { ($0.document, $0.figure.range.lowerBound) < ($1.document, $1.figure.range.lowerBound) }
    }

    /// The claim a bucket entry stands for. Every entry names a document of the index and an index into its
    /// figures: a document is unfiled before it is replaced or removed.
    func ref(_ e: ClaimBucket.Entry) -> FigureRef {
        FigureRef(document: e.document, figure: documents[e.document]!.figures[e.figure])
    }

    /// Documents holding a figure that conflicts with one of this document's.
    func conflictPartners(of id: String) -> Set<String> {
        guard let doc = documents[id] else { return [] }
        var out = Set<String>()
        for f in doc.figures where ComparisonKey(f) != nil {
            for r in conflicts(with: f, in: id) { out.insert(r.document) }
        }
        return out
    }

    /// Every conflicting pair of the workspace, each once, in document order.
    public func conflictSets() -> [[FigureRef]] {
        var out: [[FigureRef]] = []
        for id in documents.keys.sorted() {
            for f in documents[id]!.figures where ComparisonKey(f) != nil {
                let me = FigureRef(document: id, figure: f)
                for other in conflicts(with: f, in: id) where (me.document, me.figure.range.lowerBound) < (other.document, other.figure.range.lowerBound) {
                    out.append([me, other])
                }
            }
        }
        return out
    }
}

/// A document's conflict partners as found at one generation of the index, under one tolerance.
struct KnownPartners: Sendable {
    var generation: Int
    var tolerance: Double
    var partners: Set<String>
}

/// A claim as its bucket entry names it: its document and its index among the document's figures (cheaper to
/// hash than the claim itself; one figure starts at each offset, so the index names one place).
struct EntryPlace: Hashable {
    var document: String
    var figure: Int
}

/// A figure of some document of the workspace.
public struct FigureRef: Sendable, Hashable {
    public var document: String
    public var figure: Figure
    public init(document: String, figure: Figure) {
        self.document = document
        self.figure = figure
    }
}
