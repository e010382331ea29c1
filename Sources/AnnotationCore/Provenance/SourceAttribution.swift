/// Where a claim says it comes from (SPEC §3.2).
public enum SourceStatus: String, Sendable, Hashable, Codable {
    case specific, speaker, vague, none
}

public struct SourceAttribution: Sendable, Hashable {
    public var status: SourceStatus
    /// The cue phrase ("According to a State Department fact sheet"), when there is one.
    public var text: String?
    /// The named source ("State Department"), when there is one.
    public var actor: String?
    /// Where the cue stands, for hover and highlighting.
    public var range: Range<Int>?

    public init(status: SourceStatus, text: String? = nil, actor: String? = nil, range: Range<Int>? = nil) {
        self.status = status
        self.text = text
        self.actor = actor
        self.range = range
    }

    public static let none = SourceAttribution(status: .none)
}
