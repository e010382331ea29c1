import Testing
@testable import AnnotationCore

/// The directory's compact per-document forms give back what they were built from.
@Suite struct NameSummariesTests {
    /// A name's words are keyed from its bytes when it is ASCII: the keys of its parts split by characters
    /// at spaces and hyphens, empty parts left out.
    @Test func nameWordsAreItsPartsSplitAtSpacesAndHyphens() {
        let names = ["Kim Jong-un", "KIM JONG UN", "Jean-Marie Le Pen", "", "-", " ", "a", " lead", "trail ",
                     "double  space", "--x--y--", "U.S. Army", "St. John's", "Ng", "Türkiye Cumhuriyeti",
                     "José-María Aznar", "Bashar al\u{2010}Assad", "Al Qaeda-linked", "e\u{301} -x"]
        for name in names {
            let reference = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
                .map { NameKey.of(String($0)) }
            #expect(ActorDirectory.words(name) == reference, "\(name)")
        }
        #expect(ActorDirectory.words("Kim Jong-un") == ["kim", "jong", "un"].map(NameKey.of))
    }

    @Test func mentionIndicesHoldWhatWasAppended() {
        var r = SeededNumbers()
        for _ in 0..<200 {
            let want = (0..<(1 + r.next() % 9)).map { _ in r.next() % 1_000_000 }
            var got = MentionIndices(want[0])
            for i in want.dropFirst() { got.append(i) }
            #expect(Array(got) == want)
            #expect(got.count == want.count)
            #expect(got[0] == want[0])
        }
    }

    @Test func nameWordsKeepFirstLastAndCount() {
        let w = NameWords(ActorDirectory.words("Kim Jong-un"))
        #expect(w.count == 3)
        #expect(w.first == NameKey.of("Kim"))
        #expect(w.last == NameKey.of("un"))
        #expect(NameWords(ActorDirectory.words("Halden")).count == 1)
    }

    @Test func summariesAreFoundByKeyAsInADictionary() {
        var r = SeededNumbers()
        var byKey: [UInt64: ActorDirectory.Summary] = [:]
        for i in 0..<300 {
            let name = "Name\(r.next() % 500)"
            let key = NameKey.of(name)
            byKey[key] = ActorDirectory.Summary(name: name, kind: .person, key: key,
                                                words: NameWords(ActorDirectory.words(name)), mentions: MentionIndices(i))
        }
        let compact = NameSummaries(byKey, mentions: [])
        #expect(compact.values.count == byKey.count)
        for (key, s) in byKey { #expect(compact[key]?.name == s.name) }
        for k in 0..<500 {
            let key = NameKey.of("Other\(k)")
            #expect((compact[key] == nil) == (byKey[key] == nil))
        }
        #expect(Set(compact.byKey.keys) == Set(byKey.keys))
    }
}

/// A name's first and last word keys and its word count, read without a list of its words
/// (`ActorDirectory.nameWords`), are what the list gives.
@Suite struct NameWordsTests {
    @Test func nameWordsAreTheListsEnds() {
        let names = ["", " ", "-", "Putin", "Vladimir Putin", "Kim Jong-un", "Kim  Jong - Un ", " Le Pen", "A-B-C-D",
                     "Jean-Luc Mélenchon", "Ségolène Royal", "Zelensky\u{2010}Office", "Mark O'Brien", "X"]
        for name in names {
            #expect(ActorDirectory.nameWords(name) == NameWords(ActorDirectory.words(name)), "\(name.debugDescription)")
        }
    }
}

/// A document's use of each name (`ActorDirectory.summaries(of:)`): per folded key, the first mention's
/// name, the first kind a mention shows (unknown when none does), and every mention's index, ascending.
@Suite struct DocumentSummariesTests {
    @Test func eachNameHoldsEveryMentionOfItsKeyInOrder() {
        var r = ConflictIndexTests.LCG(state: 909)
        let names = ["Vladimir Putin", "Putin", "PUTIN", "Kim Jong-un", "Kim Jong Un", "Norland", "Ségolène Royal"]
        let kinds: [ActorKind] = [.unknown, .unknown, .person, .state, .organization]
        for round in 0..<300 {
            let mentions = (0..<(1 + r.below(30))).map { k in
                let name = names[r.below(names.count)]
                return ActorMention(range: k * 20..<(k * 20 + 5), text: name, name: name, kind: kinds[r.below(kinds.count)])
            }
            let got = ActorDirectory.summaries(of: mentions)
            let keys = Set(mentions.map { NameKey.of($0.name) })
            #expect(Set(got.keys) == keys, "round \(round)")
            for key in keys {
                let mine = mentions.indices.filter { NameKey.of(mentions[$0].name) == key }
                guard let s = got[key] else { continue }
                #expect(Array(s.mentions) == mine, "round \(round)")
                #expect(s.name == mentions[mine[0]].name)
                #expect(s.kind == (mine.lazy.map { mentions[$0].kind }.first { $0 != .unknown } ?? .unknown), "round \(round)")
                #expect(s.words == NameWords(ActorDirectory.words(s.name)))
            }
        }
    }
}
