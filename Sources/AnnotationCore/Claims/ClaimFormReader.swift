/// Reads the *form* of a claim from its clause (SPEC §3.4): a change ("rose 6%", "up by 200", "from 12,400
/// to 9,950", "a 6% increase", "a billion gallons less"), a target ("is seeking 5.5%", "would cost"), a
/// value per unit ("$33.80 an hour"), a share ("51 percent of voters"), else a level.
enum ClaimFormReader {
    static let changeWords = LexiconParsing.words(Lexicon.changeWordsData)
    static let changeDeterminers = LexiconParsing.words(Lexicon.changeDeterminersData)
    static let differenceWords = LexiconParsing.words(Lexicon.differenceWordsData)
    static let targetWords = WordTable(LexiconParsing.table(Lexicon.targetWordsData))
    static let perIntroducers = LexiconParsing.words(Lexicon.perUnitIntroducersData)
    static let durationUnits = LexiconParsing.words(Lexicon.durationUnitData)

    /// How far before the figure, in words, its governing verb is looked for.
    static let reachBefore = 8

    /// `first...last` are the indices of the figure's own words.
    /// The form, the unit a per-unit value is per, and a target's sense ("demand", "offer", …).
    static func read(_ w: [SentenceWord], first: Int, last: Int, figure f: Figure) -> (form: ClaimForm, per: String?, intent: String?) {
        // Intention governs change: "has offered a wage increase of 2%", "expects sales to rise 6%" state what
        // someone aims at or foresees, and are compared with other targets, never with outcomes.
        if let sense = intent(w, first: first) { return (.target, nil, sense) }
        if isChange(w, first: first, last: last) { return (.change, nil, nil) }
        if f.rate == nil, let per = perUnit(w, after: last) { return (.perUnit, per, nil) }
        if f.unitClass == "percent", last + 1 < w.count, w[last + 1].lower == "of" { return (.share, nil, nil) }
        return (.level, nil, nil)
    }

    /// Where the words of the clause before the figure start: `start..<first`, read nearest first, are at most
    /// `reachBefore` words with no clause edge among them. An index, not a list of the words: copying the
    /// words out retained and released their strings, twice per claim.
    static func clauseStart(_ w: [SentenceWord], before first: Int) -> Int {
        var k = first - 1
        while k >= 0, first - 1 - k < reachBefore, !w[k].isClauseEdge { k -= 1 }
        return k + 1
    }

    static func isChange(_ w: [SentenceWord], first: Int, last: Int) -> Bool {
        let start = clauseStart(w, before: first)
        // The word right before the figure, when the clause has one.
        let p = first - 1
        if start <= p {
            // "up 6%", "another 200", "from 12,400 (to 9,950)", "by 200" after a verb of change.
            if w[p].facts.contains(.changeDeterminer) || w[p].spells("from") { return true }
            // "shrank to 249", "the toll rose to 23": the level reached, unless a "from" opens the movement.
            if w[p].spells("to") { return fromFigure(w, before: first) }
            // The four words before that one.
            if w[p].spells("by"), (max(start, p - 4)..<p).contains(where: { w[$0].facts.contains(.changeWord) || w[$0].spells("from") }) {
                return true
            }
        }
        // "reduced 18,000 homes to ash": the verb tells what became of them, not by how much they changed.
        if ClauseMeasure.destroyedAfter(w, last: last) { return false }
        // A verb of change governing the figure within a few words: "rose 6%", "cut its staff by 200".
        if (max(start, first - 4)..<first).contains(where: { w[$0].facts.contains(.changeWord) }) { return true }
        // "to 9,950" with a "from" figure earlier in the sentence: the end of a movement.
        if start <= p, w[p].spells("to"), fromFigure(w, before: first) { return true }
        // Right after the figure: "a billion gallons less than", "a 6% increase", "200 more".
        if last + 1 < w.count, w[last + 1].facts.contains(.difference) { return true }
        return false
    }

    /// "from 12,400 (cases) to …": a "from" that gives a figure, not the origin of the thing counted ("the toll
    /// from the floods rose to 40").
    static func fromFigure(_ w: [SentenceWord], before first: Int) -> Bool {
        w.indices.contains { k in
            k < first && w[k].spells("from") && w[(k + 1)..<min(k + 3, first)].contains { $0.kind == .number }
        }
    }

    /// The sense of the nearest word of intention, request, offer or forecast, or modal, before the figure in
    /// its clause: "demand", "offer", "forecast", "plan", "limit" or "modal"; nil when there is none.
    static func intent(_ w: [SentenceWord], first: Int) -> String? {
        let start = clauseStart(w, before: first)
        for k in stride(from: first - 1, through: start, by: -1) where w[k].facts.contains(.target) {
            if let sense = targetWords[w[k].lower] { return sense }
        }
        return nil
    }

    /// "an hour", "a head", "per share", "each": the unit the value is per. Rates of a period (a day, a
    /// year) are the figure's `rate` and are normalised, not a form.
    static func perUnit(_ w: [SentenceWord], after last: Int) -> String? {
        var k = last + 1
        guard k < w.count, w[k].kind == .word else { return nil }
        if w[k].lower == "each" || w[k].lower == "apiece" { return "each" }
        if w[k].lower == "for", k + 1 < w.count, ["each", "every"].contains(w[k + 1].lower) { k += 1 }
        guard perIntroducers.contains(w[k].lower), k + 1 < w.count, w[k + 1].kind == .word else { return nil }
        let noun = w[k + 1].lower
        // "a day" and "a year" are rates; "a senior operator" is not a unit unless the word is a time unit
        // or "per" says so.
        if ["day", "week", "month", "year", "night"].contains(noun) { return nil }
        if w[k].lower == "per" || durationUnits.contains(noun) || ["head", "capita", "person", "share", "barrel", "gallon", "litre", "liter", "ton", "tonne", "kilo", "kilogram", "pound", "unit", "piece", "mile", "seat", "vote", "ticket"].contains(noun) {
            return noun
        }
        return nil
    }
}
