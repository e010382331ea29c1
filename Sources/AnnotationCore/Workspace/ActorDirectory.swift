/// The workspace's view of actors: every document's mentions, joined across documents, so that rules and
/// hovers can say how often and where an actor appears, and which spelling dominates.
public struct ActorDirectory: Sendable {
    public private(set) var mentionsByDocument: [String: [ActorMention]] = [:]

    public init() {}

    public mutating func update(_ id: String, mentions: [ActorMention]) {
        mentionsByDocument[id] = mentions
    }

    public mutating func remove(_ id: String) {
        mentionsByDocument[id] = nil
    }
}
