/// One actor as the whole workspace knows it: every document's mentions of it joined under one name.
public struct WorkspaceActor: Sendable, Hashable {
    public struct FileCount: Sendable, Hashable {
        public var document: String
        public var mentions: Int
    }

    public var name: String
    public var kind: ActorKind
    /// Every surface spelling seen, most frequent first.
    public var aliases: [String]
    public var files: [FileCount]
    public var mentions: Int { files.reduce(0) { $0 + $1.mentions } }

    /// For finding data (SPEC §8): `{name, kind, aliases, mentions, files}` (mentions and files as counts;
    /// the hover card lists the files).
    public var json: JSONValue {
        .object([
            ("name", .string(name)), ("kind", .string(kind.rawValue)),
            ("aliases", .array(aliases.map { .string($0) })),
            ("mentions", .number(Double(mentions))),
            // Counts, not lists: a widely named actor would otherwise put the whole workspace in every finding.
            ("files", .number(Double(files.count))),
        ])
    }
}
