/// The text document synchronisation messages (LSP 3.17 §"Text Document Synchronization").
public struct TextDocumentIdentifier: Sendable, Hashable, Codable {
    public var uri: String
    public init(uri: String) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Sendable, Hashable, Codable {
    public var uri: String
    public var version: Int
    public init(uri: String, version: Int) {
        self.uri = uri
        self.version = version
    }
}

public struct TextDocumentItem: Sendable, Hashable, Codable {
    public var uri: String
    public var languageId: String
    public var version: Int
    public var text: String
    public init(uri: String, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }
}

public struct DidOpenTextDocumentParams: Sendable, Codable {
    public var textDocument: TextDocumentItem
    public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
}

/// One edit: with a range it replaces that range; without, it is the whole new text.
public struct TextDocumentContentChangeEvent: Sendable, Hashable, Codable {
    public var range: LSPRange?
    /// Deprecated in LSP; read and ignored (the range is authoritative).
    public var rangeLength: Int?
    public var text: String
    public init(range: LSPRange? = nil, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidChangeTextDocumentParams: Sendable, Codable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }
}

public struct DidSaveTextDocumentParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var text: String?
}

public struct DidCloseTextDocumentParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
}

public struct TextDocumentPositionParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}

/// `TextDocumentSyncKind`: the server takes incremental edits.
public enum TextDocumentSyncKind {
    public static let none = 0
    public static let full = 1
    public static let incremental = 2
}
