// Compact forms of what `ActorDirectory` keeps for every document of a workspace: one summary per name a
// document writes (about 90,000 for the bench's 10,000 files). As a dictionary per document, with an array
// of words and one of mention indices per name, they were about 26 MB of the server's 245 MB heap; the
// directory only ever asks a name's first and last word and its word count, and most names are mentioned
// once in a file.

/// The words of a name, as the directory reads them: the first (a given name, or a family name written
/// first) and the last (a surname), and how many there are.
struct NameWords: Sendable, Equatable {
    let first: UInt64
    let last: UInt64
    let count: Int

    init(_ words: [UInt64]) {
        first = words.first ?? 0
        last = words.last ?? 0
        count = words.count
    }

    init(first: UInt64, last: UInt64, count: Int) {
        self.first = first
        self.last = last
        self.count = count
    }
}

/// Indices of a document's mentions of one name, ascending: the first held inline, so that a name
/// mentioned once (most of them) needs no array of its own.
struct MentionIndices: RandomAccessCollection, Sendable {
    private let head: Int
    private var tail: [Int32] = []

    init(_ first: Int) { head = first }

    var startIndex: Int { 0 }
    var endIndex: Int { 1 + tail.count }
    subscript(position: Int) -> Int { position == 0 ? head : Int(tail[position - 1]) }

    /// A mention index fits 32 bits: each mention is a word of the text, and the engine keeps a 56-byte
    /// value for each one, so a document with 2^31 of them could not be held.
    mutating func append(_ index: Int) { tail.append(Int32(index)) }

    /// Room for `n` more indices: a document's summaries count their mentions first, so each list is made
    /// at its size instead of grown one index at a time.
    mutating func reserveCapacity(_ n: Int) { tail.reserveCapacity(tail.count + n) }
}

/// One document's summaries, ordered by key: found by bisection, held in one array of their count.
struct NameSummaries: Sendable {
    let values: [ActorDirectory.Summary]
    /// The document's mentions, which the summaries index: the directory keeps them here only, so a document's
    /// names and the mentions they point into are replaced together.
    let mentions: [ActorMention]

    init(_ byKey: [UInt64: ActorDirectory.Summary], mentions: [ActorMention]) {
        self.mentions = mentions
        var all: [ActorDirectory.Summary] = []
        all.reserveCapacity(byKey.count)
        all.append(contentsOf: byKey.values)
        all.sort { $0.key < $1.key }
        values = all
    }

    /// The same summaries for the document's mentions at other places (an edit that only moved them).
    func moved(to mentions: [ActorMention]) -> NameSummaries {
        NameSummaries(values: values, mentions: mentions)
    }

    private init(values: [ActorDirectory.Summary], mentions: [ActorMention]) {
        self.values = values
        self.mentions = mentions
    }

    subscript(key: UInt64) -> ActorDirectory.Summary? {
        let i = values.partitioningIndex { $0.key >= key }
        return i < values.count && values[i].key == key ? values[i] : nil
    }

    /// The summaries by key, for an update comparing a document's names before and after.
    var byKey: [UInt64: ActorDirectory.Summary] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0) })
    }
}
