/// The figure vocabularies, parsed once from the lexicon data files into hash tables. A class: every
/// sentence's parser holds it, and copying a struct of a dozen tables cost a retain and release per table.
final class FigureLexicon: Sendable {
    struct QualifierEntry: Sendable {
        var qualifier: Qualifier
        var lowerFactor: Double
        var upperFactor: Double
        let words: [String]
        /// `words` joined by spaces, as the qualifier's text: made once here, not at every figure it qualifies.
        let text: String

        init(qualifier: Qualifier, lowerFactor: Double, upperFactor: Double, words: [String]) {
            self.qualifier = qualifier
            self.lowerFactor = lowerFactor
            self.upperFactor = upperFactor
            self.words = words
            self.text = words.joined(separator: " ")
        }
    }

    let unitClasses: WordTable<String>
    /// A `WordSet`: the parser asks it of a unit class after most numbers, and a `Set<String>` hashed each
    /// question with SipHash.
    let currencyCodes: WordSet
    let measureWords: WordTable<String>
    /// Qualifier phrases keyed by their last word, longest first.
    let qualifiers: WordTable<[QualifierEntry]>
    let months: WordSet
    let weekdays: WordSet
    let durationUnits: WordSet
    let ratePhrases: WordTable<RatePeriod>
    /// First words of the multi-word measure and rate phrases: a phrase is looked up (and its key built)
    /// only when a token could start one.
    let measurePhraseHeads: WordSet
    let ratePhraseHeads: WordSet
    let cardinals: WordTable<Double>
    let scales: WordTable<Double>
    let ordinals: WordSet

    static let shared = FigureLexicon()

    private init() {
        unitClasses = WordTable(LexiconParsing.table(Lexicon.unitClassData))
        currencyCodes = ["USD", "EUR", "GBP", "RUB", "CNY", "JPY", "KRW", "INR", "UAH", "CHF", "CAD", "AUD", "NZD", "SGD",
                         "HKD", "MYR", "ZAR", "SEK", "NOK", "DKK", "PLN", "BRL", "MXN", "TRY", "PKR", "NGN", "KES", "EGP"]
        measureWords = WordTable(LexiconParsing.table(Lexicon.measureWordData))
        var q: [String: [QualifierEntry]] = [:]
        for f in LexiconParsing.lines(Lexicon.qualifierData) where f.count == 4 {
            let words = f[0].lowercased().split(separator: " ").map(String.init)
            let entry = QualifierEntry(qualifier: Qualifier(rawValue: f[1]) ?? .approx,
                                       lowerFactor: Double(f[2]) ?? 1, upperFactor: f[3] == "inf" ? .infinity : Double(f[3]) ?? 1,
                                       words: words)
            q[words.last!, default: []].append(entry)
        }
        for k in q.keys { q[k]!.sort { $0.words.count > $1.words.count } }
        qualifiers = WordTable(q)
        months = LexiconParsing.words(Lexicon.monthData)
        weekdays = LexiconParsing.words(Lexicon.weekdayData)
        durationUnits = LexiconParsing.words(Lexicon.durationUnitData)
        var rates: [String: RatePeriod] = [:]
        for (k, v) in LexiconParsing.table(Lexicon.ratePeriodData) { rates[k] = RatePeriod(rawValue: v) }
        ratePhrases = WordTable(rates)
        measurePhraseHeads = Self.phraseHeads(measureWords.keys)
        ratePhraseHeads = Self.phraseHeads(rates.keys)
        cardinals = WordTable(LexiconParsing.table(Lexicon.cardinalData).compactMapValues(Double.init))
        scales = WordTable(LexiconParsing.table(Lexicon.scaleData).compactMapValues(Double.init))
        ordinals = LexiconParsing.words(Lexicon.ordinalWordData)
    }

    private static func phraseHeads(_ phrases: some Sequence<String>) -> WordSet {
        WordSet(phrases.compactMap { p in p.split(separator: " ", maxSplits: 1).count == 2 ? String(p.split(separator: " ")[0]) : nil })
    }

    /// Scale words written out as their own token ("million"), not the one-letter suffixes.
    func wordScale(_ w: String) -> Double? {
        // Every case is 2 to 8 ASCII letters starting with one of these.
        guard (2...8).contains(w.utf8.count), let first = w.utf8.first, Self.scaleInitials.contains(first) else { return nil }
        switch w {
        case "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn", "trn", "dozen", "lakh",
             "lakhs", "lac", "crore", "crores": return scales[w]
        default: return nil
        }
    }

    /// First letters of the scale words `wordScale` knows.
    static let scaleInitials: [UInt8] = Array("htmbdlc".utf8)

    /// Plural scale words that make a vague quantity ("millions of"), with the next scale up.
    func pluralScale(_ w: String) -> (Double, Double)? {
        // Every word is 8 or 9 ASCII letters ending in "s".
        guard (8...9).contains(w.utf8.count), w.utf8.last == UInt8(ascii: "s") else { return nil }
        return Self.pluralScales[w]
    }

    /// The plural scale words with the amounts they stand between: what `pluralScale` answers, and the
    /// words the vocabulary marks as opening a figure.
    static let pluralScales: [String: (Double, Double)] = [
        "hundreds": (100, 1000),
        "thousands": (1000, 1_000_000),
        "millions": (1_000_000, 1_000_000_000),
        "billions": (1_000_000_000, 1_000_000_000_000),
        "trillions": (1_000_000_000_000, 1_000_000_000_000_000),
    ]
}
