/// `textDocument/documentSymbol` and `workspace/symbol`.
public struct DocumentSymbolParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
}

public struct WorkspaceSymbolParams: Sendable, Codable {
    public var query: String
}

/// `SymbolKind` numbers the server uses.
public enum SymbolKind {
    public static let module = 2
    public static let namespace = 3
    public static let `class` = 5
    public static let `enum` = 10
    public static let variable = 13
    public static let number = 16
}

public struct DocumentSymbol: Sendable, Hashable, Codable {
    public var name: String
    public var detail: String?
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?
    public init(name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange,
                children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// The flat form, for clients without hierarchical document symbols and for workspace symbols.
public struct SymbolInformation: Sendable, Hashable, Codable {
    public var name: String
    public var kind: Int
    public var location: Location
    public var containerName: String?
    public init(name: String, kind: Int, location: Location, containerName: String?) {
        self.name = name
        self.kind = kind
        self.location = location
        self.containerName = containerName
    }
}
