import Foundation
import Testing
@testable import AnnotationCore

/// An edit re-reads only the sentences it changed (issue 19): the analysis made with the previous
/// analysis's sentence cache must be exactly the analysis of the new text from scratch, and the cache must
/// say that it scanned only the edited sentences.
@Suite struct SentenceCacheTests {
    static let article = """
    Norland's ministry said on Monday that 12,000 tonnes of grain had reached the port of Vell. \
    About 300 trucks carried it north, according to the transport office.

    Officials in Estland put the figure at nearly 9,500 tonnes. They said the rest was lost to rain.

    The harbour master, Ana Kovel, told reporters that 40 ships were waiting. \
    Some analysts say the backlog will cost $2 billion a year.

    Farmers plan to plant 15% more wheat next spring, the farmers' union said.
    """

    static let markdown = """
    # Grain at Vell

    The [port authority](https://example.org/vell) counted 40 ships on Monday.[^1] \
    Traders said 7,000 tonnes more would arrive by Friday.

    ```
    total = 12000 tonnes
    ```

    <!-- annotd-disable-next-line -->
    Some analysts say the backlog will cost $2 billion a year.

    [^1]: The authority's weekly notice, page 3.
    """

    /// One edit: the text before, the text after, and how many sentences differ between the two.
    struct Edit {
        var what: String
        var from: String
        var to: String
        var changedSentences: Int
    }

    static let edits: [Edit] = [
        Edit(what: "inside a word", from: "told reporters", to: "told reportxers", changedSentences: 1),
        Edit(what: "a sentence split", from: "carried it north, according to",
             to: "carried it north. That is according to", changedSentences: 2),
        Edit(what: "a sentence joined", from: "9,500 tonnes. They said", to: "9,500 tonnes, and they said",
             changedSentences: 1),
        Edit(what: "a paragraph deleted", from: "\n\nFarmers plan to plant 15% more wheat next spring, the farmers' union said.",
             to: "", changedSentences: 0),
        Edit(what: "a figure added", from: "the rest was lost to rain.", to: "the other 200 tonnes were lost to rain.",
             changedSentences: 1),
    ]

    /// `article` with `from` replaced by `to`, analysed afresh and through `cache`; checks that the edit
    /// applies and that both analyses agree. Returns the fresh analysis and the cache the edit left.
    static func analysedAfterEdit(_ article: String, from: String, to: String, _ what: String, analyzer: Analyzer,
                                  cache: SentenceCache) -> (fresh: DocumentAnalysis, next: SentenceCache) {
        #expect(article.contains(from), "\(what): the edit applies")
        let text = article.replacingOccurrences(of: from, with: to)
        let fresh = analyzer.analyze(SourceText(text), id: "a.txt")
        let (cached, next) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
        expectSame(cached, fresh, what)
        return (fresh, next)
    }

    static func expectSame(_ cached: DocumentAnalysis, _ fresh: DocumentAnalysis, _ what: String) {
        #expect(cached.figures == fresh.figures, "figures after \(what)")
        #expect(cached.mentions == fresh.mentions, "mentions after \(what)")
        #expect(cached.segmentation.sentences == fresh.segmentation.sentences, "sentences after \(what)")
        #expect(cached.segmentation.paragraphs == fresh.segmentation.paragraphs, "paragraphs after \(what)")
        #expect(cached.suppressions == fresh.suppressions, "suppressions after \(what)")
    }

    @Test func aFirstAnalysisScansEverySentenceOnce() {
        let analyzer = Analyzer()
        let (analysis, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        Self.expectSame(analysis, analyzer.analyze(SourceText(Self.article), id: "a.txt"), "a first analysis")
        #expect(cache.reanalysedSentences == analysis.segmentation.sentences.count)
        #expect(cache.count == analysis.segmentation.sentences.count)
        #expect(analysis.claims.count >= 6)
        // The tables have room for the next edits' sentences: the first keystroke does not grow them.
        #expect(cache.figures.capacity - cache.figures.count >= SentenceMemo.headroom)
        #expect(cache.names.capacity - cache.names.count >= SentenceMemo.headroom)
        #expect(cache.proseScans.capacity - cache.proseScans.count >= SentenceMemo.headroom)
    }

    @Test func eachEditGivesTheFreshAnalysisAndRereadsOnlyWhatChanged() {
        let analyzer = Analyzer()
        var text = Self.article
        var (_, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        for edit in Self.edits {
            #expect(text.contains(edit.from), "\(edit.what): the edit applies")
            text = text.replacingOccurrences(of: edit.from, with: edit.to)
            let (analysis, next) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
            Self.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), edit.what)
            #expect(next.reanalysedSentences == edit.changedSentences, "\(edit.what)")
            // The cache holds every sentence of this text: analysing it again reads none.
            #expect(next.count >= Set(analysis.segmentation.sentences.map { text.utf8Slice($0.range) }).count)
            let (_, again) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: next)
            #expect(again.reanalysedSentences == 0 && again.identitySentencesRead == 0 && again.namesSentencesRead == 0,
                    "\(edit.what): analysed again")
            cache = next
        }
    }

    /// A document past `Analyzer.twoThreadBytes` is recognised on one thread while the other scans it for
    /// figures and reads its claim sentences, each pass with its own part of the cache: the analysis is the
    /// fresh one, and the figure scans and claim sentences it kept are found again by the next edit.
    @Test func aLargeDocumentReadOnTwoThreadsGivesTheFreshAnalysis() {
        let analyzer = Analyzer()
        let large = (1...40).map { Self.article.replacingOccurrences(of: "40 ships", with: "\($0 + 40) ships") }
            .joined(separator: "\n\n")
        #expect(large.utf8.count > Analyzer.twoThreadBytes)
        let (first, cache) = analyzer.analyze(SourceText(large), id: "a.txt", reusing: SentenceCache())
        Self.expectSame(first, analyzer.analyze(SourceText(large), id: "a.txt"), "a first analysis")
        #expect(cache.reanalysedSentences == Set(first.segmentation.sentences.map { large.utf8Slice($0.range) }).count)
        let edited = large.replacingOccurrences(of: "47 ships", with: "470 ships")
        let (analysis, next) = analyzer.analyze(SourceText(edited), id: "a.txt", reusing: cache)
        Self.expectSame(analysis, analyzer.analyze(SourceText(edited), id: "a.txt"), "an edit")
        #expect(next.reanalysedSentences == 1)
        #expect(next.namesSentencesRead == 1)
        // The edited sentence, and the one after it, whose key holds the sentence before it.
        #expect(next.identitySentencesRead == 2)
    }

    /// Interviews and quotations in a document large enough to be read on two threads: who speaks where is
    /// read beside the sentences' own sources, and the speakers it gives must be the fresh analysis's, through
    /// edits that change a quotation and that unmake an interview's introduction. The suppression comments,
    /// read beside recognition there, are the fresh analysis's too.
    @Test func speakersOfALargeDocumentReadOnTwoThreadsAreTheFreshOnes() {
        let analyzer = Analyzer()
        let interview = """
        The Courier spoke with defence minister Mei Feldmann:

        — How many drones were produced a month?

        — Estland produced almost 4,500 drones a month, as far as we can tell. It took two weeks.

        “We have employed almost 48,600 workers,” Feldmann told the Courier. Norland built 40 ships, officials said.

        <!-- annotd-disable-next-line unsourced-figure -->
        """
        var text = (1...60).map { interview.replacingOccurrences(of: "40 ships", with: "\($0 + 40) ships") }.joined(separator: "\n\n")
        #expect(text.utf8.count > Analyzer.twoThreadBytes)
        var (analysis, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        Self.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), "a first analysis")
        #expect(analysis.suppressions.count == 60)
        #expect(analysis.figures.contains { $0.source.status == .speaker && $0.text.contains("4,500") })
        for (n, (from, to)) in [("almost 48,600", "about 51,000"), ("minister Mei Feldmann:", "minister Mei Feldmann."),
                                ("41 ships", "41 frigates")].enumerated() {
            text = text.replacingOccurrences(of: from, with: to)
            (analysis, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
            Self.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), "edit \(n)")
        }
    }

    /// An analysis adds the edited sentences to the cache it was handed, and the replaced ones stay behind
    /// until they are as many as the document's own; then an analysis keeps only the entries it uses. A long
    /// run of edits never grows the cache past that, and every analysis is the fresh one.
    @Test func aLongRunOfEditsKeepsTheCacheWithinTwiceTheDocument() {
        let analyzer = Analyzer()
        var (first, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        let own = cache.entries
        #expect(cache.lookups >= first.segmentation.sentences.count)
        var largest = 0
        var dropped = 0
        for n in 0..<300 {
            // A new figure each time: the sentence holding it, and its identity, are new entries.
            let text = Self.article.replacingOccurrences(of: "40 ships", with: "\(41 + n) ships")
            let (analysis, next) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
            if n % 50 == 0 { Self.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.txt"), "edit \(n)") }
            #expect(next.reanalysedSentences == 1, "edit \(n)")
            if next.entries < cache.entries { dropped += 1 }
            // Prose scans name sentences by their entry's serial: no two entries share one, dropped or not.
            #expect(Set(next.names.values.map(\.serial)).count == next.names.count, "edit \(n)")
            largest = max(largest, next.entries)
            first = analysis
            cache = next
        }
        // Each edit adds a few entries; without the drop, 300 edits would hold several times the bound.
        #expect(dropped > 0)
        #expect(largest <= SentenceMemo.kept(lookups: cache.lookups) + own)
        #expect(largest > own)
    }

    /// Whether a paragraph is page furniture ("1,204 views 3 comments") is taken from the earlier analysis for
    /// the paragraphs an edit left as they were, by their earlier index: edits that add or remove paragraphs
    /// before them, or turn a furniture line into prose, must give the fresh analysis.
    @Test func furnitureOfParagraphsAnEditLeftIsAsInTheFreshAnalysis() {
        let analyzer = Analyzer()
        let prose = "The port counted 40 ships on Monday. Traders said 7,000 tonnes would arrive.\n\n"
        let furniture = "1,204 views 3 comments\n\n"
        // No period in the order of the paragraphs: an index off by any shift meets a paragraph of the other kind.
        let text = prose + furniture + prose + prose + prose + furniture + furniture + prose + furniture
            + "Officials put the figure at 9,500 tonnes.\n"
        #expect(analyzer.analyze(SourceText(furniture), id: "f.txt").figures.allSatisfy { !$0.isClaim })
        #expect(analyzer.analyze(SourceText("Officials counted 1,204 views and 3 comments by Monday."), id: "p.txt")
            .figures.contains { $0.isClaim })
        let edits: [(String, String, String)] = [
            ("a paragraph split before furniture lines", "40 ships on Monday. Traders", "40 ships on Monday.\n\nTraders"),
            ("a paragraph joined before them", "arrive.\n\n1,204 views", "arrive. 1,204 views"),
            ("a furniture line turned into prose", "1,204 views 3 comments", "1,204 views were counted by the 3 staff on duty"),
            ("prose turned into a furniture line", "Officials put the figure at 9,500 tonnes.", "9,500 views"),
        ]
        Self.expectEditsAsFresh(text, edits, analyzer: analyzer)
    }

    /// Applies `edits` (what, from, to) one after another, each analysed through the cache the one before
    /// left, and expects each analysis to be the fresh one.
    static func expectEditsAsFresh(_ text: String, _ edits: [(String, String, String)], analyzer: Analyzer) {
        var (_, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        var current = text
        for (what, from, to) in edits {
            guard let r = current.range(of: from) else { Issue.record("\(what): the edit applies"); continue }
            current.replaceSubrange(r, with: to)
            let (analysis, next) = analyzer.analyze(SourceText(current), id: "a.txt", reusing: cache)
            let fresh = analyzer.analyze(SourceText(current), id: "a.txt")
            expectSame(analysis, fresh, what)
            #expect(analysis.figures.map(\.kind) == fresh.figures.map(\.kind), "\(what): what each figure is")
            cache = next
        }
    }

    /// A paragraph's quotation marks are taken from the earlier analysis when the edit left the paragraph as
    /// it was: a figure in a quotation is its speaker's, one outside is not, after edits that add or remove
    /// paragraphs before them.
    @Test func quotationsOfParagraphsAnEditLeftAreAsInTheFreshAnalysis() {
        let analyzer = Analyzer()
        let quoted = "Ana Kovel runs the port of Vell. “We moved 7,000 tonnes last week and expect more in June.”\n\n"
        let plain = "The port counted 40 ships on Monday. Another 12 waited outside.\n\n"
        let text = quoted + plain + plain + quoted + quoted + plain + quoted + "Officials gave no figure.\n"
        let fresh = analyzer.analyze(SourceText(text), id: "a.txt")
        #expect(fresh.figures.contains { $0.source.status == .speaker && $0.source.actor == "Ana Kovel" })
        #expect(fresh.figures.contains { $0.source.status == .none })
        let edits: [(String, String, String)] = [
            ("a paragraph split before quotations", "runs the port of Vell. “We", "runs the port of Vell.\n\n“We"),
            ("a paragraph joined before them", "on Monday. Another 12 waited outside.\n\nThe port", "on Monday. Another 12 waited outside. The port"),
            ("a quotation opened", "The port counted 40 ships", "“The port counted 40 ships"),
        ]
        Self.expectEditsAsFresh(text, edits, analyzer: analyzer)
    }

    @Test func aMovedSentenceIsFoundAgainWithItsFiguresWhereTheyNowStand() {
        let analyzer = Analyzer()
        let before = Self.article
        let after = "Update: " + before
        let (_, cache) = analyzer.analyze(SourceText(before), id: "a.txt", reusing: SentenceCache())
        let (analysis, next) = analyzer.analyze(SourceText(after), id: "a.txt", reusing: cache)
        Self.expectSame(analysis, analyzer.analyze(SourceText(after), id: "a.txt"), "text typed before everything")
        #expect(next.reanalysedSentences == 1)
        let text = SourceText(after)
        #expect(analysis.figures.allSatisfy { text.string($0.range) == $0.text })
    }

    /// An analysis takes the previous one's key of a range the edit left as it was (before the first byte it
    /// changed, or after the last): edits at both edges of a sentence, at its last byte and at its first, must
    /// not lend the old bytes' key to a sentence they changed, nor to one moved past them.
    @Test func editsAtTheEdgesOfASentenceAreReadAgain() {
        let analyzer = Analyzer()
        let text = "The agency said the toll was 40\n\n12 people were hurt, police said.\n\nMore later.\n"
        var (_, cache) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        var current = text
        for (from, to, what) in [("was 40", "was 41", "the last byte of a sentence"),
                                 ("12 people", "22 people", "the first byte of a sentence"),
                                 ("was 41", "was 4", "a sentence's last byte deleted"),
                                 ("hurt, police", "hurt,  police", "a byte typed inside the next sentence"),
                                 ("22 people", "9 people", "a sentence's first bytes replaced, shorter"),
                                 ("\n\n9 people", "\n\nNow 9 people", "words typed before a sentence")] {
            let (_, next) = Self.analysedAfterEdit(current, from: from, to: to, what, analyzer: analyzer, cache: cache)
            current = current.replacingOccurrences(of: from, with: to)
            cache = next
        }
    }

    @Test func aCacheMadeUnderOtherCuesDoesNotLendItsSources() {
        let text = "The Vell harbour bulletin counted 40 ships on Monday, and 12 more arrived later."
        var configuration = Configuration()
        configuration.sourceCues = ["harbour bulletin"]
        let plain = Analyzer()
        let withCue = Analyzer(configuration: configuration)
        let (_, cache) = plain.analyze(SourceText(text), id: "a.txt", reusing: SentenceCache())
        let (analysis, _) = withCue.analyze(SourceText(text), id: "a.txt", reusing: cache)
        Self.expectSame(analysis, withCue.analyze(SourceText(text), id: "a.txt"), "a change of cues")
        // The configured cue does change what the sentence's figures are attributed to.
        #expect(analysis.claims.map(\.source) != plain.analyze(SourceText(text), id: "a.txt").claims.map(\.source))
    }

    @Test func markdownLinksFootnotesCodeAndSuppressionsAreKeptApart() {
        let analyzer = Analyzer()
        var text = Self.markdown
        var (_, cache) = analyzer.analyze(SourceText(text), id: "a.md", reusing: SentenceCache())
        for (from, to) in [("40 ships", "41 ships"), ("[^1] ", " "), ("<!-- annotd-disable-next-line -->\n", ""),
                           ("```\ntotal = 12000 tonnes\n```\n\n", "")] {
            text = text.replacingOccurrences(of: from, with: to)
            let (analysis, next) = analyzer.analyze(SourceText(text), id: "a.md", reusing: cache)
            Self.expectSame(analysis, analyzer.analyze(SourceText(text), id: "a.md"), "replacing \(from)")
            cache = next
        }
    }
}

private extension String {
    func utf8Slice(_ r: Range<Int>) -> [UInt8] { Array(Array(utf8)[r]) }
}
