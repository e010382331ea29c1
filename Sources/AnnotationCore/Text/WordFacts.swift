/// What the lexicons say about one lower-cased word form, as bits: the answer of every "is this word in list
/// X?" a pass asks, found with one lookup of the word (`Vocabulary.facts`) instead of one lookup per list
/// per pass. A bit is set exactly when the form is in the list it names (Swift `String` equality), so a test
/// of the bit gives the answer the list gives.
struct WordFacts: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // What a figure counts (CountedThing, ClaimFormReader, ClauseMeasure, AmountNoun).
    /// Function words that end a unit: `FigureParser.unitStopWords`.
    static let function = WordFacts(rawValue: 1 << 0)
    static let cardinal = WordFacts(rawValue: 1 << 1)
    static let scale = WordFacts(rawValue: 1 << 2)
    /// A cardinal or scale word with an "s" after it ("millions", "tens"): part of an amount.
    static let pluralNumber = WordFacts(rawValue: 1 << 3)
    static let vagueAmount = WordFacts(rawValue: 1 << 4)
    static let qualifier = WordFacts(rawValue: 1 << 5)
    static let genericNews = WordFacts(rawValue: 1 << 6)
    /// A word of `FigureLexicon.measureWords` (one-word keys).
    static let measure = WordFacts(rawValue: 1 << 7)
    static let unitClass = WordFacts(rawValue: 1 << 8)
    static let changeWord = WordFacts(rawValue: 1 << 9)
    static let changeDeterminer = WordFacts(rawValue: 1 << 10)
    static let difference = WordFacts(rawValue: 1 << 11)
    static let target = WordFacts(rawValue: 1 << 12)
    static let amountNoun = WordFacts(rawValue: 1 << 13)
    /// `CountedThing.excluders`, and "counting" (of "not counting"): the words that may open an exclusion.
    static let mayExclude = WordFacts(rawValue: 1 << 36)
    /// `ClaimFormWords.contrastComparatives` and `.valuingVerbs`: the words a second account of a figure
    /// opens with (`ClaimAccounts.marker`).
    static let contrastComparative = WordFacts(rawValue: 1 << 37)
    static let valuingVerb = WordFacts(rawValue: 1 << 38)
    /// A key of `FigureLexicon.ratePhrases` ("daily", "annually"; its phrases' keys too, which no one
    /// word equals).
    static let rateWord = WordFacts(rawValue: 1 << 14)
    /// The first word of a rate phrase of two or more words (`FigureLexicon.ratePhraseHeads`: "per", "a").
    static let ratePhraseHead = WordFacts(rawValue: 1 << 15)
    /// The first word of a measure phrase of two or more words (`FigureLexicon.measurePhraseHeads`: "hand").
    static let measurePhraseHead = WordFacts(rawValue: 1 << 23)
    /// `FigureParser.marginOfErrorWords`: the words that name a survey's precision ("margin of error").
    static let marginOfError = WordFacts(rawValue: 1 << 44)

    // When (TimeAnchorReader).
    static let month = WordFacts(rawValue: 1 << 16)
    static let monthAbbreviation = WordFacts(rawValue: 1 << 17)
    static let weekday = WordFacts(rawValue: 1 << 18)
    static let deictic = WordFacts(rawValue: 1 << 19)
    static let periodDeterminer = WordFacts(rawValue: 1 << 20)
    static let quarterOrdinal = WordFacts(rawValue: 1 << 21)
    static let ago = WordFacts(rawValue: 1 << 22)

    // Figures (FigureParser).
    /// A word that opens a figure though it is no cardinal and has no digit or hyphen: "several", "a",
    /// "half", "millions", the "one" of "one third", the "US" of "US$5" (`FigureParser.mayStartFigure`).
    static let figureOpener = WordFacts(rawValue: 1 << 24)

    // Sources (SentenceCues).
    /// `CueLexicon.shared.reportingVerbs` (no configuration adds to them).
    static let reportingVerb = WordFacts(rawValue: 1 << 26)
    static let estimateVerb = WordFacts(rawValue: 1 << 27)
    static let projectionVerb = WordFacts(rawValue: 1 << 28)
    /// `CueLexicon.shared.documentNouns` and `SentenceCues.speechNouns`.
    static let documentNoun = WordFacts(rawValue: 1 << 29)
    static let speechNoun = WordFacts(rawValue: 1 << 30)
    /// The first word of a phrase of the standard cue lexicon (`CueLexicon.shared`): a lexicon with configured
    /// cues has more, and asks its own tables.
    static let sourcePhraseHead = WordFacts(rawValue: 1 << 34)
    static let vaguePhraseHead = WordFacts(rawValue: 1 << 35)
    /// The verbs a reporting clause can be read at, besides -ing forms (`SentenceCues.addReportingVerb`).
    static let mayReport: WordFacts = [.reportingVerb, .estimateVerb, .projectionVerb]
    // The word lists a reporting clause asks of the words around its verb (`Provenance/CueWordFacts.swift`);
    // taken from the top, so that the figure and claim bits keep growing from below.
    static let pronoun = WordFacts(rawValue: 1 << 63)
    static let auxiliary = WordFacts(rawValue: 1 << 62)
    static let determiner = WordFacts(rawValue: 1 << 61)
    static let article = WordFacts(rawValue: 1 << 60)
    static let notName = WordFacts(rawValue: 1 << 59)
    static let vagueSubject = WordFacts(rawValue: 1 << 58)
    /// `SentenceCues.coordinators` but its ";", a symbol (and symbols have no facts).
    static let coordinator = WordFacts(rawValue: 1 << 57)
    /// A word of any other list of the provenance pass (`SentenceCues.otherCueLists`): a word without it is
    /// in none of them, and is not looked up in one.
    static let cueListWord = WordFacts(rawValue: 1 << 56)
    /// `CueLexicon.interveningAdverbs`: what a cue phrase may skip ("is also expected to").
    static let interveningAdverb = WordFacts(rawValue: 1 << 55)
    /// The second word of a phrase of the standard cue lexicon, and the phrases of one word
    /// (`CueLexicon.decidedByNext`).
    static let phraseSecondWord = WordFacts(rawValue: 1 << 54)
    static let sourcePhraseWord = WordFacts(rawValue: 1 << 53)
    static let vaguePhraseWord = WordFacts(rawValue: 1 << 52)
    /// The verb classes and the neighbours `SentenceCues.isVerbUse` asks of every reporting verb.
    static let intentionVerb = WordFacts(rawValue: 1 << 51)
    static let forecastVerb = WordFacts(rawValue: 1 << 50)
    static let clauseOnlyVerb = WordFacts(rawValue: 1 << 49)
    static let ambiguousVerb = WordFacts(rawValue: 1 << 48)
    static let particle = WordFacts(rawValue: 1 << 47)
    static let nounFollower = WordFacts(rawValue: 1 << 46)
    static let gerundPreposition = WordFacts(rawValue: 1 << 45)

    // Marks.
    /// `SentenceWord.clauseEdges`: the marks that end a clause for a claim's identity.
    static let clauseEdge = WordFacts(rawValue: 1 << 32)
    /// `CountedThing.sentenceOpeners`: a mark after which a capital says nothing.
    static let sentenceOpener = WordFacts(rawValue: 1 << 33)

    /// The words that stop a word from narrowing a count (`CountedThing.isContentWord`).
    static let notContent: WordFacts = [.function, .cardinal, .scale, .pluralNumber, .vagueAmount, .qualifier]
    /// The words that can open a time anchor other than a year or a "Q3" (`TimeAnchorReader.marks`).
    static let opensTimeAnchor: WordFacts = [.month, .monthAbbreviation, .weekday, .deictic, .periodDeterminer,
                                             .quarterOrdinal, .ago]
}
