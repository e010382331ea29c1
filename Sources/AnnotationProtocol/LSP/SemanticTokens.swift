/// `textDocument/semanticTokens/full` and `/range` (LSP 3.16).
public struct SemanticTokensParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
}

public struct SemanticTokensRangeParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
}

public struct SemanticTokensLegend: Sendable, Hashable, Codable {
    public var tokenTypes: [String]
    public var tokenModifiers: [String]
    public init(tokenTypes: [String], tokenModifiers: [String]) {
        self.tokenTypes = tokenTypes
        self.tokenModifiers = tokenModifiers
    }
}

public struct SemanticTokensOptions: Sendable, Codable {
    public var legend: SemanticTokensLegend
    public var range: Bool?
    public var full: Bool?
    public init(legend: SemanticTokensLegend, range: Bool?, full: Bool?) {
        self.legend = legend
        self.range = range
        self.full = full
    }
}

/// Five integers per token: delta line, delta start, length, type index, modifier bits.
public struct SemanticTokens: Sendable, Hashable, Codable {
    public var resultId: String?
    public var data: [Int]
    public init(resultId: String? = nil, data: [Int]) {
        self.resultId = resultId
        self.data = data
    }
}
