/// Claims and actors of every document of a workspace, kept up to date one document at a time. Pure: the
/// caller reads files and hands in analyses; the index answers which findings each document has.
public struct WorkspaceIndex: Sendable {
    public private(set) var documents: [String: DocumentAnalysis] = [:]
    public private(set) var actors = ActorDirectory()
    public var tolerance: Double
    /// Claims filed by comparison key: only claims in one bucket can conflict.
    private var buckets: [ComparisonKey: ConflictBucket] = [:]
    /// Filing order across buckets, so results keep the order in which claims were filed.
    private var nextSequence = 0

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
            affected.formUnion(conflictPartners(of: analysis.id))
            unfile(analysis.id)
        }
        documents[analysis.id] = analysis
        file(analysis)
        affected.formUnion(conflictPartners(of: analysis.id))
        affected.formUnion(actors.update(analysis.id, mentions: analysis.mentions))
        return affected
    }

    /// Drops a document. Returns the ids of documents whose findings may have changed.
    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        guard documents[id] != nil else { return [] }
        var affected = conflictPartners(of: id)
        unfile(id)
        documents[id] = nil
        affected.formUnion(actors.remove(id))
        affected.remove(id)
        return affected
    }

    private mutating func file(_ a: DocumentAnalysis) {
        for f in a.figures {
            if let key = ComparisonKey(f) {
                buckets[key, default: ConflictBucket()].append(FigureRef(document: a.id, figure: f), sequence: nextSequence)
                nextSequence += 1
            }
        }
    }

    private mutating func unfile(_ id: String) {
        guard let old = documents[id] else { return }
        var keys = Set<ComparisonKey>()
        for f in old.figures { if let k = ComparisonKey(f) { keys.insert(k) } }
        for k in keys {
            buckets[k]?.removeAll(document: id)
            if buckets[k]?.isEmpty == true { buckets[k] = nil }
        }
    }

    /// Every claim of the workspace filed under the same key as `figure` (agreeing or not), itself excluded.
    public func sameQuantity(as figure: Figure, in id: String) -> [FigureRef] {
        guard let key = ComparisonKey(figure), let bucket = buckets[key] else { return [] }
        let actors = Set(figure.actors)
        return bucket.entries.filter { !($0.ref.document == id && $0.ref.figure.range == figure.range) && Self.sameActors($0.actors, actors) }
            .map(\.ref)
    }

    /// The figures that conflict with one figure of a document: `sameQuantity` filtered by
    /// `ConflictTest.conflicts`, found through the bucket's sorted bounds instead of a scan of the bucket.
    public func conflicts(with figure: Figure, in id: String) -> [FigureRef] {
        guard let key = ComparisonKey(figure), let bucket = buckets[key] else { return [] }
        let actors = Set(figure.actors)
        return bucket.intervalConflicts(with: figure, tolerance: tolerance)
            .filter { !($0.ref.document == id && $0.ref.figure.range == figure.range) && Self.sameActors($0.actors, actors) }
            .map(\.ref)
    }

    /// `ConflictTest.sameActors` on actor sets built once.
    private static func sameActors(_ x: Set<String>, _ y: Set<String>) -> Bool {
        x.isSubset(of: y) || y.isSubset(of: x)
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

    /// Every conflicting pair of the workspace, each once, in a stable order.
    public func conflictSets() -> [[FigureRef]] {
        var out: [[FigureRef]] = []
        for key in buckets.keys.sorted(by: { "\($0)" < "\($1)" }) {
            let bucket = buckets[key]!
            // Pairs (i, j), i filed before j, in filing order of i then j, as a double loop over the bucket.
            for a in bucket.entries {
                for b in bucket.intervalConflicts(with: a.ref.figure, tolerance: tolerance)
                where b.sequence > a.sequence && Self.sameActors(a.actors, b.actors) {
                    out.append([a.ref, b.ref])
                }
            }
        }
        return out
    }
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
