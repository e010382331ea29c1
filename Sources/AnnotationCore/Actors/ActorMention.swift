/// What a named actor is (SPEC §3.3).
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, state, unknown
}

/// One mention of a named actor in a document. `name` is the canonical name the mention resolves to within
/// its document ("Putin" → "Vladimir Putin"); the workspace may join it further.
public struct ActorMention: Sendable, Hashable {
    public var range: Range<Int>
    public var text: String
    public var name: String
    public var kind: ActorKind
    public init(range: Range<Int>, text: String, name: String, kind: ActorKind) {
        self.range = range
        self.text = text
        self.name = name
        self.kind = kind
    }
}

/// An actor a workspace adds in its configuration (SPEC §7): wins over the built-in lists.
public struct ActorDefinition: Sendable, Hashable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public init(name: String, kind: ActorKind, aliases: [String] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }
}
