/// Proportions and fractions, read as one share: "one in five", "nine of 10 voters", "three out of four",
/// "two thirds of", "a third of", "half of". The parts alone are not what the sentence claims: "10 voters" in
/// "nine of 10 voters" counts no one.
extension FigureParser {
    /// A whole number at `k`, written in digits or as a cardinal word ("five", "10"), with the index after it.
    func wholeNumber(at k: Int) -> (Double, Int)? {
        guard k < tokens.count else { return nil }
        // Read through the array: a copy of the token retained and released its strings.
        if tokens[k].kind == .number, tokens[k].suffix.isEmpty, !Bytes.contains(tokens[k].lower, UInt8(ascii: ".")), let v = tokens[k].number {
            return (v, k + 1)
        }
        if tokens[k].kind == .word, let v = cardinalOf[k] { return (v, k + 1) }
        return nil
    }

    /// "X in Y", "X of Y", "X out of Y" with X below Y: a share of Y. After a designator ("part 3 of 3",
    /// "Chapter 2 of 12") the pair names a part.
    func proportion(at i: Int) -> Reading? {
        guard let (x, afterX) = wholeNumber(at: i), afterX < tokens.count else { return nil }
        var k = afterX
        let w = tokens[k].lower
        if w == "out", k + 1 < tokens.count, tokens[k + 1].lower == "of" { k += 2 }
        else if w == "in" || w == "of" { k += 1 }
        else { return nil }
        guard let (y, end) = wholeNumber(at: k), y > 0 else { return nil }
        // "3 of the 10", "2 in 2024": only a bare whole number of the same kind makes a share.
        if tokens[k].kind == .number, tokens[k].lower.utf8.count == 4, y >= 1500 { return nil }
        // "3 in 10 minutes", "2 of 5 million": a unit, scale or money after the second number measures it.
        if end < tokens.count {
            let after = tokens[end].lower
            if lex.durationUnits.contains(after) || lex.wordScale(after) != nil || after == "%" || after == "percent"
                || lex.unitClasses[after].map({ lex.currencyCodes.contains($0) }) == true { return nil }
        }
        let designated = i > 0 && Self.designators.contains(tokens[i - 1].lower)
        guard x <= y, designated || x < y else { return nil }
        var r = Reading(first: i, end: end, value: x / y * 100, lower: x / y * 100, upper: x / y * 100, unitEnd: end)
        if designated { r.kind = .name; return r }
        // "one in five" with two words is still a share: it states a proportion, not a small count.
        r.percent = true
        r.unit = "percent"; r.unitClass = "percent"; r.kind = .percent
        // The population the share is of ("voters" in "nine of 10 voters") is part of the figure's span.
        var probe = Reading(first: i, end: end, value: 0, lower: 0, upper: 0, unitEnd: end)
        readUnit(&probe, from: end)
        r.unitEnd = probe.unitEnd
        readQualifier(&r)
        return r
    }

    /// "two thirds of", "a third of", "three quarters", "half of": a written fraction before "of" or a noun.
    func writtenFraction(at i: Int) -> Reading? {
        // Every opening below is a word ("two", "a", "one", "half"): a number or symbol opens none.
        guard tokens[i].kind == .word else { return nil }
        var k = i
        var numerator = 1.0
        if let (n, next) = wholeNumber(at: k), tokens[k].kind == .word { numerator = n; k = next }
        else if tokens[k].lower == "a" || tokens[k].lower == "one" { k += 1 }
        else if tokens[k].lower != "half" { return nil }
        guard k < tokens.count, let denominator = Self.denominator(tokens[k].lower) else { return nil }
        let end = k + 1
        // Only as a share of something: "two thirds of voters", not "the third quarter".
        guard end < tokens.count, tokens[end].lower == "of", numerator < denominator else { return nil }
        let v = numerator / denominator * 100
        var r = Reading(first: i, end: end, value: v, lower: v, upper: v, unitEnd: end)
        r.percent = true; r.written = true
        r.unit = "percent"; r.unitClass = "percent"; r.kind = .percent
        return r
    }

    /// The denominator a fraction word names ("third" 3, "quarters" 4), nil for any other word.
    static func denominator(_ w: String) -> Double? {
        switch w {
        case "half", "halves": 2
        case "third", "thirds": 3
        case "quarter", "quarters", "fourth", "fourths": 4
        case "fifth", "fifths": 5
        case "tenth", "tenths": 10
        default: nil
        }
    }
}
