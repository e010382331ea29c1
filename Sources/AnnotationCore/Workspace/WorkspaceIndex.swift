/// Claims and actors of every document of a workspace, kept up to date one document at a time. Pure: the
/// caller reads files and hands in analyses; the index answers which findings each document has.
public struct WorkspaceIndex: Sendable {
    public private(set) var documents: [String: DocumentAnalysis] = [:]
    public private(set) var actors = ActorDirectory()
    public var tolerance: Double

    public init(tolerance: Double = Configuration.defaultConflictTolerance) {
        self.tolerance = tolerance
    }

    /// Adds or replaces a document. Returns the ids of documents whose findings may have changed.
    @discardableResult
    public mutating func update(_ analysis: DocumentAnalysis) -> Set<String> {
        documents[analysis.id] = analysis
        actors.update(analysis.id, mentions: analysis.mentions)
        return [analysis.id]
    }

    /// Drops a document. Returns the ids of documents whose findings may have changed.
    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        documents[id] = nil
        actors.remove(id)
        return [id]
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

extension WorkspaceIndex {
    /// Every set of mutually conflicting figures (placeholder until the conflict work lands).
    public func conflictSets() -> [[FigureRef]] { [] }
}
