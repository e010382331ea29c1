/// The workspace's view of actors: every document's mentions, joined across documents, so that rules and
/// hovers can say how often and where an actor appears, and which spelling dominates.
public struct ActorDirectory: Sendable {
    public private(set) var mentionsByDocument: [String: [ActorMention]] = [:]

    public init() {}

    /// Replaces a document's mentions; returns the other documents whose actor findings may change.
    @discardableResult
    public mutating func update(_ id: String, mentions: [ActorMention]) -> Set<String> {
        mentionsByDocument[id] = mentions
        return []
    }

    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        mentionsByDocument[id] = nil
        return []
    }

    /// The actor mentioned at a byte offset, if any.
    public func mention(document id: String, offset: Int) -> ActorMention? {
        mentionsByDocument[id]?.first { $0.range.contains(offset) }
    }

    /// Every mention, in every document, of the actor mentioned at a byte offset (for references and
    /// document highlights). Empty when no actor stands there.
    public func occurrences(document id: String, offset: Int) -> [(document: String, mention: ActorMention)] {
        guard let m = mention(document: id, offset: offset) else { return [] }
        return mentionsByDocument.keys.sorted().flatMap { doc in
            mentionsByDocument[doc]!.filter { $0.name == m.name }.map { (document: doc, mention: $0) }
        }
    }

    /// The actor card (kind, aliases, mentions per file) for the mention at a byte offset.
    public func card(document id: String, offset: Int) -> HoverCard? {
        guard let m = mention(document: id, offset: offset) else { return nil }
        return HoverCard(markdown: "**\(m.name)** (\(m.kind.rawValue))", range: m.range)
    }
}
