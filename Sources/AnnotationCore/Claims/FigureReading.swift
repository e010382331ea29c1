/// Reads a figure back in words and symbols, for messages, hovers and inlay hints.
public enum FigureReading {
    /// "≈6,000,000 rounds", "≥30,000 rounds/day", "200,000–999,999 shells", "90 percent".
    public static func long(_ f: Figure) -> String {
        var s = bounded(f, number)
        if f.currency != nil { s = s + " " + (f.currency ?? "") }
        else if f.unitClass == "percent" { s += "%" }
        else if let u = f.unit { s += " " + u }
        if let r = f.rate { s += " per " + r.rawValue }
        return s
    }

    /// Compact form for inlay hints: "≈6.0M", "≥30k/day", "10k".
    public static func short(_ f: Figure) -> String {
        var s = bounded(f, compact)
        if let c = f.currency { s += " " + c } else if f.unitClass == "percent" { s += "%" }
        if let r = f.rate { s += "/" + r.rawValue }
        return s
    }

    /// The value with its qualifier's sign: "≈v", "≥lower", "≤upper", "lower–upper".
    static func bounded(_ f: Figure, _ format: (Double) -> String) -> String {
        switch f.qualifier {
        case .exact: return format(f.value)
        case .approx: return "≈" + format(f.value)
        case .atLeast: return "≥" + format(f.lower)
        case .atMost: return "≤" + format(f.upper)
        case .range, .vague: return format(f.lower) + "–" + format(f.upper)
        }
    }

    /// The interval as text: "[5,100,000, 6,000,000]", "[30,000, ∞)".
    public static func interval(_ f: Figure) -> String {
        "[" + number(f.lower) + ", " + (f.upper.isInfinite ? "∞)" : number(f.upper) + "]")
    }

    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        if v == v.rounded(), abs(v) < 1e18 {
            let digits = String(Int64(abs(v)))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return (v < 0 ? "-" : "") + out
        }
        let r = (v * 100).rounded() / 100
        return "\(r)"
    }

    static func compact(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        for (scale, suffix) in units where abs(v) >= scale {
            let x = v / scale
            let text = x == x.rounded() && x < 100 && scale == 1e3 ? String(Int(x)) : String(format1(x))
            return text + suffix
        }
        return v == v.rounded() ? String(Int64(v)) : String(format1(v))
    }

    static func format1(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() && r >= 100 ? String(Int(r)) : String(r)
    }
}
