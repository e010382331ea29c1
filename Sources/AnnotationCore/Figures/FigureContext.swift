/// What surrounds a figure in its clause: the rate it is given at and the measure (what happens to it).
extension FigureParser {
    /// Tokens that end a clause for the purpose of looking around a figure.
    static func isClauseBreak(_ t: Token) -> Bool {
        switch t.lower {
        case ";", ":", "—", "?", "!": return true
        case "–": return t.spaceBefore
        default: return false
        }
    }

    func clauseStart(before i: Int) -> Int {
        var k = i - 1
        while k >= 0, !Self.isClauseBreak(tokens[k]) { k -= 1 }
        return k + 1
    }

    func clauseEnd(after i: Int) -> Int {
        var k = i
        while k < tokens.count, !Self.isClauseBreak(tokens[k]) { k += 1 }
        return k
    }

    /// "a day", "per year", "annually" after the figure; "daily", "annual" or "during the year" before it.
    func rate(_ r: Reading) -> RatePeriod? {
        let end = clauseEnd(after: r.unitEnd)
        var k = r.unitEnd
        // "30,000 rounds of ammunition a day": allow a short "of" phrase between.
        if k < end, tokens[k].lower == "of" { k = min(k + 3, end) }
        for j in r.unitEnd..<min(k + 4, end) {
            if j + 1 < end, let p = lex.ratePhrases[tokens[j].lower + " " + tokens[j + 1].lower] { return p }
            if let p = lex.ratePhrases[tokens[j].lower], !tokens[j].lower.utf8.contains(UInt8(ascii: " ")) { return p }
        }
        let start = clauseStart(before: r.first)
        var j = r.first - 1
        while j >= start {
            let w = tokens[j].lower
            if r.first - j <= 6, let p = lex.ratePhrases[w] { return p }
            if j + 2 < r.first, let p = lex.ratePhrases[w + " " + tokens[j + 1].lower + " " + tokens[j + 2].lower] { return p }
            if j + 1 < r.first, r.first - j <= 6, let p = lex.ratePhrases[w + " " + tokens[j + 1].lower], w == "per" || w == "each" || w == "every" { return p }
            j -= 1
        }
        return nil
    }

    /// The nearest measure word before the figure in its clause, else shortly after it.
    func measure(_ r: Reading) -> String? {
        let start = clauseStart(before: r.first)
        var j = r.first - 1
        while j >= start, r.first - j <= 14 {
            if j + 1 < r.first, let m = lex.measureWords[tokens[j].lower + " " + tokens[j + 1].lower] { return m }
            if let m = lex.measureWords[tokens[j].lower] { return m }
            j -= 1
        }
        let end = clauseEnd(after: r.unitEnd)
        j = r.unitEnd
        while j < end, j - r.unitEnd < 6 {
            if let m = lex.measureWords[tokens[j].lower] { return m }
            j += 1
        }
        return nil
    }

    static let objectSkips: Set<String> = ["of", "in", "for", "on", "to", "the", "a", "an", "its", "their", "his", "her",
                                           "new", "total", "annual", "additional", "more", "extra", "worth", "us", "u.s"]

    /// What money or a percentage is of: the noun before "of" ahead of it ("a budget of $2.2 billion"), else
    /// the noun right after it ("$2.2 billion budget", "51 percent of voters", "$35,000 in debt").
    func object(_ r: Reading) -> String? {
        if r.first >= 2, tokens[r.first - 1].lower == "of", tokens[r.first - 2].kind == .word,
           !FigureParser.unitStopWords.contains(tokens[r.first - 2].lower) {
            return tokens[r.first - 2].lower
        }
        let end = clauseEnd(after: r.unitEnd)
        var k = r.unitEnd
        while k < end, k - r.unitEnd < 4, tokens[k].kind == .word, Self.objectSkips.contains(tokens[k].lower) { k += 1 }
        if k < end, tokens[k].kind == .word, !FigureParser.unitStopWords.contains(tokens[k].lower), lex.measureWords[tokens[k].lower] == nil || k > r.unitEnd {
            // The head of a short noun phrase: "federal student debt" → "debt".
            var head = k
            while head + 1 < end, head - k < 2, tokens[head + 1].kind == .word, !FigureParser.unitStopWords.contains(tokens[head + 1].lower) { head += 1 }
            return tokens[head].lower
        }
        return nil
    }
}
