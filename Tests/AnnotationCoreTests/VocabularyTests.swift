import Testing
@testable import AnnotationCore

/// A word's facts (issue 19) stand in for "is this word in list X?" in the passes that read them: each bit
/// must give the answer of the very list it replaced, for every word any list holds and for words of no list.
@Suite struct VocabularyTests {
    /// Each fact beside the list the passes asked before it existed.
    static let sources: [(String, WordFacts, Set<String>)] = [
        ("function", .function, FigureParser.unitStopWords.strings),
        ("cardinal", .cardinal, Set(CountedThing.cardinals.keys)),
        ("scale", .scale, Set(CountedThing.scales.keys)),
        ("vagueAmount", .vagueAmount, CountedThing.vagueAmounts.strings),
        ("qualifier", .qualifier, Set(FigureLexicon.shared.qualifiers.keys)),
        ("genericNews", .genericNews, CountedThing.generic.strings),
        ("measure", .measure, Set(FigureLexicon.shared.measureWords.keys)),
        ("measurePhraseHead", .measurePhraseHead, FigureLexicon.shared.measurePhraseHeads.strings),
        ("rateWord", .rateWord, Set(FigureLexicon.shared.ratePhrases.keys)),
        ("ratePhraseHead", .ratePhraseHead, FigureLexicon.shared.ratePhraseHeads.strings),
        ("unitClass", .unitClass, Set(CountedThing.unitClasses.keys)),
        ("changeWord", .changeWord, ClaimFormReader.changeWords.strings),
        ("changeDeterminer", .changeDeterminer, ClaimFormReader.changeDeterminers.strings),
        ("difference", .difference, ClaimFormReader.differenceWords.strings),
        ("target", .target, Set(ClaimFormReader.targetWords.keys)),
        ("amountNoun", .amountNoun, Set(ClaimFormWords.amountNouns.keys)),
        ("mayExclude", .mayExclude, CountedThing.excluders.strings.union(["counting"])),
        ("contrastComparative", .contrastComparative, ClaimFormWords.contrastComparatives.strings),
        ("valuingVerb", .valuingVerb, ClaimFormWords.valuingVerbs.strings),
        ("month", .month, TimeAnchorReader.months.strings),
        ("monthAbbreviation", .monthAbbreviation, Set(TimeAnchorReader.monthAbbreviations.keys)),
        ("weekday", .weekday, TimeAnchorReader.weekdays.strings),
        ("deictic", .deictic, TimeAnchorReader.deictic.strings),
        ("periodDeterminer", .periodDeterminer, TimeAnchorReader.periodDeterminers.strings),
        ("quarterOrdinal", .quarterOrdinal, TimeAnchorReader.quarterOrdinals.strings),
        ("reportingVerb", .reportingVerb, CueLexicon.shared.reportingVerbs.strings),
        ("estimateVerb", .estimateVerb, SentenceCues.estimateVerbs.strings),
        ("projectionVerb", .projectionVerb, SentenceCues.projectionVerbs.strings),
        ("documentNoun", .documentNoun, CueLexicon.shared.documentNouns.strings),
        ("speechNoun", .speechNoun, SentenceCues.speechNouns.strings),
        ("sourcePhraseHead", .sourcePhraseHead, Set(CueLexicon.shared.sourcePhrases.keys)),
        ("vaguePhraseHead", .vaguePhraseHead, Set(CueLexicon.shared.vaguePhrases.keys)),
        ("clauseEdge", .clauseEdge, SentenceWord.clauseEdges.strings),
        ("sentenceOpener", .sentenceOpener, CountedThing.sentenceOpeners.strings),
    ]

    /// Every word of every list, and words of none: capitalised, plural, accented, decomposed.
    static var queries: Set<String> {
        var all = Set(sources.flatMap(\.2))
        all.formUnion(["Million", "millionss", "paris", "naïve", "cafe\u{301}", "", "x", "quarterly", "agos"])
        return all
    }

    @Test func eachFactIsTheAnswerOfItsList() {
        for (name, fact, list) in Self.sources {
            for w in Self.queries {
                #expect(Vocabulary.facts(of: w).contains(fact) == list.contains(w), "\(name): \(w)")
            }
        }
    }

    /// "millions" is part of an amount, "millionaires" is not; "ago" is its own fact.
    @Test func pluralNumberWordsAndAgo() {
        for w in ["millions", "thousands", "tens", "hundreds", "billions"] {
            #expect(Vocabulary.facts(of: w).contains(.pluralNumber), "\(w)")
        }
        for w in ["millionaires", "tense", "s", "million"] {
            #expect(!Vocabulary.facts(of: w).contains(.pluralNumber), "\(w)")
        }
        #expect(Vocabulary.facts(of: "ago").contains(.ago))
        #expect(Vocabulary.facts(of: "unheardofword") == [])
    }

    /// The figure openers are the words `mayStartWrittenNumber` and `mayStartFigure` listed, and the plural
    /// scales `pluralScale` reads.
    @Test func figureOpenersAreTheParsersWords() {
        let openers = FigureParser.writtenNumberOpeners.strings.union(FigureParser.otherFigureOpeners.strings)
            .union(FigureLexicon.pluralScales.keys)
        for w in Self.queries.union(openers) {
            #expect(Vocabulary.facts(of: w).contains(.figureOpener) == openers.contains(w), "\(w)")
        }
        for w in FigureLexicon.pluralScales.keys { #expect(FigureLexicon.shared.pluralScale(w) != nil, "\(w)") }
    }

    /// `.marginOfError` is set on exactly the words `isMarginOfError` compares with; a word that differs
    /// by case or a letter is not one of them.
    @Test func marginOfErrorWordsAreTheParsersWords() {
        let words = FigureParser.marginOfErrorWords.strings
        for w in Self.queries.union(words).union(["Error", "margins", "err", "errorr"]) {
            #expect(Vocabulary.facts(of: w).contains(.marginOfError) == words.contains(w), "\(w)")
        }
        #expect(words == ["error", "errors", "margin"])
    }

    /// A sentence's words read with the figure tokenizer's tokens of it (whose words' forms and facts they
    /// take where the bytes are the same) are the words read without them.
    @Test func sentenceWordsReadWithTokensAreTheWordsReadWithout() {
        let sentences = [
            "Sales rose by 6% in March, the company said.",
            "The F16s and F-35 jets cost $3.2bn, Trump’s aides don't say; U.S. officials told reporters.",
            "Türkiye’s İstanbul grew 12,5 per cent — naïve café owners (and 1950s rock’n’roll) said so.",
            "\u{201C}Forty-two\u{201D} MPs voted; 75th-percentile wages fell\u{A0}four points in Q3 2024年.",
            "",
            "x",
        ]
        for sentence in sentences {
            let text = Array(sentence.utf8)
            let tokens = text.withUnsafeBufferPointer { WordTokenizer.tokens($0, 0..<text.count, excluded: []) }
            let with = SentenceWords.read(text, 0..<text.count, tokens: tokens)
            let without = SentenceWords.read(text, 0..<text.count)
            #expect(with.map(\.range) == without.map(\.range), "\(sentence)")
            #expect(with.map(\.lower) == without.map(\.lower), "\(sentence)")
            #expect(with.map(\.length) == without.map(\.length), "\(sentence)")
            #expect(with.map(\.facts) == without.map(\.facts), "\(sentence)")
            #expect(with.map(\.capitalized) == without.map(\.capitalized), "\(sentence)")
        }
    }

    /// One-byte marks and plain numbers are read through shortcuts (a table of marks, numbers without a
    /// lookup); every word they make is the one the general path makes for the same bytes.
    @Test func marksAndNumbersReadAsTheGeneralPathReadsThem() {
        let sentences = [
            "Sales rose 6.5% to $1,200,000 (about €1.1bn) in 2023; exports fell: 12/05 – “a record”, he said!",
            "Prices [up 3.2%] & costs {down 1,5} ~ 40 # @ ^ _ | + = * / \\ ' ` ? < > \u{7F}x",
            "In 2024年 the 3rd of 10,000 and 75th 1950s 9.\u{A0}5, 7\u{A0}000 units",
        ]
        for sentence in sentences {
            let text = Array(sentence.utf8)
            let words = SentenceWords.read(text, 0..<text.count)
            #expect(words.contains { $0.kind == .mark } && words.contains { $0.kind == .number }, "\(sentence)")
            text.withUnsafeBufferPointer { buf in
                for w in words {
                    let general = SentenceWords.word(buf, w.range, w.kind, Vocabulary.facts)
                    #expect(w.lower == general.lower && w.length == general.length
                            && w.facts == general.facts && w.capitalized == general.capitalized,
                            "\(sentence): \(w.lower)")
                }
            }
        }
        #expect(SentenceWords.read(Array(",".utf8), 0..<1).first?.isClauseEdge == true)
    }

    /// The words of a sentence and its tokens carry the facts of their lower-cased form.
    @Test func sentenceWordsAndTokensCarryFacts() {
        let text = Array("Sales rose by 6% in March, the company said.".utf8)
        let words = SentenceWords.read(text, 0..<text.count)
        #expect(words.first { $0.lower == "march" }?.facts.contains(.month) == true)
        #expect(words.first { $0.lower == "rose" }?.facts.contains(.changeWord) == true)
        #expect(words.first { $0.lower == "," }?.isClauseEdge == true)
        #expect(words.first { $0.lower == "sales" }?.facts.contains(.month) == false)
        let tokens = text.withUnsafeBufferPointer { WordTokenizer.tokens($0, 0..<text.count, excluded: []) }
        #expect(tokens.first { $0.lower == "said" }?.facts.contains(.reportingVerb) == true)
        #expect(tokens.first { $0.lower == "6" }?.facts == [])
    }
}
