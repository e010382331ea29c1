/// The measure of a claim (what happens to what it counts: supplied, killed, cost …) read from the figure's
/// own clause, bounded by commas as well as by stronger marks. A verb in another clause of the sentence is
/// about something else: in "The agency gave a lower figure, saying 4,300 employees failed to report", the
/// employees were not given.
enum ClauseMeasure {
    /// How far before the figure, in words, its verb is looked for; and after it, past its noun.
    static let reachBefore = 8
    static let reachAfter = 4

    /// A percentage "given" to someone is a score or a poll's reading ("a poll gives Holloway 41%"), not a
    /// supply.
    static func read(_ w: [SentenceWord], first: Int, last: Int, percent: Bool) -> String? {
        let m = read(w, first: first, last: last)
        return percent && m == "supply" && givenScore(w, first: first) ? nil : m
    }

    static let giveForms: WordSet = ["give", "gives", "gave", "given", "giving"]

    static func givenScore(_ w: [SentenceWord], first: Int) -> Bool {
        w[max(0, first - reachBefore)..<first].contains { giveForms.contains($0.lower) }
    }

    static func read(_ w: [SentenceWord], first: Int, last: Int) -> String? {
        let lex = FigureLexicon.shared
        if destroyedAfter(w, last: last) { return "destruction" }
        var k = first - 1
        var seen = 0
        while k >= 0, seen < reachBefore {
            if w[k].spells(")") {
                // A parenthesised aside does not end the clause: "the supply (in the best case) of …".
                while k > 0, !w[k].spells("(") { k -= 1 }
                k -= 1
                continue
            }
            if w[k].isClauseEdge { break }
            // A capital inside a sentence starts a name: the "Camp Fire" burns nothing in "the toll from the
            // Camp Fire reached 29".
            if w[k].capitalized && k > 0 { k -= 1; seen += 1; continue }
            // The word's facts say whether it heads a phrase (`Vocabulary.facts`): no lookup per word.
            if k > 0, w[k - 1].facts.contains(.measurePhraseHead), let m = lex.measureWords[w[k - 1].lower + " " + w[k].lower] { return m }
            if w[k].facts.contains(.measure), let m = lex.measureWords[w[k].lower] { return m }
            // A verb of change is the figure's own verb ("killed 85 people and reduced 18,000 homes"): a
            // measure further back belongs to another figure.
            if w[k].facts.contains(.changeWord) { break }
            k -= 1
            seen += 1
        }
        k = last + 1
        while k < w.count, k - last <= reachAfter, !w[k].isClauseEdge {
            if !w[k].capitalized, w[k].facts.contains(.measure), !causative(w, k), let m = lex.measureWords[w[k].lower] { return m }
            k += 1
        }
        return listMeasure(w, after: last)
    }

    static let makeForms: WordSet = ["make", "makes", "made", "making"]
    static let objectPronouns: WordSet = ["it", "them", "him", "her", "us", "me", "you"]

    /// "30 laws making it harder to …": "make" with a pronoun and what it becomes causes, it produces nothing.
    static func causative(_ w: [SentenceWord], _ k: Int) -> Bool {
        makeForms.contains(w[k].lower) && k + 1 < w.count && objectPronouns.contains(w[k + 1].lower)
    }

    /// How far after its figure a clause is read for what became of the counted things.
    static let clauseReach = 10

    /// "reduced 18,000 homes to ash", "burned 40 houses to the ground": "to" and a noun of ruin after the
    /// counted things say they were destroyed.
    static func destroyedAfter(_ w: [SentenceWord], last: Int) -> Bool {
        var k = last + 1
        // The next item of a coordination ("85 people and … 18,000 homes to ash") has its own verb.
        while k + 1 < w.count, k - last <= clauseReach, !w[k].isClauseEdge, w[k].kind != .number,
              !w[k].spells("and"), !w[k].spells("or") {
            if w[k].spells("to") {
                var j = k + 1
                if j < w.count, w[j].spells("the") { j += 1 }
                return j < w.count && ClaimFormWords.ruinNouns.contains(w[j].lower)
            }
            k += 1
        }
        return false
    }

    /// "1,000 people remained on the sheriff's list of the missing": a list of the missing, the dead or the
    /// injured counts people in that state.
    static func listMeasure(_ w: [SentenceWord], after last: Int) -> String? {
        var k = last + 1
        while k + 2 < w.count, k - last <= clauseReach, !w[k].isClauseEdge {
            if w[k].spells("list"), w[k + 1].spells("of") {
                var j = k + 2
                if j < w.count, w[j].spells("the") { j += 1 }
                return j < w.count ? FigureLexicon.shared.measureWords[w[j].lower] : nil
            }
            k += 1
        }
        return nil
    }
}
