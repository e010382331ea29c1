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
    private var first = TallyLeader()
    /// Of the members under the actor's own key, the first of those with the most words (its rank).
    private var bestNamed = TallyLeader()
    private var bestWords: Int { bestNamed.best?.rank ?? 0 }
    private var votes = KindTable<Int>()
    private var firstOfKind = KindTable<TallyLeader>()
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
        count += 1
        first.offer(TallyLeader.Entry(place: place, rank: 0, name: s.name), inOrder: inOrder)
        if s.key == root, s.words.count > 0 {
            bestNamed.offer(TallyLeader.Entry(place: place, rank: s.words.count, name: s.name), inOrder: inOrder)
        }
        if s.kind != .unknown {
            votes[s.kind] = (votes[s.kind] ?? 0) + s.mentions.count
            firstOfKind.update(s.kind, initial: { TallyLeader() }) {
                $0.offer(TallyLeader.Entry(place: place, rank: 0, name: ""), inOrder: inOrder)
            }
        }
        countSpellings(of: member)
        let i = inOrder ? (files.last?.document == member.document ? files.count - 1 : files.count)
                        : files.partitioningIndex { !($0.document < member.document) }
        if i < files.count, files[i].document == member.document {
            files[i].mentions += s.mentions.count
        } else {
            files.insert(WorkspaceActor.FileCount(document: member.document, mentions: s.mentions.count), at: i)
        }
        if !ActorDirectory.isOrdinaryWord(s, lexicon) { notOrdinary += 1 }
    }

    /// Adds each mention's spelling to `spellings`, a run of mentions spelled alike with one lookup: a document
    /// mostly writes a name one way, and hashing every mention's text was ~360 instructions a mention.
    private mutating func countSpellings(of member: ActorDirectory.Member) {
        let indices = member.summary.mentions
        guard var start = indices.first else { return }
        var run = 1
        for k in indices.indices.dropFirst() {
            let i = indices[k]
            if member.mentions[i].text == member.mentions[start].text {
                run += 1
            } else {
                spellings[member.mentions[start].text, default: 0] += run
                start = i
                run = 1
            }
        }
        spellings[member.mentions[start].text, default: 0] += run
    }

    /// This tally less every member of one document (`members`, all of that document's members of the actor):
    /// the other documents' tally, when the document's change leaves theirs as they were. Nil when it led
    /// something (`TallyLeader`) whose runner-up is not known, so the others are tallied again.
    /// (The first edit that made a buffer stop naming an actor of thousands of files tallied them all again.)
    func removing(_ members: [ActorDirectory.Member], lexicon: ActorLexicon) -> ActorTally? {
        guard let document = members.first?.document else { return self }
        guard members.allSatisfy({ $0.document == document }) else { return nil }
        var out = self
        guard out.first.remove(document: document), out.bestNamed.remove(document: document) else { return nil }
        for kind in firstOfKind.kinds {
            guard out.firstOfKind.update(kind, initial: { TallyLeader() }, { $0.remove(document: document) }) else { return nil }
            if out.firstOfKind[kind]!.best == nil { out.firstOfKind[kind] = nil }
        }
        let i = out.files.partitioningIndex { !($0.document < document) }
        guard i < out.files.count, out.files[i].document == document else { return nil }
        out.files.remove(at: i)
        // Members this tally does not hold (another state's) answer nil rather than a wrong tally.
        for member in members {
            let s = member.summary
            out.count -= 1
            if s.kind != .unknown {
                guard let votes = out.votes[s.kind], votes >= s.mentions.count else { return nil }
                out.votes[s.kind] = votes > s.mentions.count ? votes - s.mentions.count : nil
            }
            for i in s.mentions {
                guard let n = out.spellings[member.mentions[i].text] else { return nil }
                out.spellings[member.mentions[i].text] = n > 1 ? n - 1 : nil
            }
            if !ActorDirectory.isOrdinaryWord(s, lexicon) { out.notOrdinary -= 1 }
        }
        // A kind no member is left of has no votes either.
        guard out.votes.kinds == out.firstOfKind.kinds, out.count > 0, out.notOrdinary >= 0 else { return nil }
        return out
    }

    /// `text.contains(where: \.isLowercase)`, read from the bytes of an ASCII text (an ASCII character is
    /// lowercase exactly when it is a–z): by characters, it cost ~700 instructions a spelling of every actor.
    static func hasLowercase(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var lower = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                if b >= 0x61 && b <= 0x7A { lower = true }
            }
            return lower
        }
        if let ascii, let answer = ascii { return answer }
        return text.contains(where: \.isLowercase)
    }

    /// The actor these members make; nil when there are none, or when all are a lone ordinary word.
    func actor(root: UInt64) -> WorkspaceActor? {
        guard count > 0, notOrdinary > 0 else { return nil }
        var name = bestNamed.best?.name ?? first.best!.name
        // One canonical name: the fullest spelling of the actor's own key that the workspace writes most
        // ("Kim Jong Un" over "Kim Jong-un" when most files write it so); lists' names stand as given.
        var best: (words: Int, count: Int, text: String)? = nil
        for (text, n) in spellings where NameKey.of(text) == root && Self.hasLowercase(text) {
            let w = ActorDirectory.wordCount(text)
            guard w >= bestWords else { continue }
            if best == nil || w > best!.words || (w == best!.words && (n > best!.count || (n == best!.count && text < best!.text))) {
                best = (w, n, text)
            }
        }
        if let best { name = best.text }
        // The kind most of the workspace's mentions show; of two with as many, the one written first. A file
        // that could not tell (unknown) does not vote.
        let kinds = firstOfKind.kinds.map { ($0, firstOfKind[$0]!.best!.place) }.sorted { $0.1 < $1.1 }.map(\.0)
        let kind = kinds.max { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && kinds.firstIndex(of: $0)! > kinds.firstIndex(of: $1)!) } ?? .unknown
        let aliases = spellings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return WorkspaceActor(name: name, kind: kind, aliases: aliases, files: files)
    }
}
