import Foundation
import Testing
@testable import AnnotationCore

/// The claims' identities through the sentence cache (issue 19): a sentence's part of them is kept per
/// sentence, keyed by what it reads (its bytes, the sentence before in its paragraph, the document's date,
/// the claims as the figure scan left them), and joined with the document's actors, headline and lead on
/// every analysis. Each edit below changes an identity in a sentence it leaves alone; the analysis through
/// the cache must still be the fresh one, which it is not when the key misses what the edit changed.
@Suite struct SentenceCacheIdentityTests {
    static let article = """
    Floods in Norland

    March 4, 2024

    The death toll from the floods in Norland rose to 40 on Saturday, the interior ministry said. \
    It climbed to 52 by Monday, officials in Vell said.

    Norland's army sent 300 soldiers to Estland on Sunday, a spokesman, Ana Kovel, said. \
    Kovel said 12 trucks of food reached Vell on Monday.

    The ministry counted 1,200 homes destroyed in the valley. Of those, 300 homes were in Vell.

    The Chamber reckons the flood costs $250m a week. The budget office puts the cost at $15m a day.
    """

    /// One edit of the article, the figure whose identity it changes although that figure's sentence stays
    /// as it was, and how many sentences' identities it has read again.
    struct Edit {
        var what: String
        var from: String
        var to: String
        var changes: String
        var reread: Int
    }

    static let edits: [Edit] = [
        Edit(what: "what \"it\" points back to", from: "The death toll from the floods in Norland rose",
             to: "The rainfall in Norland rose", changes: "52", reread: 2),
        // Every sentence reads the date: "on Monday" is another day.
        Edit(what: "the dateline", from: "March 4, 2024", to: "March 11, 2024", changes: "52", reread: 8),
        Edit(what: "the lead's actors", from: "the interior ministry said", to: "the United Nations said",
             changes: "12 trucks", reread: 2),
        Edit(what: "the whole of a part", from: "destroyed in the valley.", to: "destroyed in the valley on Sunday.",
             changes: "300 homes", reread: 2),
        Edit(what: "the first account", from: "the flood costs $250m a week", to: "the flood costs 250 jobs a week",
             changes: "$15m", reread: 2),
    ]

    static func identity(_ analysis: DocumentAnalysis, _ text: String) -> ClaimIdentity? {
        analysis.figures.first { $0.text == text }?.identity
    }

    @Test func anEditElsewhereChangesAnIdentityAndTheCacheGivesTheFreshOne() {
        let analyzer = Analyzer()
        let (base, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        for edit in Self.edits {
            let (fresh, next) = SentenceCacheTests.analysedAfterEdit(Self.article, from: edit.from, to: edit.to, edit.what,
                                                                     analyzer: analyzer, cache: cache)
            // The edit does reach the figure's identity, so the comparison above tests something.
            #expect(Self.identity(fresh, edit.changes) != Self.identity(base, edit.changes), "\(edit.what) changes \(edit.changes)")
            // The sentences the edit did not touch, nor follow in a paragraph, are not read again.
            #expect(next.identitySentencesRead == edit.reread, "\(edit.what)")
        }
    }

    @Test func anEditRereadsTheIdentitiesOfItsSentenceAndTheNextInItsParagraph() {
        let analyzer = Analyzer()
        let (_, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        for (from, to, read) in [("12 trucks of food", "12 trucks of fodo", 1), ("rose to 40", "rose to 41", 2)] {
            let text = Self.article.replacingOccurrences(of: from, with: to)
            let (analysis, next) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
            SentenceCacheTests.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), "replacing \(from)")
            #expect(next.identitySentencesRead == read, "replacing \(from)")
        }
    }

    /// The place after a figure is left out when one of its actors names it: the byte test gives what
    /// `contains` gives.
    @Test func aNameHoldsAnotherAsContainsSays() {
        let names = ["Madrid", "Vell", "Port of Vell", "Vell Port", "", "Zürich", "Zu\u{308}rich", "Rio", "Rio de Janeiro", "V"]
        for a in names {
            for b in names {
                #expect(ClaimIdentityReader.holds(a, b) == a.contains(b), "\(a) holds \(b)")
            }
        }
    }

    @Test func aMovedSentenceKeepsItsIdentitiesAndTheirSentenceIndex() {
        let analyzer = Analyzer()
        let (_, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        let text = Self.article.replacingOccurrences(of: "Of those, 300 homes", with: "Then it rained again. Of those, 300 homes")
        let (analysis, next) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
        SentenceCacheTests.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), "a sentence inserted")
        // The inserted sentence holds no claim; the one after it now follows another sentence.
        #expect(next.identitySentencesRead == 1)
    }
}
