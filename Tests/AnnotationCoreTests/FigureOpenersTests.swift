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
}
