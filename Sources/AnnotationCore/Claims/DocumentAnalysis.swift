/// Plain text or Markdown: decides what counts as prose and which comment syntax suppressions use.
public enum DocumentFormat: String, Sendable, Hashable {
    case plain, markdown

    /// From a path or URI's extension; anything that is not Markdown is read as plain text.
    public init(path: String) {
        let lower = path.lowercased()
        self = (lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdx")) ? .markdown : .plain
    }
}

/// Everything the engine found in one document. Immutable once built; the workspace index holds these.
public struct DocumentAnalysis: Sendable {
    public let id: String
    public let text: SourceText
    public let format: DocumentFormat
    public let segmentation: Segmentation
    /// Every figure, claims and non-claims, in text order.
    public let figures: [Figure]
    /// Every actor mention, in text order.
    public let mentions: [ActorMention]
    public let suppressions: [Suppression]

    public init(id: String, text: SourceText, format: DocumentFormat, segmentation: Segmentation,
                figures: [Figure], mentions: [ActorMention], suppressions: [Suppression]) {
        self.id = id
        self.text = text
        self.format = format
        self.segmentation = segmentation
        self.figures = figures
        self.mentions = mentions
        self.suppressions = suppressions
    }

    public var claims: [Figure] { figures.filter(\.isClaim) }
}
