/// What surrounds a figure in its clause: the rate it is given at and the measure (what happens to it).
extension FigureParser {
    /// Whether token `k` ends a clause for the purpose of looking around a figure. Its fields are read
    /// through the array: the token was copied whole to be asked (its strings retained and released), on
    /// every token of the clause walks below.
    func isClauseBreak(at k: Int) -> Bool {
        tokens[k].kind == .symbol && Self.isBreakSymbol(tokens[k].lower, spaceBefore: tokens[k].spaceBefore)
    }

    /// Compared as bytes: a String comparison with "—" takes the Unicode-normalising path for every token.
    /// (Apart from `isClauseBreak(at:)` so that its test of the kind, which most tokens fail, is inlined at
    /// the callers: written as one function it was not, and cost ~4 M instructions more per bench lint.)
    static func isBreakSymbol(_ lower: String, spaceBefore: Bool) -> Bool {
        let u = lower.utf8
        switch u.count {
        case 1:
            switch u.first! {
            case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"): return true
            default: return false
            }
        case 3:
            // U+2014 EM DASH is E2 80 94; U+2013 EN DASH (E2 80 93) breaks only when spaced ("3 – 4" is a range).
            guard u.starts(with: [0xE2, 0x80]) else { return false }
            let last = u[u.index(u.startIndex, offsetBy: 2)]
            return last == 0x94 || (last == 0x93 && spaceBefore)
        default: return false
        }
    }

    /// How far, in tokens, the clause around a figure is looked for. The rate and measure words sit within a
    /// few words of their figure; without a bound, a sentence of thousands of figures and no clause break
    /// (a table flattened onto one line) would be scanned once per figure.
    static let clauseReach = 40

    func clauseStart(before i: Int) -> Int {
        let limit = max(0, i - Self.clauseReach)
        var k = i - 1
        while k >= limit, !isClauseBreak(at: k) { k -= 1 }
        return k + 1
    }

    func clauseEnd(after i: Int) -> Int {
        let limit = min(tokens.count, i + Self.clauseReach)
        var k = i
        while k < limit, !isClauseBreak(at: k) { k += 1 }
        return k
    }

    /// "a day", "per year", "annually" after the figure; "daily", "annual" or "during the year" before it.
    func rate(_ r: Reading) -> RatePeriod? {
        let end = clauseEnd(after: r.unitEnd)
        var k = r.unitEnd
        // "30,000 rounds of ammunition a day": allow a short "of" phrase between.
        if k < end, tokens[k].lower == "of" { k = min(k + 3, end) }
        // A word's facts say whether it is a rate word or opens a rate phrase (tokens that are not words are
        // neither), so the tables are asked only about those.
        for j in r.unitEnd..<min(k + 4, end) {
            if j + 1 < end, tokens[j].facts.contains(.ratePhraseHead),
               let p = lex.ratePhrases[tokens[j].lower + " " + tokens[j + 1].lower] { return p }
            if tokens[j].facts.contains(.rateWord), let p = lex.ratePhrases[tokens[j].lower],
               !Bytes.contains(tokens[j].lower, UInt8(ascii: " ")) { return p }
        }
        let start = clauseStart(before: r.first)
        var j = r.first - 1
        while j >= start {
            let facts = tokens[j].facts
            guard !facts.isDisjoint(with: [.rateWord, .ratePhraseHead]) else { j -= 1; continue }
            let w = tokens[j].lower
            if r.first - j <= 6, facts.contains(.rateWord), let p = lex.ratePhrases[w] { return p }
            guard facts.contains(.ratePhraseHead) else { j -= 1; continue }
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
            if j + 1 < r.first, tokens[j].facts.contains(.measurePhraseHead),
               let m = lex.measureWords[tokens[j].lower + " " + tokens[j + 1].lower] { return m }
            if tokens[j].facts.contains(.measure), let m = lex.measureWords[tokens[j].lower] { return m }
            j -= 1
        }
        let end = clauseEnd(after: r.unitEnd)
        j = r.unitEnd
        while j < end, j - r.unitEnd < 6 {
            if tokens[j].facts.contains(.measure), let m = lex.measureWords[tokens[j].lower] { return m }
            j += 1
        }
        return nil
    }

    static let objectSkips: WordSet = ["of", "in", "for", "on", "to", "the", "a", "an", "its", "their", "his", "her",
                                           "new", "total", "annual", "additional", "more", "extra", "worth", "us", "u.s"]

    /// What money or a percentage is of: the noun before "of" ahead of it ("a budget of $2.2 billion"), else
    /// the noun right after it ("$2.2 billion budget", "51 percent of voters", "$35,000 in debt").
    func object(_ r: Reading) -> String? {
        // `.function` is `FigureParser.unitStopWords`, `.measure` a one-word key of `measureWords`: the lists'
        // answers, read from the word's facts.
        if r.first >= 2, tokens[r.first - 1].lower == "of", tokens[r.first - 2].kind == .word,
           !tokens[r.first - 2].facts.contains(.function) {
            return tokens[r.first - 2].lower
        }
        let end = clauseEnd(after: r.unitEnd)
        var k = r.unitEnd
        while k < end, k - r.unitEnd < 4, tokens[k].kind == .word, Self.objectSkips.contains(tokens[k].lower) { k += 1 }
        if k < end, tokens[k].kind == .word, !tokens[k].facts.contains(.function), !tokens[k].facts.contains(.measure) || k > r.unitEnd {
            // The head of a short noun phrase: "federal student debt" → "debt".
            var head = k
            while head + 1 < end, head - k < 2, tokens[head + 1].kind == .word, !tokens[head + 1].facts.contains(.function) { head += 1 }
            return tokens[head].lower
        }
        return nil
    }
}
