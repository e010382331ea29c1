public struct MarkupContent: Sendable, Hashable, Codable {
    /// "markdown" or "plaintext".
    public var kind: String
    public var value: String
    public init(kind: String, value: String) {
        self.kind = kind
        self.value = value
    }
    public static func markdown(_ value: String) -> MarkupContent { MarkupContent(kind: "markdown", value: value) }
}

public struct Hover: Sendable, Hashable, Codable {
    public var contents: MarkupContent
    public var range: LSPRange?
    public init(contents: MarkupContent, range: LSPRange?) {
        self.contents = contents
        self.range = range
    }
}
