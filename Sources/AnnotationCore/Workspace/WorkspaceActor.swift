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
    /// In document order (so one file's count is found by bisection: an actor may be named in thousands).
    public private(set) var files: [FileCount]
    /// Mentions in all files, summed once: every finding of the actor in every file reads it.
    public private(set) var mentions: Int

    init(name: String, kind: ActorKind, aliases: [String], files: [FileCount]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        // A tally's list is in order already: kept as given, it shares the tally's storage (the directory keeps
        // the tallies of widely named actors beside their actors).
        self.files = zip(files, files.dropFirst()).allSatisfy({ $0.document < $1.document }) ? files
            : files.sorted { $0.document < $1.document }
        self.mentions = files.reduce(0) { $0 + $1.mentions }
    }

    /// How often one document names the actor (0 when it does not). Publishing the workspace asks this for
    /// every actor of every file; a walk over `files` made that quadratic in the files naming a common actor.
    public func mentions(in document: String) -> Int {
        let i = files.partitioningIndex { !($0.document < document) }
        return i < files.count && files[i].document == document ? files[i].mentions : 0
    }

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
