/// Less common ways of writing a number: bounds written after it ("5 or more", "1,000-plus") or as symbols
/// ("> 30", "<= 100"), negative signs, digits grouped by spaces ("40 000"), degree signs ("90°F"), slash
/// fractions ("3/4 of"), currency abbreviations ("Rs 20", "RM 42") and conversions in brackets.
extension FigureParser {
    /// Currency abbreviations written before the amount, capitalised (ISO 4217 local usage).
    static let currencyAbbreviations: WordTable<String> = ["rs": "INR", "rm": "MYR", "rp": "IDR", "sh": "KES"]

    /// "or more", "or above", "-plus", "plus": at least; "or fewer", "or less", "or below": at most.
    func boundAfter(_ j: Int) -> (Qualifier, Int)? {
        guard j + 1 < tokens.count else {
            if j < tokens.count, tokens[j].lower == "plus" { return (.atLeast, j + 1) }
            return nil
        }
        let a = tokens[j].lower, b = tokens[j + 1].lower
        if a == "or" || a == "and" {
            if ["more", "above", "higher", "greater", "over", "up"].contains(b) { return (.atLeast, j + 2) }
            if a == "or", ["fewer", "less", "below", "lower", "under"].contains(b) { return (.atMost, j + 2) }
        }
        if a == "-", b == "plus", !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore { return (.atLeast, j + 2) }
        if a == "plus", tokens[j + 1].kind == .word, !tokens[j + 1].facts.contains(.function) { return (.atLeast, j + 1) }
        return nil
    }

    /// ">", "≥", ">=", "<", "≤", "<=" right before the number (or its currency).
    func symbolBound(before first: Int) -> (Qualifier, Int)? {
        var k = first - 1
        guard k >= 0, tokens[k].kind == .symbol else { return nil }
        if tokens[k].lower == "=", k > 0 { k -= 1 }
        switch tokens[k].lower {
        case ">", "≥", "⩾": return (.atLeast, k)
        case "<", "≤", "⩽": return (.atMost, k)
        default: return nil
        }
    }

    /// "-1.5%", "−2.5%", "minus 10": a minus sign written onto the number, not a dash between two numbers.
    func negativeSign(before first: Int) -> Int? {
        guard first > 0, tokens[first].kind == .number || tokens[first].kind == .symbol else { return nil }
        let p = tokens[first - 1]
        // "plus or minus 4.3 points" is a margin either way, not a negative number.
        if p.lower == "minus" {
            let pm = first >= 3 && tokens[first - 2].lower == "or" && tokens[first - 3].lower == "plus"
            return pm ? nil : first - 1
        }
        guard p.kind == .symbol, p.lower == "-" || p.lower == "−", !tokens[first].spaceBefore else { return nil }
        // "5-7" is a range and "COVID-19" a name: the sign stands after a space or opens the sentence.
        if first - 1 == 0 { return first - 1 }
        let q = tokens[first - 2]
        return p.spaceBefore && q.kind != .number ? first - 1 : nil
    }

    /// "40 000", "1 250 000": groups of three digits after a space continue the number.
    func spaceGrouped(at i: Int) -> (Double, Int)? {
        let lower = tokens[i].lower
        guard lower.utf8.count <= 3, Bytes.allSatisfy(lower, Bytes.isDigit), var v = Double(lower) else { return nil }
        var k = i + 1
        while k < tokens.count, tokens[k].kind == .number, tokens[k].spaceBefore, tokens[k].lower.utf8.count == 3,
              Bytes.allSatisfy(tokens[k].lower, Bytes.isDigit), let g = Double(tokens[k].lower) {
            v = v * 1000 + g
            k += 1
        }
        return k > i + 1 ? (v, k) : nil
    }

    /// "90°F", "40 °C": the end of a degree sign and its scale letter.
    func degreesEnd(from j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .symbol, tokens[j].lower == "°" else { return nil }
        if j + 1 < tokens.count, !tokens[j + 1].spaceBefore, ["c", "f", "k"].contains(tokens[j + 1].lower) { return j + 2 }
        return j + 1
    }

    /// "3/4 of the land": a slash fraction before "of" is a share.
    func slashFraction(at i: Int) -> Reading? {
        let parts = tokens[i].lower.split(separator: "/")
        guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), a < b, b <= 16,
              i + 1 < tokens.count, tokens[i + 1].lower == "of" else { return nil }
        let v = a / b * 100
        var r = Reading(first: i, end: i + 1, value: v, lower: v, upper: v, unitEnd: i + 1)
        r.percent = true
        r.unit = "percent"; r.unitClass = "percent"; r.kind = .percent
        readQualifier(&r)
        return r
    }

    /// The token after "(amount)" when a bracket right after a money figure holds only another amount.
    func conversionEnd(after k: Int) -> Int? {
        guard k + 2 < tokens.count, tokens[k].lower == "(" else { return nil }
        var j = k + 1
        if tokens[j].kind == .symbol, currencySymbol(tokens[j].lower) != nil { j += 1 }
        else if tokens[j].kind == .word, currencyCode(at: j) != nil { j += 1 }
        else { return nil }
        guard j < tokens.count, tokens[j].kind == .number else { return nil }
        j += 1
        while j < tokens.count, tokens[j].kind == .word, lex.wordScale(tokens[j].lower) != nil { j += 1 }
        return j < tokens.count && tokens[j].lower == ")" ? j + 1 : nil
    }
}
