/// Scores, results, tallies and ranks (SPEC §3.1 kinds that are never flagged): "won 6-4 7-5", "a 24-17 win",
/// "3-2-1", "passed 52-48", "confirmed 92 to 0", "the top 10", "reached number 7". A range of values rises
/// ("5-7 million"); two whole numbers joined that fall, or that stand with a word of winning or voting, are an
/// outcome read off a scoreboard or a roll call, not a quantity.
extension FigureParser {
    /// Words of a contest or vote that make "a-b" a result even when it rises ("a 2-3 defeat", "lost 1-2").
    static let resultWords: WordSet = [
        "win", "wins", "won", "victory", "victories", "defeat", "defeats", "defeated", "loss", "losses", "lost",
        "lose", "beat", "beats", "beaten", "draw", "drew", "tie", "tied", "lead", "led", "leads", "trail", "trailed",
        "trails", "score", "scored", "scoreline", "vote", "votes", "voted", "ruling", "decision", "majority",
        "margin", "record", "result", "final", "match", "game", "thrashing", "thumping", "rout", "aggregate",
        "passed", "confirmed", "rejected", "approved", "split",
    ]

    /// A whole number written plainly: no separators, no glued letters.
    func isPlainInteger(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .number && tokens[k].suffix.isEmpty
            && !tokens[k].lower.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
    }

    /// A hyphen or en dash written tight between two numbers.
    func isTightDash(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .symbol && (tokens[k].lower == "-" || tokens[k].lower == "–")
            && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore
    }

    /// The end (exclusive) of a score starting at number token `i`, or nil when the numbers read as a range,
    /// a date or a quantity.
    func scoreEnd(at i: Int) -> Int? {
        guard isPlainInteger(i), tokens[i].lower.utf8.count <= 3 else { return nil }
        var numbers = [i]
        var k = i + 1
        while isTightDash(k), isPlainInteger(k + 1), tokens[k + 1].lower.utf8.count <= 3, numbers.count < 5 {
            numbers.append(k + 1)
            k += 2
        }
        let end = k
        if numbers.count == 1 {
            // "confirmed 92 to 0", "passed 52 to 48": a falling pair joined by "to", not after "from".
            guard end + 1 < tokens.count, tokens[end].lower == "to", isPlainInteger(end + 1),
                  let a = Double(tokens[i].lower), let b = Double(tokens[end + 1].lower), a > b,
                  !(i > 0 && tokens[i - 1].lower == "from"), i > 0, Self.resultWords.contains(tokens[i - 1].lower)
            else { return nil }
            return quantityFollows(end + 2) ? nil : end + 2
        }
        if quantityFollows(end) || isDateAfter(end) { return nil }
        if numbers.count >= 3 { return end }
        guard let a = Double(tokens[i].lower), let b = Double(tokens[numbers[1]].lower) else { return nil }
        let before = i > 0 ? tokens[i - 1].lower : ""
        let after = end < tokens.count ? tokens[end].lower : ""
        if Self.resultWords.contains(before) || Self.resultWords.contains(after) || (i > 1 && Self.resultWords.contains(tokens[i - 2].lower) && before == ",") {
            return end
        }
        // "outnumber them 3-1", "by 2-1": a pair ending in one is a ratio, a proportion that needs a source.
        // In a sentence of shares ("percent", "points", "poll") the pair is a poll's result ("leads 41-40").
        guard a >= b, b != 1, !speaksOfShares else { return nil }
        return end
    }

    /// The sentence talks of shares or polls: pairs of numbers in it are survey results.
    var speaksOfShares: Bool {
        tokens.contains { t in
            switch t.lower {
            case "%", "percent", "pct", "points", "point", "poll", "polls", "survey", "surveys", "polling", "voters": return true
            default: return false
            }
        }
    }

    /// A percent sign, a scale, a currency or a known unit after the numbers makes them a quantity.
    func quantityFollows(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        let w = tokens[k].lower
        if w == "%" || w == "percent" || w == "per" || w == "pct" || lex.wordScale(w) != nil { return true }
        if let cls = lex.unitClasses[w], cls != "votes" { return true }
        return lex.durationUnits.contains(w)
    }

    /// "3-4 June": a month after the numbers makes them days.
    func isDateAfter(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].capitalized && lex.months.contains(tokens[k].lower)
    }

    /// "the top 10", "reached number 7": a position in a ranking.
    func isRank(_ r: Reading) -> Bool {
        guard r.first > 0, r.currency == nil, !r.percent, !r.hasScale, r.qualifier == .exact else { return false }
        let prev = tokens[r.first - 1]
        // "the top 2 or 3 percent" counts a share; "the top 10" is a place in a list.
        if r.end + 1 < tokens.count, ["or", "to", "-", "–"].contains(tokens[r.end].lower), tokens[r.end + 1].kind == .number { return false }
        if prev.lower == "top" { return true }
        // Lower-case "number" before a bare number; "Number 10" as a name is left to the designators.
        return prev.lower == "number" && !prev.capitalized && r.unit == nil
    }
}

/// Units written onto a number: what the letters mean depends on what follows.
extension FigureParser {
    /// "5ft high", "100m long": the size of something, said after it, not a modifier.
    static let dimensionWords: WordSet = ["high", "tall", "long", "wide", "deep", "thick", "away", "across", "apart",
                                              "down", "higher", "lower", "short", "overall", "below", "above", "ahead"]

    /// "400m people", "2m of them": a plural noun or "of" after the number is what it counts.
    func countedNounFollows(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        let w = tokens[k].lower
        if w == "of" { return true }
        if tokens[k].facts.contains(.function) { return false }
        if let c = lex.unitClasses[w], lex.currencyCodes.contains(c) { return true }
        return Self.isPluralHead(w)
    }

    /// The figure modifies the noun after it ("a 64GB phone", "the 400m relay") or stands as the name of an
    /// event after an article ("won the 1,500m."): a singular word, not a function word, follows; or an
    /// article comes before and nothing counted follows.
    func isAttributive(_ i: Int) -> Bool {
        let k = i + 1
        if k < tokens.count, tokens[k].kind == .word, tokens[k].spaceBefore {
            let w = tokens[k].lower
            if !tokens[k].facts.contains(.function), !Self.isPluralHead(w), lex.wordScale(w) == nil, !Self.dimensionWords.contains(w) { return true }
        }
        guard i > 0 else { return false }
        let p = tokens[i - 1].lower
        return (p == "the" || p == "a" || p == "an") && !countedNounFollows(k)
    }
}
