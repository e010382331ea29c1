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
        if let f = doc.figures.first(where: { $0.range.contains(offset) }) {
            return HoverCard(markdown: "**\(f.text)**", range: f.range)
        }
        return index.actors.card(document: id, offset: offset)
    }
}
