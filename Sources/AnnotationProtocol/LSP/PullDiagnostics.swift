/// Pull diagnostics: `textDocument/diagnostic` and `workspace/diagnostic` (LSP 3.17).
public struct DocumentDiagnosticParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var identifier: String?
    public var previousResultId: String?
    public init(textDocument: TextDocumentIdentifier, previousResultId: String? = nil) {
        self.textDocument = textDocument
        self.previousResultId = previousResultId
    }
}

public struct PreviousResultId: Sendable, Codable {
    public var uri: String
    public var value: String
    public init(uri: String, value: String) {
        self.uri = uri
        self.value = value
    }
}

public struct WorkspaceDiagnosticParams: Sendable, Codable {
    public var identifier: String?
    public var previousResultIds: [PreviousResultId]
    public init(previousResultIds: [PreviousResultId]) { self.previousResultIds = previousResultIds }
}

/// A `full` report carries the items; `unchanged` says the client's `previousResultId` still holds.
public enum DocumentDiagnosticReport: Sendable, Encodable {
    case full(resultId: String, items: [Diagnostic])
    case unchanged(resultId: String)

    enum Key: String, CodingKey { case kind, resultId, items }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .full(let resultId, let items):
            try c.encode("full", forKey: .kind)
            try c.encode(resultId, forKey: .resultId)
            try c.encode(items, forKey: .items)
        case .unchanged(let resultId):
            try c.encode("unchanged", forKey: .kind)
            try c.encode(resultId, forKey: .resultId)
        }
    }
}

/// One document's report inside a workspace report: the same, plus its URI and the version of the open
/// document it was computed from (`null` for a file that is not open — LSP requires the member).
public struct WorkspaceDocumentDiagnosticReport: Sendable, Encodable {
    public var uri: String
    public var version: Int?
    public var report: DocumentDiagnosticReport

    public init(uri: String, version: Int?, report: DocumentDiagnosticReport) {
        self.uri = uri
        self.version = version
        self.report = report
    }

    enum Key: String, CodingKey { case uri, version }

    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(uri, forKey: .uri)
        if let version { try c.encode(version, forKey: .version) } else { try c.encodeNil(forKey: .version) }
    }
}

public struct WorkspaceDiagnosticReport: Sendable, Encodable {
    public var items: [WorkspaceDocumentDiagnosticReport]
    public init(items: [WorkspaceDocumentDiagnosticReport]) { self.items = items }
}
