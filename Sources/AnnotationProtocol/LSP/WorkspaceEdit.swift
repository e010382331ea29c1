/// Edits the server proposes (code actions). LSP 3.17 §"WorkspaceEdit".
public struct TextEdit: Sendable, Hashable, Codable {
    public var range: LSPRange
    public var newText: String
    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A document and the version an edit was computed for; `version` is null when the document is not open
/// (the edit is then against the file on disk). The key is always written, as LSP requires.
public struct OptionalVersionedTextDocumentIdentifier: Sendable, Hashable, Codable {
    public var uri: String
    public var version: Int?
    public init(uri: String, version: Int?) {
        self.uri = uri
        self.version = version
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(uri, forKey: .uri)
        try c.encode(version, forKey: .version)
    }
}

public struct TextDocumentEdit: Sendable, Hashable, Codable {
    public var textDocument: OptionalVersionedTextDocumentIdentifier
    public var edits: [TextEdit]
    public init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [TextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }
}

/// Either `documentChanges` (versioned, for clients that support it) or `changes` (URI → edits).
public struct WorkspaceEdit: Sendable, Hashable, Codable {
    public var changes: [String: [TextEdit]]?
    public var documentChanges: [TextDocumentEdit]?
    public init(changes: [String: [TextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
        self.changes = changes
        self.documentChanges = documentChanges
    }
}
