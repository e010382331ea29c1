/// `textDocument/codeAction` and `workspace/executeCommand`.
public struct CodeActionParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: CodeActionContext
}

public struct CodeActionContext: Sendable, Codable {
    /// Kept untyped: a client may pass other servers' diagnostics here (a numeric `code`, unknown members),
    /// and one odd diagnostic must not make the whole request invalid.
    public var diagnostics: [LSPAny]
    public var only: [String]?
    public var triggerKind: Int?
}

public enum CodeActionKind {
    public static let quickFix = "quickfix"
}

public struct Command: Sendable, Hashable, Codable {
    public var title: String
    public var command: String
    public var arguments: [LSPAny]?
    public init(title: String, command: String, arguments: [LSPAny]?) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }
}

public struct CodeAction: Sendable, Hashable, Codable {
    public var title: String
    public var kind: String?
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
    public var command: Command?
    public init(title: String, kind: String?, diagnostics: [Diagnostic]?, isPreferred: Bool?,
                edit: WorkspaceEdit? = nil, command: Command? = nil) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
        self.command = command
    }
}

public struct CodeActionOptions: Sendable, Codable {
    public var codeActionKinds: [String]?
    public var resolveProvider: Bool?
    public init(codeActionKinds: [String]?, resolveProvider: Bool?) {
        self.codeActionKinds = codeActionKinds
        self.resolveProvider = resolveProvider
    }
}

public struct ExecuteCommandOptions: Sendable, Codable {
    public var commands: [String]
    public init(commands: [String]) { self.commands = commands }
}

public struct ExecuteCommandParams: Sendable, Codable {
    public var command: String
    public var arguments: [LSPAny]?
}

/// `window/showDocument` (LSP 3.16): asks the client to show a location.
public struct ShowDocumentParams: Sendable, Codable {
    public var uri: String
    public var external: Bool?
    public var takeFocus: Bool?
    public var selection: LSPRange?
    public init(uri: String, external: Bool? = nil, takeFocus: Bool?, selection: LSPRange?) {
        self.uri = uri
        self.external = external
        self.takeFocus = takeFocus
        self.selection = selection
    }
}
