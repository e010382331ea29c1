/// What a workspace actor is made of, summed over some of its members (`ActorDirectory.Member`): the
/// spellings and their counts, the mentions per file, the kinds' votes, and the few members whose place
/// in document order decides something (the first member, the first with the fullest name, the first of
/// each kind). A tally of all members but one document's, plus that document's, is the tally of all: an
/// edit that makes a buffer start or stop naming an actor that thousands of files name is answered from
/// the others' tally, kept while only that buffer changes, instead of reading the thousands again.
struct ActorTally: Sendable {
    /// A member's place in document order: its document, then which of the actor's keys it is under.
    struct Place: Comparable, Sendable {
        var document: String
        var key: Int
        static func < (a: Place, b: Place) -> Bool {
            a.document == b.document ? a.key < b.key : a.document < b.document
        }
    }

    private(set) var count = 0
    /// The first member, and its name.
    private var first: (place: Place, name: String)? = nil
    /// Of the members under the actor's own key, the most words any has, and the first with that many.
    private var bestWords = 0
    private var bestNamed: (place: Place, name: String)? = nil
    private var votes: [ActorKind: Int] = [:]
    private var firstOfKind: [ActorKind: Place] = [:]
    private var spellings: [String: Int] = [:]
    /// In document order.
    private var files: [WorkspaceActor.FileCount] = []
    /// Members that are not a lone ordinary word of undecided kind (`ActorDirectory.isOrdinaryWord`).
    private var notOrdinary = 0

    /// Adds one member. Members of one document are added together, in the order of their keys. With
    /// `inOrder`, the caller adds every member in document order, after all added before: each test of a
    /// place against the first ones is then known to fail (an actor of thousands of files compared a path
    /// with several others per member).
    mutating func add(_ member: ActorDirectory.Member, root: UInt64, lexicon: ActorLexicon, inOrder: Bool = false) {
        let s = member.summary
        let place = Place(document: member.document, key: member.key)
        func before(_ other: Place?) -> Bool { other == nil || (!inOrder && place < other!) }
        count += 1
        if before(first?.place) { first = (place, s.name) }
        if s.key == root, s.words.count > 0, s.words.count >= bestWords {
            if s.words.count > bestWords || before(bestNamed?.place) { bestNamed = (place, s.name) }
            bestWords = s.words.count
        }
        if s.kind != .unknown {
            votes[s.kind, default: 0] += s.mentions.count
            if before(firstOfKind[s.kind]) { firstOfKind[s.kind] = place }
        }
        for i in s.mentions { spellings[member.mentions[i].text, default: 0] += 1 }
        let i = inOrder ? (files.last?.document == member.document ? files.count - 1 : files.count)
                        : files.partitioningIndex { !($0.document < member.document) }
        if i < files.count, files[i].document == member.document {
            files[i].mentions += s.mentions.count
        } else {
            files.insert(WorkspaceActor.FileCount(document: member.document, mentions: s.mentions.count), at: i)
        }
        if !ActorDirectory.isOrdinaryWord(s, lexicon) { notOrdinary += 1 }
    }

    /// The actor these members make; nil when there are none, or when all are a lone ordinary word.
    func actor(root: UInt64) -> WorkspaceActor? {
        guard count > 0, notOrdinary > 0 else { return nil }
        var name = bestNamed?.name ?? first!.name
        // One canonical name: the fullest spelling of the actor's own key that the workspace writes most
        // ("Kim Jong Un" over "Kim Jong-un" when most files write it so); lists' names stand as given.
        var best: (words: Int, count: Int, text: String)? = nil
        for (text, n) in spellings where NameKey.of(text) == root && text.contains(where: \.isLowercase) {
            let w = ActorDirectory.words(text).count
            guard w >= bestWords else { continue }
            if best == nil || w > best!.words || (w == best!.words && (n > best!.count || (n == best!.count && text < best!.text))) {
                best = (w, n, text)
            }
        }
        if let best { name = best.text }
        // The kind most of the workspace's mentions show; of two with as many, the one written first. A file
        // that could not tell (unknown) does not vote.
        let kinds = firstOfKind.sorted { $0.value < $1.value }.map(\.key)
        let kind = kinds.max { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && kinds.firstIndex(of: $0)! > kinds.firstIndex(of: $1)!) } ?? .unknown
        let aliases = spellings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return WorkspaceActor(name: name, kind: kind, aliases: aliases, files: files)
    }
}
