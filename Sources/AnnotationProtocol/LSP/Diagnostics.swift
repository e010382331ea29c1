/// Push diagnostics (`textDocument/publishDiagnostics`) and the `Diagnostic` they carry.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var range: LSPRange
    /// `DiagnosticSeverity`: 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
    public var data: LSPAny?

    public init(range: LSPRange, severity: Int?, code: String?, codeDescription: CodeDescription?, source: String?,
                message: String, relatedInformation: [DiagnosticRelatedInformation]?, data: LSPAny?) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
        self.data = data
    }
}

public struct CodeDescription: Sendable, Hashable, Codable {
    public var href: String
    public init(href: String) { self.href = href }
}

public struct DiagnosticRelatedInformation: Sendable, Hashable, Codable {
    public var location: Location
    public var message: String
    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

public struct PublishDiagnosticsParams: Sendable, Codable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]
    public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}
