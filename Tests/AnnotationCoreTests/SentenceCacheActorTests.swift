import Foundation
import Testing
@testable import AnnotationCore

/// Actor recognition through the sentence cache (issue 19): what one sentence gives on its own (its words,
/// its use of capitals, the candidates of its capitalised sequences) is kept per sentence, keyed by its
/// bytes, the byte either side and the non-prose ranges reaching into it; the joins across the document
/// (a surname to the full name used earlier, a headline read against the document's names) run on every
/// analysis. Each edit below changes a mention in a sentence it leaves alone.
@Suite struct SentenceCacheActorTests {
    static let article = """
    KOVEL WARNS OF FLOOD COSTS

    The harbour master of Vell, Ana Kovel, said on Monday that 40 ships were waiting. \
    Officials at the Vell Port Authority counted 12 more.

    Kovel said the backlog would clear by Friday. Marta Lind, a trader, disagreed.

    Lind said prices had risen 15% since March.
    """

    /// One edit, and how many sentences it tokenises again: the edited one, and the one before when the
    /// edit is in the first bytes after it.
    struct Edit {
        var what: String
        var from: String
        var to: String
        var reread: Int
    }

    static let edits: [Edit] = [
        // "KOVEL" in the headline and "Kovel said" were read as Ana Kovel.
        Edit(what: "the full name a surname joins", from: "Ana Kovel", to: "Ana Kovell", reread: 1),
        Edit(what: "a name gone", from: "The harbour master of Vell, Ana Kovel, said", to: "The harbour master of Vell said",
             reread: 1),
        Edit(what: "a full name given later", from: "Marta Lind, a trader, disagreed.", to: "A trader disagreed.", reread: 2),
    ]

    /// The mentions before and after the edited stretch, by name and kind.
    static func untouched(_ mentions: [ActorMention], editStart: Int, editEnd: Int) -> [String] {
        mentions.filter { $0.range.upperBound <= editStart || $0.range.lowerBound >= editEnd }.map { "\($0.name)/\($0.kind)" }
    }

    @Test func anEditElsewhereChangesAMentionAndTheCacheGivesTheFreshOne() {
        let analyzer = Analyzer()
        let (base, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        for edit in Self.edits {
            let (fresh, next) = SentenceCacheTests.analysedAfterEdit(Self.article, from: edit.from, to: edit.to, edit.what,
                                                                     analyzer: analyzer, cache: cache)
            // The edit changes mentions outside the stretch it edited, so the comparison tests the joins.
            let start = Self.article.components(separatedBy: edit.from)[0].utf8.count
            #expect(Self.untouched(fresh.mentions, editStart: start, editEnd: start + edit.to.utf8.count)
                    != Self.untouched(base.mentions, editStart: start, editEnd: start + edit.from.utf8.count), "\(edit.what)")
            #expect(next.namesSentencesRead == edit.reread, "\(edit.what)")
        }
    }

    @Test func aSentenceThatANonProseRangeReachesIntoIsReadAgain() {
        // The comment opens in the sentence before and closes in the one after: opening a parenthesis
        // instead leaves the middle sentence's bytes as they were, but its words are prose now.
        let before = "Traders waited in Vell <!-- note. Ana Kovel said 40 ships were waiting. --> today.\n"
        let after = before.replacingOccurrences(of: "<!--", with: "(")
        let analyzer = Analyzer()
        let (_, cache) = analyzer.analyze(SourceText(before), id: "a.md", reusing: SentenceCache())
        let (analysis, _) = analyzer.analyze(SourceText(after), id: "a.md", reusing: cache)
        let fresh = analyzer.analyze(SourceText(after), id: "a.md")
        SentenceCacheTests.expectSame(analysis, fresh, "a comment opened no more")
        #expect(fresh.mentions.contains { $0.name == "Ana Kovel" })
        #expect(!analyzer.analyze(SourceText(before), id: "a.md").mentions.contains { $0.name == "Ana Kovel" })
    }

    /// The words and modes read no configured actor: a cache made under other actors gives the fresh answer.
    @Test func aCacheMadeUnderOtherActorsDoesNotLendItsNames() {
        let text = "The Harbour Board met on Monday. Its chair said 40 ships were waiting."
        var configuration = Configuration()
        configuration.actors = [ActorDefinition(name: "Port of Vell", kind: .organization, aliases: ["Harbour Board"])]
        let plain = Analyzer()
        let configured = Analyzer(configuration: configuration)
        let (_, cache) = plain.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        let (analysis, _) = configured.analyze(SourceText(text), id: "a.txt", reusing: cache)
        SentenceCacheTests.expectSame(analysis, configured.analyze(SourceText(text), id: "a.txt"), "other configured actors")
        #expect(analysis.mentions.map(\.name) != plain.analyze(SourceText(text), id: "a.txt").mentions.map(\.name))
    }

    /// A prose sentence's scan is kept with the sentences either side in its key: a programme's title read
    /// after a network's possessive looks one word back, across the paragraph break. Editing that word alone
    /// changes what the next paragraph names.
    @Test func aProseSentenceIsScannedAgainWhenTheSentenceBeforeItChanges() {
        let before = "Ratings fell at the BBC's\n\nMorning Roundup drew two million viewers, Ana Kovel said.\n"
        let after = before.replacingOccurrences(of: "BBC's", with: "BBC")
        let analyzer = Analyzer()
        for (from, to) in [(before, after), (after, before)] {
            let (_, cache) = analyzer.analyze(SourceText(from), id: "a.txt", reusing: SentenceCache())
            let (analysis, next) = analyzer.analyze(SourceText(to), id: "a.txt", reusing: cache)
            SentenceCacheTests.expectSame(analysis, analyzer.analyze(SourceText(to), id: "a.txt"), "an edit of the word before")
            // The paragraph after the edit was not tokenised again.
            #expect(next.namesSentencesRead == 1)
        }
        #expect(analyzer.analyze(SourceText(before), id: "a.txt").mentions.map(\.name) == ["BBC", "Ana Kovel"])
        #expect(analyzer.analyze(SourceText(after), id: "a.txt").mentions.map(\.name) == ["BBC", "Roundup", "Ana Kovel"])
    }
}
