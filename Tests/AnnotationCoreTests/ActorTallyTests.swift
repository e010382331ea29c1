import Testing
@testable import AnnotationCore

/// An actor's tally (`ActorTally`) must not depend on the order its members are added in: all of them in
/// document order (a full pass), in any order, or the other documents' tally with one document's members
/// added last (an edit) give one actor: its name, kind, spellings and files.
@Suite struct ActorTallyTests {
    typealias LCG = ConflictIndexTests.LCG

    /// Members of one actor in `documents` files: under its own key (spelled with one to three words) or a
    /// lone word, of varied kinds, so that which member comes first decides the name and breaks ties of votes.
    /// With `lonesOnly`, every member is the lone word: no member has the fullest name, and the first decides it.
    static func members(_ r: inout LCG, documents: Int, lonesOnly: Bool = false) -> [ActorDirectory.Member] {
        let spellings = ["Norland Union", "Norland-Union", "NORLAND UNION", "The Norland Union", "Norland Union's"]
        // Two names of three words, so that which leads among the fullest decides the name.
        let names = ["Norland Union", "The Norland Union", "Norland Trade Union", "Union"]
        let kinds: [ActorKind] = [.organization, .state, .person, .unknown]
        var out: [ActorDirectory.Member] = []
        for d in 0..<documents where r.below(4) != 0 {
            let document = "f\(r.below(1000)).\(d).txt"
            var mentions: [ActorMention] = []
            for key in 0..<2 where lonesOnly ? key == 1 : (key == 0 || r.below(3) == 0) {
                let name = key == 0 ? names[r.below(3)] : lonesOnly && r.below(2) == 0 ? "UNION" : names[3]
                let count = 1 + r.below(3)
                let first = mentions.count
                for _ in 0..<count {
                    let text = key == 0 ? spellings[r.below(spellings.count)] : "Union"
                    mentions.append(ActorMention(range: mentions.count * 20..<(mentions.count * 20 + text.utf8.count),
                                                 text: text, name: name, kind: kinds[r.below(kinds.count)]))
                }
                var indices = MentionIndices(first)
                for i in (first + 1)..<(first + count) { indices.append(i) }
                let summary = ActorDirectory.Summary(name: name, kind: kinds[r.below(kinds.count)],
                                                     key: key == 0 ? NameKey.of("Norland Union") : NameKey.of("Union"),
                                                     words: NameWords(ActorDirectory.words(name)), mentions: indices)
                out.append(ActorDirectory.Member(document: document, key: key, summary: summary, mentions: mentions))
            }
        }
        return out.sorted { ActorTally.Place(document: $0.document, key: $0.key) < ActorTally.Place(document: $1.document, key: $1.key) }
    }

    @Test func anyOrderOfAddingGivesOneActor() {
        var r = LCG(state: 31)
        let root = NameKey.of("Norland Union")
        let lexicon = ActorLexicon.shared
        for round in 0..<200 {
            let ms = Self.members(&r, documents: 2 + r.below(12))
            var inOrder = ActorTally()
            for m in ms { inOrder.add(m, root: root, lexicon: lexicon, inOrder: true) }
            var shuffled = ActorTally()
            var rest = ms
            while !rest.isEmpty { shuffled.add(rest.remove(at: r.below(rest.count)), root: root, lexicon: lexicon) }
            let expected = inOrder.actor(root: root)
            #expect(shuffled.actor(root: root) == expected, "round \(round)")
            // Every document in turn as the edited one: the others in order, then its members.
            for d in Set(ms.map(\.document)) {
                var others = ActorTally()
                for m in ms where m.document != d { others.add(m, root: root, lexicon: lexicon, inOrder: true) }
                for m in ms where m.document == d { others.add(m, root: root, lexicon: lexicon) }
                #expect(others.actor(root: root) == expected, "round \(round), \(d) last")
            }
        }
    }

    /// The full tally less one document's members is the others' tally: the same actor once that document's
    /// members are added back, and the same as tallying the others afresh, whichever document it is (a full
    /// tally knows every runner-up). Less a second document, it is the tally of the rest, or nil where the
    /// second led what the first's removal left without a known runner-up.
    @Test func removingADocumentLeavesTheOthersTally() {
        var r = LCG(state: 57)
        let root = NameKey.of("Norland Union")
        let lexicon = ActorLexicon.shared
        func tally(_ ms: [ActorDirectory.Member], without gone: Set<String>) -> ActorTally {
            var t = ActorTally()
            for m in ms where !gone.contains(m.document) { t.add(m, root: root, lexicon: lexicon, inOrder: true) }
            return t
        }
        var twice = 0, refused = 0
        for round in 0..<200 {
            let ms = Self.members(&r, documents: 2 + r.below(12), lonesOnly: round % 4 == 3)
            let full = tally(ms, without: [])
            let documents = Array(Set(ms.map(\.document))).sorted()
            for d in documents {
                let mine = ms.filter { $0.document == d }
                guard var others = full.removing(mine, lexicon: lexicon) else {
                    #expect(documents.count == 1, "round \(round): \(d) refused"); continue
                }
                let fresh = tally(ms, without: [d])
                #expect(others.count == fresh.count, "round \(round), \(d)")
                #expect(others.actor(root: root) == fresh.actor(root: root), "round \(round), without \(d)")
                let e = documents[r.below(documents.count)]
                if e != d, let rest = others.removing(ms.filter { $0.document == e }, lexicon: lexicon) {
                    twice += 1
                    #expect(rest.actor(root: root) == tally(ms, without: [d, e]).actor(root: root), "round \(round), without \(d), \(e)")
                } else if e != d {
                    refused += 1
                }
                for m in mine { others.add(m, root: root, lexicon: lexicon) }
                #expect(others.actor(root: root) == full.actor(root: root), "round \(round), \(d) added back")
            }
        }
        #expect(twice > 300 && refused > 20, "twice \(twice), refused \(refused)")
    }

    /// Every mention's spelling counts, however the spellings of a document's mentions run (a run of one
    /// spelling is counted at once): the aliases are every spelling, the most written first, ties by text.
    @Test func aliasesCountEveryMentionOfEveryRun() {
        var r = LCG(state: 73)
        let root = NameKey.of("Norland Union")
        let spellings = ["Norland Union", "NORLAND UNION", "Norland-Union"]
        for round in 0..<300 {
            var tally = ActorTally()
            var counts: [String: Int] = [:]
            for d in 0..<(1 + r.below(4)) {
                let texts = (0..<(1 + r.below(8))).map { _ in spellings[r.below(r.below(2) == 0 ? 1 : spellings.count)] }
                let mentions = texts.indices.map {
                    ActorMention(range: $0 * 20..<($0 * 20 + 13), text: texts[$0], name: "Norland Union", kind: .organization)
                }
                var indices = MentionIndices(0)
                for i in mentions.indices.dropFirst() { indices.append(i) }
                let summary = ActorDirectory.Summary(name: "Norland Union", kind: .organization, key: root,
                                                     words: NameWords(ActorDirectory.words("Norland Union")), mentions: indices)
                tally.add(ActorDirectory.Member(document: "f\(d).txt", key: 0, summary: summary, mentions: mentions),
                          root: root, lexicon: .shared, inOrder: true)
                for t in texts { counts[t, default: 0] += 1 }
            }
            let expected = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            #expect(tally.actor(root: root)?.aliases == expected, "round \(round)")
        }
    }
}
