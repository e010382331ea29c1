/// Reads a figure back as a reporter would say it ("about 6 million shells", "at least 30,000 rounds a day",
/// "millions of shells (2 million or more)"), for messages and hovers. `FigureReading.long` keeps the
/// symbolic form (≈, ≥, intervals) where exact bounds matter.
extension FigureReading {
    public static func spoken(_ f: Figure) -> String {
        let amount: String
        switch f.qualifier {
        case .exact: amount = money(f, say(f.value))
        case .atLeast: amount = "at least " + money(f, say(f.lower))
        case .atMost: amount = "at most " + money(f, say(f.upper))
        case .approx where f.lower == f.upper: amount = "about " + money(f, say(f.value))
        case .vague:
            if let many = magnitude(f.lower, f.upper), let unit = f.unit, f.currency == nil, f.unitClass != "percent" {
                // The writer's own words when they already name the unit ("several hundred thousand shells"):
                // "hundreds of thousands" would put words in their mouth.
                let words = f.text.hasSuffix(unit) && !f.text.contains("\n") ? f.text : "\(many) of \(unit)"
                return "\(words)\(ratePhrase(f)) (\(vagueBounds(f)))"
            }
            amount = between(f)
        case .approx, .range: amount = between(f)
        }
        return amount + unitPhrase(f) + ratePhrase(f)
    }

    /// "2 million or more" for millions and beyond, whose ceiling no reader counts on; below that the ceiling
    /// is part of the meaning ("several hundred thousand" is under a million) and is said.
    static func vagueBounds(_ f: Figure) -> String {
        if f.lower >= 1e6 || !f.upper.isFinite { return money(f, say(f.lower)) + " or more" }
        return money(f, say(f.lower)) + " to under " + money(f, say((f.upper + 1).rounded()))
    }

    /// "5.1 to 6 million", "3,400 to 4,000"; an open upper bound reads "2 million or more".
    static func between(_ f: Figure) -> String {
        guard f.upper.isFinite else { return money(f, say(f.lower)) + " or more" }
        if let (lo, hi, scale) = sharedScale(f.lower, f.upper) { return money(f, "\(lo) to \(hi) \(scale)") }
        return money(f, say(f.lower)) + " to " + money(f, say(f.upper))
    }

    static func unitPhrase(_ f: Figure) -> String {
        if f.currency != nil { return "" }
        if f.unitClass == "percent" { return "%" }
        return f.unit.map { " " + $0 } ?? ""
    }

    static func ratePhrase(_ f: Figure) -> String {
        f.rate.map { " a " + $0.rawValue } ?? ""
    }

    /// Currencies with a common sign put it first ("$11 billion"); others follow the amount ("5 million UAH").
    static func money(_ f: Figure, _ amount: String) -> String {
        guard let code = f.currency else { return amount }
        if let sign = sign(code) { return sign + amount }
        return amount + " " + code
    }

    /// The sign a currency is written with, if it has a common one. A table built on each call cost more
    /// than the rest of the amount's words.
    static func sign(_ code: String) -> String? {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        default: return nil
        }
    }

    static let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

    /// A number as it is written in prose: "6 million", "1.5 billion", "30,000", "2.5".
    public static func say(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        for (scale, word) in scales where abs(v) >= scale {
            return trimmed(v / scale) + " " + word
        }
        return number(v)
    }

    static func sharedScale(_ lo: Double, _ hi: Double) -> (String, String, String)? {
        for (scale, word) in scales where lo >= scale {
            return hi >= scale && hi < scale * 1000 ? (trimmed(lo / scale), trimmed(hi / scale), word) : nil
        }
        return nil
    }

    /// Up to two decimals, without trailing zeros: 5.1, 6, 1.25.
    static func trimmed(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        var s = String(r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// The plural of magnitude an open-ended count starts at: "millions" from 2 million, "hundreds of
    /// thousands" from 200,000, "dozens" from 24. Nil when the interval is not of that shape.
    static func magnitude(_ lo: Double, _ hi: Double) -> String? {
        let steps: [(Double, String)] = [(1e9, "billions"), (1e6, "millions"), (1e5, "hundreds of thousands"),
                                         (1e4, "tens of thousands"), (1e3, "thousands"), (100, "hundreds"), (12, "dozens")]
        for (floor, words) in steps where lo >= floor {
            // "Millions" ends below a thousand million, and so on: an upper bound beyond the next step is
            // not a magnitude of its own.
            return hi < floor * 1000 ? words : nil
        }
        return nil
    }
}
