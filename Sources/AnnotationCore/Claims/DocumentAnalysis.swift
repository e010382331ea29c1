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
    /// False for the compact form a workspace keeps of a document nobody has open (`compacted()`): it holds
    /// only what that document's findings and the workspace's conflicts read. Anything else (a hover, the
    /// semantic tokens, a quick fix) analyses `text` again.
    public let isComplete: Bool

    public init(id: String, text: SourceText, format: DocumentFormat, segmentation: Segmentation,
                figures: [Figure], mentions: [ActorMention], suppressions: [Suppression]) {
        self.init(id: id, text: text, format: format, segmentation: segmentation, figures: figures, mentions: mentions,
                  suppressions: suppressions, isComplete: true)
    }

    /// `trimming`: whether the lists are copied into storage of their size, for an analysis kept as it is.
    /// One replaced at the next keystroke, or compacted at once, is not: copying a large buffer's figures
    /// and mentions cost about a million instructions per edit.
    init(id: String, text: SourceText, format: DocumentFormat, segmentation: Segmentation,
         figures: [Figure], mentions: [ActorMention], suppressions: [Suppression], isComplete: Bool, trimming: Bool = true) {
        self.isComplete = isComplete
        self.id = id
        self.text = text
        self.format = format
        var segmentation = segmentation
        if trimming {
            segmentation.paragraphs = segmentation.paragraphs.trimmed()
            segmentation.sentences = segmentation.sentences.trimmed()
        }
        self.segmentation = segmentation
        self.figures = trimming ? figures.trimmed() : figures
        self.mentions = trimming ? mentions.trimmed() : mentions
        self.suppressions = suppressions
    }

    public var claims: [Figure] { figures.filter(\.isClaim) }

    /// What a workspace needs of a document that is not open, for its findings and for the conflicts of the
    /// others: its text, mentions and suppressions, and of its figures only the claims a finding can stand
    /// on — those compared across the workspace (with their identity) and those whose source is missing or
    /// vague (without it: their findings read none). Dates, years, sourced claims compared with nothing and
    /// the segmentation were close to a third of what a workspace held, and only a hover or an edit reads them.
    public func compacted() -> DocumentAnalysis {
        guard isComplete else { return self }
        var kept: [Figure] = []
        var shared = SharedValues()
        for f in figures where f.isClaim {
            if ComparisonKey(f) != nil {
                kept.append(shared.sharing(f))
            } else if f.source.status == .none || f.source.status == .vague {
                var bare = f
                bare.identity = nil
                kept.append(shared.sharing(bare))
            }
        }
        return DocumentAnalysis(id: id, text: text, format: format, segmentation: Segmentation(), figures: kept,
                                mentions: mentions.map { shared.sharing($0) }, suppressions: suppressions, isComplete: false)
    }
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
