/// The measure of a claim (what happens to what it counts: supplied, killed, cost …) read from the figure's
/// own clause, bounded by commas as well as by stronger marks. A verb in another clause of the sentence is
/// about something else: in "The agency gave a lower figure, saying 4,300 employees failed to report", the
/// employees were not given.
enum ClauseMeasure {
    /// How far before the figure, in words, its verb is looked for; and after it, past its noun.
    static let reachBefore = 8
    static let reachAfter = 4

    /// Words that say how money or a count is presented, not what it is of: "an estimate of $35m".
    static let notObjects: Set<String> = ClaimFormWords.presentationNouns.union(ComparisonKey.notObjects)

    static func read(_ w: [SentenceWord], first: Int, last: Int) -> String? {
        let lex = FigureLexicon.shared
        var k = first - 1
        var seen = 0
        while k >= 0, seen < reachBefore {
            if w[k].lower == ")" {
                // A parenthesised aside does not end the clause: "the supply (in the best case) of …".
                while k > 0, w[k].lower != "(" { k -= 1 }
                k -= 1
                continue
            }
            if w[k].isClauseEdge { break }
            // A capital inside a sentence starts a name: the "Camp Fire" burns nothing in "the toll from the
            // Camp Fire reached 29".
            if w[k].capitalized && k > 0 { k -= 1; seen += 1; continue }
            if k > 0, let m = lex.measureWords[w[k - 1].lower + " " + w[k].lower] { return m }
            if let m = lex.measureWords[w[k].lower] { return m }
            k -= 1
            seen += 1
        }
        k = last + 1
        while k < w.count, k - last <= reachAfter, !w[k].isClauseEdge {
            if !w[k].capitalized, let m = lex.measureWords[w[k].lower] { return m }
            k += 1
        }
        return nil
    }
}
