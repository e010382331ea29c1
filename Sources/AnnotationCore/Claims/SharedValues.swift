/// Equal values of one document's claims held once. The claims of a sentence mostly carry the same actors,
/// evidence words, source cue and time marks, and each held its own copy on the heap: for the compact form a
/// workspace keeps of every document nobody has open (`DocumentAnalysis.compacted()`), equal arrays, sets
/// and strings are made to share one storage. Values stay equal; only where they are stored changes.
struct SharedValues {
    private var strings: Set<String> = []
    private var lists: Set<[String]> = []
    private var sets: Set<Set<String>> = []
    private var wordSets: Set<SortedWords> = []

    /// Strings of up to 15 UTF-8 bytes are stored inline, so sharing them saves nothing.
    mutating func one(_ s: String) -> String {
        guard s.utf8.count > 15 else { return s }
        return strings.insert(s).memberAfterInsert
    }

    mutating func one(_ s: String?) -> String? {
        s.map { one($0) }
    }

    mutating func one(_ list: [String]) -> [String] {
        guard !list.isEmpty else { return list }
        return lists.insert(list.map { one($0) }).memberAfterInsert
    }

    mutating func one(_ set: Set<String>) -> Set<String> {
        guard !set.isEmpty else { return set }
        return sets.insert(set).memberAfterInsert
    }

    mutating func one(_ words: SortedWords) -> SortedWords {
        guard !words.isEmpty else { return words }
        return wordSets.insert(words).memberAfterInsert
    }

    /// A mention whose name and spelling share the storage of the same words mentioned before.
    mutating func sharing(_ m: ActorMention) -> ActorMention {
        var n = m
        n.text = one(m.text)
        n.name = one(m.name)
        return n
    }

    /// The figure with its strings, lists and sets shared with the claims seen before it.
    mutating func sharing(_ f: Figure) -> Figure {
        var g = f
        g.change { part in
            part.text = one(part.text)
            part.qualifierText = one(part.qualifierText)
            part.unit = one(part.unit)
            part.unitClass = one(part.unitClass)
            part.measure = one(part.measure)
            part.object = one(part.object)
        }
        g.actors = one(f.actors)
        g.source.text = one(f.source.text)
        g.source.actor = one(f.source.actor)
        if var id = f.identity {
            id.head = one(id.head)
            id.narrowing = one(id.narrowing)
            id.exclusions = one(id.exclusions)
            id.participants = one(id.participants)
            id.recipients = one(id.recipients)
            id.documentDate = one(id.documentDate)
            id.anchor.marks = one(id.anchor.marks)
            id.per = one(id.per)
            id.evidence = one(id.evidence)
            id.measure = one(id.measure)
            id.intent = one(id.intent)
            id.object = one(id.object)
            id.story = one(id.story)
            g.identity = id
        }
        return g
    }
}
