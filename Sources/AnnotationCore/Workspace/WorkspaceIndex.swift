/// Claims and actors of every document of a workspace, kept up to date one document at a time. Pure: the
/// caller reads files and hands in analyses; the index answers which findings each document has.
public struct WorkspaceIndex: Sendable {
    public private(set) var documents: [String: DocumentAnalysis] = [:]
    public private(set) var actors = ActorDirectory()
    public var tolerance: Double
    /// Claims filed by comparison key, then by each of their actors: only claims under one key that share an
    /// actor can conflict, so an edit looks at those alone.
    private var buckets: [ComparisonKey: [String: [FigureRef]]] = [:]

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
        affected.formUnion(actors.update(analysis))
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
            guard let key = ComparisonKey(f) else { continue }
            for actor in Set(f.actors) { buckets[key, default: [:]][actor, default: []].append(FigureRef(document: a.id, figure: f)) }
        }
    }

    private mutating func unfile(_ id: String) {
        guard let old = documents[id] else { return }
        for f in old.figures {
            guard let key = ComparisonKey(f) else { continue }
            for actor in Set(f.actors) {
                buckets[key]?[actor]?.removeAll { $0.document == id }
                if buckets[key]?[actor]?.isEmpty == true { buckets[key]?[actor] = nil }
            }
            if buckets[key]?.isEmpty == true { buckets[key] = nil }
        }
    }

    /// Every claim of the workspace filed under the same key as `figure` whose actors are a subset or superset
    /// of its own (agreeing or not), itself excluded.
    public func sameQuantity(as figure: Figure, in id: String) -> [FigureRef] {
        guard let key = ComparisonKey(figure), let byActor = buckets[key] else { return [] }
        var seen = Set<FigureRef>()
        var out: [FigureRef] = []
        for actor in figure.actors {
            for r in byActor[actor] ?? [] where !(r.document == id && r.figure.range == figure.range) {
                if ConflictTest.sameActors(r.figure, figure), seen.insert(r).inserted { out.append(r) }
            }
        }
        return out.sorted { ($0.document, $0.figure.range.lowerBound) < ($1.document, $1.figure.range.lowerBound) }
    }

    /// The figures that conflict with one figure of a document.
    public func conflicts(with figure: Figure, in id: String) -> [FigureRef] {
        sameQuantity(as: figure, in: id).filter { ConflictTest.conflicts($0.figure, figure, tolerance: tolerance) }
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

/// A figure of some document of the workspace.
public struct FigureRef: Sendable, Hashable {
    public var document: String
    public var figure: Figure
    public init(document: String, figure: Figure) {
        self.document = document
        self.figure = figure
    }
}
