/// What the editor shows when the pointer rests on a figure or an actor: Markdown, and the span it covers.
public struct HoverCard: Sendable, Hashable {
    public var markdown: String
    public var range: Range<Int>
    public init(markdown: String, range: Range<Int>) {
        self.markdown = markdown
        self.range = range
    }
}

public enum HoverCards {
    /// The card for whatever stands at a byte offset of a document: a figure's provenance, else an actor's card.
    public static func card(document id: String, offset: Int, index: WorkspaceIndex) -> HoverCard? {
        guard let doc = index.documents[id] else { return nil }
        return card(in: doc, offset: offset, index: index)
    }

    /// The same for a whole analysis of a document of `index` (the index may keep only a compact form of
    /// a document that is not open: see `DocumentAnalysis.compacted()`).
    public static func card(in doc: DocumentAnalysis, offset: Int, index: WorkspaceIndex) -> HoverCard? {
        if let f = figure(in: doc, at: offset) {
            return HoverCard(markdown: FigureCard.markdown(f, in: doc, index: index), range: f.range)
        }
        return index.actors.card(document: doc.id, offset: offset)
    }

    /// The figure covering an offset (its end included, so a cursor right after "6 million" still finds it).
    static func figure(in doc: DocumentAnalysis, at offset: Int) -> Figure? {
        var lo = 0, hi = doc.figures.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = doc.figures[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset > r.upperBound { lo = mid + 1 } else { return doc.figures[mid] }
        }
        return nil
    }
}
