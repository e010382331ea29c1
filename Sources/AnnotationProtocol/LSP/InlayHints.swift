/// `textDocument/inlayHint` (LSP 3.17).
public struct InlayHintParams: Sendable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
}

public struct InlayHint: Sendable, Hashable, Codable {
    public var position: Position
    /// A plain string label (the widest-supported form).
    public var label: String
    /// `InlayHintKind`: 1 type, 2 parameter; nil for hints that are neither.
    public var kind: Int?
    public var tooltip: String?
    public var paddingLeft: Bool?
    public var paddingRight: Bool?
    public init(position: Position, label: String, kind: Int? = nil, tooltip: String?, paddingLeft: Bool?,
                paddingRight: Bool? = nil) {
        self.position = position
        self.label = label
        self.kind = kind
        self.tooltip = tooltip
        self.paddingLeft = paddingLeft
        self.paddingRight = paddingRight
    }
}
