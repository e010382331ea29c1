/// What the server tells the client it does. Every member is optional and left out when nil, so the server
/// advertises exactly what it implements.
public struct ServerCapabilities: Sendable, Codable {
    public var positionEncoding: PositionEncodingKind?
    public var textDocumentSync: TextDocumentSyncOptions?
    public var hoverProvider: Bool?
    public var referencesProvider: Bool?
    public var documentHighlightProvider: Bool?
    public var diagnosticProvider: DiagnosticOptions?
    public var codeActionProvider: CodeActionOptions?
    public var executeCommandProvider: ExecuteCommandOptions?
    public var inlayHintProvider: Bool?
    public var semanticTokensProvider: SemanticTokensOptions?
    public var documentSymbolProvider: Bool?
    public var workspaceSymbolProvider: Bool?
    public var workspace: WorkspaceServerCapabilities?

    public init() {}
}

public struct TextDocumentSyncOptions: Sendable, Codable {
    public var openClose: Bool?
    /// A `TextDocumentSyncKind` number.
    public var change: Int?
    public var save: SaveOptions?
    public init(openClose: Bool?, change: Int?, save: SaveOptions?) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }
}

public struct SaveOptions: Sendable, Codable {
    public var includeText: Bool?
    public init(includeText: Bool?) { self.includeText = includeText }
}

public struct DiagnosticOptions: Sendable, Codable {
    public var identifier: String?
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool
    public init(identifier: String?, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }
}

public struct WorkspaceServerCapabilities: Sendable, Codable {
    public var workspaceFolders: WorkspaceFoldersServerCapabilities?
    public init(workspaceFolders: WorkspaceFoldersServerCapabilities?) { self.workspaceFolders = workspaceFolders }
}

public struct WorkspaceFoldersServerCapabilities: Sendable, Codable {
    public var supported: Bool?
    public var changeNotifications: Bool?
    public init(supported: Bool?, changeNotifications: Bool?) {
        self.supported = supported
        self.changeNotifications = changeNotifications
    }
}
