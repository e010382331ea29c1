/// `textDocument/references` and `textDocument/documentHighlight`.
public struct ReferenceParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: ReferenceContext?
}

public struct ReferenceContext: Sendable, Codable {
    public var includeDeclaration: Bool
}

public struct DocumentHighlight: Sendable, Hashable, Codable {
    public var range: LSPRange
    /// `DocumentHighlightKind`: 1 text, 2 read, 3 write. Mentions of an actor are plain text.
    public var kind: Int?
    public init(range: LSPRange, kind: Int?) {
        self.range = range
        self.kind = kind
    }
}
