/// Workspace folders, watched files and configuration (LSP 3.17 §"Workspace Features").
public struct WorkspaceFolder: Sendable, Hashable, Codable {
    public var uri: String
    public var name: String
    public init(uri: String, name: String) {
        self.uri = uri
        self.name = name
    }
}

public struct DidChangeWorkspaceFoldersParams: Sendable, Codable {
    public var event: WorkspaceFoldersChangeEvent
}

public struct WorkspaceFoldersChangeEvent: Sendable, Codable {
    public var added: [WorkspaceFolder]
    public var removed: [WorkspaceFolder]
}

public struct FileEvent: Sendable, Hashable, Codable {
    public var uri: String
    /// `FileChangeType`: 1 created, 2 changed, 3 deleted.
    public var type: Int
    public init(uri: String, type: Int) {
        self.uri = uri
        self.type = type
    }
    public static let created = 1
    public static let changed = 2
    public static let deleted = 3
}

public struct DidChangeWatchedFilesParams: Sendable, Codable {
    public var changes: [FileEvent]
}

public struct DidChangeConfigurationParams: Sendable, Codable {
    /// Free-form; LSPAny decodes `null` too, so a client that sends `{"settings": null}` (pull-model
    /// configuration) is accepted.
    public var settings: LSPAny?
}

public struct ConfigurationItem: Sendable, Codable {
    public var scopeUri: String?
    public var section: String?
    public init(scopeUri: String? = nil, section: String?) {
        self.scopeUri = scopeUri
        self.section = section
    }
}

public struct ConfigurationParams: Sendable, Codable {
    public var items: [ConfigurationItem]
    public init(items: [ConfigurationItem]) { self.items = items }
}

public struct FileSystemWatcher: Sendable, Codable {
    public var globPattern: String
    /// `WatchKind` bit set; nil means create | change | delete.
    public var kind: Int?
    public init(globPattern: String, kind: Int? = nil) {
        self.globPattern = globPattern
        self.kind = kind
    }
}

public struct DidChangeWatchedFilesRegistrationOptions: Sendable, Codable {
    public var watchers: [FileSystemWatcher]
    public init(watchers: [FileSystemWatcher]) { self.watchers = watchers }
}
