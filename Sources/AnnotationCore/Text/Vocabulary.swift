/// Every word form some pass asks a lexicon about, with its `WordFacts`: built once from the passes' own
/// lists (so a list and its bit never disagree), then asked once per word of the text. spaCy's `Vocab`,
/// which computes a lexeme's flags once per form, is the model; here the forms are the lexicons' words and
/// any other word has no facts.
enum Vocabulary {
    static let facts: WordTable<WordFacts> = {
        var table: [String: WordFacts] = [:]
        func add<S: Sequence>(_ words: S, _ fact: WordFacts) where S.Element == String {
            for w in words { table[w, default: []].insert(fact) }
        }
        let figures = FigureLexicon.shared
        add(FigureParser.unitStopWords, .function)
        add(CountedThing.cardinals.keys, .cardinal)
        add(CountedThing.scales.keys, .scale)
        add(CountedThing.scales.keys.map { $0 + "s" }, .pluralNumber)
        add(CountedThing.cardinals.keys.map { $0 + "s" }, .pluralNumber)
        add(CountedThing.vagueAmounts, .vagueAmount)
        add(figures.qualifiers.keys, .qualifier)
        add(CountedThing.generic, .genericNews)
        add(figures.measureWords.keys, .measure)
        add(figures.measurePhraseHeads, .measurePhraseHead)
        add(figures.ratePhrases.keys, .rateWord)
        add(figures.ratePhraseHeads, .ratePhraseHead)
        add(CountedThing.unitClasses.keys, .unitClass)
        add(ClaimFormReader.changeWords, .changeWord)
        add(ClaimFormReader.changeDeterminers, .changeDeterminer)
        add(ClaimFormReader.differenceWords, .difference)
        add(ClaimFormReader.targetWords.keys, .target)
        add(ClaimFormWords.amountNouns.keys, .amountNoun)
        add(CountedThing.excluders, .mayExclude)
        add(["counting"], .mayExclude)
        add(ClaimFormWords.contrastComparatives, .contrastComparative)
        add(ClaimFormWords.valuingVerbs, .valuingVerb)
        add(TimeAnchorReader.months, .month)
        add(TimeAnchorReader.monthAbbreviations.keys, .monthAbbreviation)
        add(TimeAnchorReader.weekdays, .weekday)
        add(TimeAnchorReader.deictic, .deictic)
        add(TimeAnchorReader.periodDeterminers, .periodDeterminer)
        add(TimeAnchorReader.quarterOrdinals, .quarterOrdinal)
        add(["ago"], .ago)
        add(FigureParser.marginOfErrorWords, .marginOfError)
        add(FigureParser.otherFigureOpeners, .figureOpener)
        add(FigureParser.writtenNumberOpeners, .figureOpener)
        add(FigureLexicon.pluralScales.keys, .figureOpener)
        add(CueLexicon.shared.reportingVerbs, .reportingVerb)
        add(CueLexicon.shared.documentNouns, .documentNoun)
        add(SentenceCues.speechNouns, .speechNoun)
        add(CueLexicon.shared.sourcePhrases.keys, .sourcePhraseHead)
        add(CueLexicon.shared.vaguePhrases.keys, .vaguePhraseHead)
        add(SentenceCues.estimateVerbs, .estimateVerb)
        add(SentenceCues.projectionVerbs, .projectionVerb)
        for (list, fact) in SentenceCues.cueWordLists { add(list, fact) }
        add(SentenceWord.clauseEdges, .clauseEdge)
        add(CountedThing.sentenceOpeners, .sentenceOpener)
        return WordTable(table)
    }()

    /// The facts of a lower-cased word form; none for a word no list holds.
    static func facts(of lower: String) -> WordFacts { facts[lower] ?? [] }

    /// A word's lower-cased form and its facts. An ASCII word's facts are read from the bytes it was lowered
    /// into, before they become a string (the tokenizer asks this of every word).
    /// `table` is `facts`, read once by a caller that asks of many words (each read of a `static let`
    /// checks that it is initialised).
    static func lowered(_ word: UnsafeBufferPointer<UInt8>, in table: WordTable<WordFacts> = facts) -> (lower: String, facts: WordFacts) {
        guard Bytes.isASCII(word) else {
            let lower = WordTokenizer.loweredWithCurlyApostrophes(word) ?? String(decoding: word, as: UTF8.self).lowercased()
            return (lower, table[lower] ?? [])
        }
        var found: WordFacts = []
        let lower = WordTokenizer.loweredASCII(word) { found = table[ascii: $0] ?? [] }
        return (lower, found)
    }

    /// `lowered(word, in: table).facts`, without making the string when the word is ASCII: lowered on the
    /// stack and looked up by its bytes.
    static func facts(ofWord word: UnsafeBufferPointer<UInt8>, in table: WordTable<WordFacts> = facts) -> WordFacts {
        guard Bytes.isASCII(word) else { return lowered(word, in: table).facts }
        return Bytes.withLowered(word) { table[ascii: $0] ?? [] }
    }
}
