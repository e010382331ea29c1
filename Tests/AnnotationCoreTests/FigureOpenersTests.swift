import Testing
@testable import AnnotationCore

/// The figure scan skips tokenising a sentence when no token of it can open a figure (issue 19). The test
/// may answer yes for a sentence with no figure (it is then scanned as before), never no for one with a
/// figure. Sentences written for these tests.
@Suite struct FigureOpenersTests {
    /// Figures written with digits, with words only, and with the article before a scale or fraction.
    static let withFigures = [
        "Police counted 1,250 people at the rally.",
        "A third of voters stayed home.",
        "The club sold a dozen tickets.",
        "A MILLION people signed it, officials said.",
        "They expect a few hundred protesters.",
        "Several thousand marched on Friday.",
        "Half of the members voted against.",
        "Twenty-five soldiers were wounded.",
        "Hundreds of people queued outside.",
        "One in five voters was undecided.",
        "The fund lost half a million euros.",
        "An hundred rounds were fired.",
        "Türkiye’s central bank sold a billion lira.",
    ]

    /// Sentences with no figure and no token that could open one.
    static let withoutFigures = [
        "The minister said a decision would come later.",
        "An aide left the room before the vote.",
        "Officials declined to comment on the report.",
        "Ankara’s envoy met the delegation in Brussels.",
        "A spokesman called it “a serious mistake”.",
    ]

    func mayHold(_ text: String, excluded: [Range<Int>] = []) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { FigureOpeners.mayHoldFigure($0, 0..<bytes.count, excluded: excluded) }
    }

    func figures(_ text: String) -> [Figure] {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures
    }

    @Test func aSentenceWithAFigureMayHoldOne() {
        for s in Self.withFigures {
            #expect(!figures(s).isEmpty, "premise: \(s)")
            #expect(mayHold(s), "\(s)")
        }
    }

    @Test func aSentenceWithNoOpenerHoldsNone() {
        for s in Self.withoutFigures {
            #expect(figures(s).isEmpty, "premise: \(s)")
            #expect(!mayHold(s), "\(s)")
        }
    }

    /// "a"/"an" open a figure only before a scale, a fraction or "few": before another word, or with a mark
    /// between, the article is an article.
    @Test func anArticleOpensAFigureOnlyBeforeAScaleAFractionOrFew() {
        #expect(mayHold("We bought a million of them."))
        #expect(mayHold("We bought a third of them."))
        #expect(mayHold("We bought a few of them."))
        #expect(!mayHold("We bought a house and an orchard."))
        #expect(!mayHold("We bought a"))
    }

    /// A hyphen joins two letters into one word, which may be a number ("twenty-five"); a dash between
    /// spaced words joins nothing.
    @Test func aHyphenBetweenLettersMayOpenAFigure() {
        #expect(mayHold("It was a long-awaited vote."))
        #expect(!mayHold("It was long - awaited, they said."))
        #expect(!mayHold("It was long — awaited, they said."))
    }

    /// Where a range that is not prose reaches into the sentence, the tokenizer's own walk decides: words
    /// inside the range are no tokens, and a word that runs into it is read whole, as the tokenizer reads it.
    @Test func aRangeThatIsNotProseIsReadAsTheTokenizerReadsIt() {
        let s = "Read a million reasons here."
        let r = 5..<14   // "a million"
        #expect(s.utf8.count > r.upperBound && Array(s.utf8)[r].elementsEqual("a million".utf8))
        #expect(mayHold(s))
        #expect(!mayHold(s, excluded: [r]))
        // "thou|sand copies": the range starts inside "thousand", which the tokenizer reads whole.
        let sold = "They sold a thousand copies."
        let inside = 16..<sold.utf8.count - 1
        #expect(Array(sold.utf8)[12..<16].elementsEqual("thou".utf8))
        #expect(mayHold(sold, excluded: [inside]))
        // A range between an article and its scale: the tokens the parser reads are "a" and "million".
        let link = "Read a [x] million reasons here."
        let x = 7..<11   // "[x] "
        #expect(Array(link.utf8)[x].elementsEqual("[x] ".utf8))
        let tokens = Array(link.utf8).withUnsafeBufferPointer { WordTokenizer.tokens($0, 0..<link.utf8.count, excluded: [x]) }
        #expect(tokens.map(\.lower).prefix(3) == ["read", "a", "million"])
        #expect(mayHold(link, excluded: [x]))
        // A digit anywhere answers yes, even one the range hides.
        #expect(mayHold("See the report by the staff, 2024.", excluded: [29..<33]))
    }

    /// The answer is the one the parser gives, sentence by sentence, with and without a range that is not
    /// prose at the start of each (which sends the test through the tokenizer's walk).
    @Test func noIsNeverSaidOfASentenceTheParserFindsAFigureIn() {
        for s in Self.withFigures + Self.withoutFigures {
            let bytes = Array(s.utf8)
            for excluded in [[], [0..<3]] as [[Range<Int>]] {
                let found = bytes.withUnsafeBufferPointer { buf in
                    let tokens = WordTokenizer.tokens(buf, 0..<bytes.count, excluded: excluded)
                    return FigureParser(tokens: tokens, lex: FigureLexicon.shared, text: buf, furniture: false).parse()
                }
                if !found.isEmpty { #expect(mayHold(s, excluded: excluded), "\(s) \(excluded)") }
            }
        }
    }

    /// Pieces from which random sentences are put together: articles and the words that may follow them,
    /// number words, hyphens, apostrophes, dotted abbreviations, non-ASCII letters next to ASCII ones, marks.
    static let pieces = ["a", "an", "A", "AN", "the", "third", "thirds", "half", "million", "Million", "dozen",
                         "few", "several", "one", "two", "twenty", "five", "six", "month", "thousand", "tens", "hundreds", "lakh", "bn", "of",
                         "in", "voters", "said", "us", "US", "usd", "Türkiye", "café", "e\u{301}", "\u{FB01}fth",
                         "\u{FF21}", "\u{212A}", "U.S.", "a.m.", "“", "”", "—", "(", ")", ",", ".", "%", "$"]
    static let joints = [" ", " ", " ", "", "-", "'", "\u{2019}", "\u{A0}", "\n", " - "]

    /// Thousands of sentences made of those pieces, with and without a range that is not prose somewhere in
    /// them: whenever the parser finds a figure on the tokenizer's tokens, the test says one may be there.
    @Test func randomSentencesNeverHideAFigureFromTheParser() {
        var r = SeededNumbers()
        var checked = 0, withFigure = 0, skipped = 0
        for _ in 0..<20_000 {
            var s = ""
            var pieceRanges: [Range<Int>] = []
            for k in 0..<(2 + r.next() % 9) {
                if k > 0 { s += Self.joints[r.next() % Self.joints.count] }
                let start = s.utf8.count
                s += Self.pieces[r.next() % Self.pieces.count]
                pieceRanges.append(start..<s.utf8.count)
            }
            let bytes = Array(s.utf8)
            var cut: [Range<Int>] = []
            if r.next() % 2 == 0 {
                cut = [pieceRanges[r.next() % pieceRanges.count]]   // a whole piece, as a link or code span stands
            } else if r.next() % 3 == 0, bytes.count > 2 {
                let lo = r.next() % (bytes.count - 1)
                cut = [lo..<min(bytes.count, lo + 1 + r.next() % 6)]
            }
            for excluded in [[], cut] as [[Range<Int>]] {
                let found = bytes.withUnsafeBufferPointer { buf in
                    let tokens = WordTokenizer.tokens(buf, 0..<bytes.count, excluded: excluded)
                    return FigureParser(tokens: tokens, lex: FigureLexicon.shared, text: buf, furniture: false).parse()
                }
                let may = mayHold(s, excluded: excluded)
                checked += 1
                if !found.isEmpty { withFigure += 1 }
                if !may { skipped += 1 }
                if !found.isEmpty { #expect(may, "\(s.debugDescription) \(excluded)") }
            }
        }
        // The sentences exercise both answers.
        #expect(withFigure > checked / 10 && skipped > checked / 10, "\(withFigure) with a figure, \(skipped) skipped of \(checked)")
    }
}
