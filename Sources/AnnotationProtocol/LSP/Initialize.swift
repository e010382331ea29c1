/// `initialize` params. Only `capabilities` is required by us; everything else is optional and unknown members
/// are ignored, so any client's initialize decodes.
public struct InitializeParams: Sendable, Codable {
    public var processId: Int?
    public var clientInfo: ClientInfo?
    public var rootPath: String?
    public var rootUri: String?
    public var initializationOptions: LSPAny?
    public var capabilities: ClientCapabilities
    public var trace: String?
    public var workspaceFolders: [WorkspaceFolder]?

    public init(capabilities: ClientCapabilities, rootUri: String? = nil, workspaceFolders: [WorkspaceFolder]? = nil,
                initializationOptions: LSPAny? = nil) {
        self.capabilities = capabilities
        self.rootUri = rootUri
        self.workspaceFolders = workspaceFolders
        self.initializationOptions = initializationOptions
    }
}

public struct ClientInfo: Sendable, Codable {
    public var name: String
    public var version: String?
}

/// The parts of the client's capabilities the server acts on.
public struct ClientCapabilities: Sendable, Codable {
    public var general: General?
    public var textDocument: TextDocument?
    public var workspace: Workspace?
    public var window: Window?

    public init(general: General? = nil, textDocument: TextDocument? = nil, workspace: Workspace? = nil) {
        self.general = general
        self.textDocument = textDocument
        self.workspace = workspace
    }

    public struct General: Sendable, Codable {
        public var positionEncodings: [PositionEncodingKind]?
        public init(positionEncodings: [PositionEncodingKind]?) { self.positionEncodings = positionEncodings }
    }

    public struct TextDocument: Sendable, Codable {
        /// Present when the client pulls diagnostics (`textDocument/diagnostic`).
        public var diagnostic: DynamicRegistration?
        public var publishDiagnostics: PublishDiagnostics?
        public var hover: Hover?
        public var documentSymbol: DocumentSymbol?
        public init(diagnostic: DynamicRegistration? = nil) { self.diagnostic = diagnostic }
    }

    public struct DocumentSymbol: Sendable, Codable {
        public var hierarchicalDocumentSymbolSupport: Bool?
    }

    public struct PublishDiagnostics: Sendable, Codable {
        public var relatedInformation: Bool?
        public var versionSupport: Bool?
        public var codeDescriptionSupport: Bool?
        public var dataSupport: Bool?
    }

    public struct Hover: Sendable, Codable {
        public var contentFormat: [String]?
    }

    public struct Workspace: Sendable, Codable {
        public var configuration: Bool?
        public var workspaceFolders: Bool?
        public var didChangeWatchedFiles: DynamicRegistration?
        public var didChangeConfiguration: DynamicRegistration?
        public var diagnostics: RefreshSupport?
        public var workspaceEdit: WorkspaceEdit?
        public init(configuration: Bool? = nil, didChangeWatchedFiles: DynamicRegistration? = nil,
                    diagnostics: RefreshSupport? = nil) {
            self.configuration = configuration
            self.didChangeWatchedFiles = didChangeWatchedFiles
            self.diagnostics = diagnostics
        }
    }

    public struct WorkspaceEdit: Sendable, Codable {
        public var documentChanges: Bool?
    }

    public struct Window: Sendable, Codable {
        public var workDoneProgress: Bool?
        public var showMessage: LSPAny?
        public var showDocument: ShowDocument?
    }

    public struct ShowDocument: Sendable, Codable {
        public var support: Bool?
    }

    public struct DynamicRegistration: Sendable, Codable {
        public var dynamicRegistration: Bool?
        public init(dynamicRegistration: Bool? = nil) { self.dynamicRegistration = dynamicRegistration }
    }

    public struct RefreshSupport: Sendable, Codable {
        public var refreshSupport: Bool?
        public init(refreshSupport: Bool? = nil) { self.refreshSupport = refreshSupport }
    }
}

public struct InitializeResult: Sendable, Codable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo?
    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo?) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}

public struct ServerInfo: Sendable, Codable {
    public var name: String
    public var version: String?
    public init(name: String, version: String?) {
        self.name = name
        self.version = version
    }
}
