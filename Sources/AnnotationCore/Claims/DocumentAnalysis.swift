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
        var segmentation = segmentation
        segmentation.paragraphs = segmentation.paragraphs.trimmed()
        segmentation.sentences = segmentation.sentences.trimmed()
        self.segmentation = segmentation
        self.figures = figures.trimmed()
        self.mentions = mentions.trimmed()
        self.suppressions = suppressions
    }

    public var claims: [Figure] { figures.filter(\.isClaim) }
}

extension Array {
    /// The same elements in storage of their count: arrays built by appending keep up to twice the room
    /// they use, and an analysis is kept for as long as its document is in the workspace (a `Figure` is
    /// several hundred bytes).
    func trimmed() -> [Element] {
        guard capacity > count else { return self }
        var out: [Element] = []
        out.reserveCapacity(count)
        out.append(contentsOf: self)
        return out
    }
}
