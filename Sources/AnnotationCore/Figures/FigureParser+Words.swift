/// Numbers written in words: "One hundred", "twenty-five thousand", "several hundred thousand",
/// "hundreds of thousands", "tens of thousands", "millions of", "dozens of", "a few hundred".
extension FigureParser {
    func readWords(at i: Int) -> Reading? {
        guard mayStartWrittenNumber(at: i) else { return nil }
        let w = tokens[i].lower
        // Vague quantities first.
        if w == "several" || w == "few" || (w == "a" && i + 1 < tokens.count && tokens[i + 1].lower == "few") {
            let start = w == "a" ? i + 2 : i + 1
            var x = 1.0, j = start
            while j < tokens.count, let s = lex.wordScale(tokens[j].lower) { x *= s; j += 1 }
            guard j > start else { return nil }
            return vague(first: i, end: j, lower: 2 * x, upper: 10 * x - 1, value: 5 * x)
        }
        if w == "tens" || w == "dozens" || lex.pluralScale(w) != nil {
            // "tens of thousands", "hundreds of millions"
            if i + 2 < tokens.count, tokens[i + 1].lower == "of", let (outer, _) = lex.pluralScale(tokens[i + 2].lower) {
                let inner: Double = w == "tens" ? 10 : w == "dozens" ? 12 : lex.pluralScale(w)!.0
                let x = inner * outer
                return vague(first: i, end: i + 3, lower: 2 * x, upper: 10 * x - 1, value: 2 * x)
            }
            if w == "tens" { return nil }
            if w == "dozens" { return vague(first: i, end: i + 1, lower: 24, upper: 143, value: 24) }
            let (x, next) = lex.pluralScale(w)!
            return vague(first: i, end: i + 1, lower: 2 * x, upper: next - 1, value: 2 * x)
        }
        // "half a million", "half a dozen": half of one scale.
        if w == "half", i + 2 < tokens.count, tokens[i + 1].lower == "a" || tokens[i + 1].lower == "an",
           let s = lex.wordScale(tokens[i + 2].lower) {
            let v = s / 2
            var r = Reading(first: i, end: i + 3, value: v, lower: v, upper: v, written: true, hasScale: true, unitEnd: i + 3)
            readAfter(&r, from: i + 3)
            readQualifier(&r)
            classify(&r, numberToken: nil)
            return r
        }
        // Exact written numbers.
        var total = 0.0, current = 0.0
        var j = i
        var sawNumber = false, sawScale = false
        var hyphenUnit: String? = nil
        while j < tokens.count, tokens[j].kind == .word {
            let word = tokens[j].lower
            if let c = cardinal(at: j) {
                current += c; sawNumber = true; j += 1; continue
            }
            if Bytes.contains(word, UInt8(ascii: "-")), let (c, rest) = cardinalCompound(word) {
                // "twenty-hour", "six-month": a number fused with its noun.
                current += c; sawNumber = true; hyphenUnit = rest; j += 1; break
            }
            if (word == "a" || word == "an"), !sawNumber, j + 1 < tokens.count, lex.wordScale(tokens[j + 1].lower) != nil || tokens[j + 1].lower == "dozen" {
                current = 1; sawNumber = true; j += 1; continue
            }
            if word == "dozen", sawNumber { current *= 12; sawScale = true; j += 1; continue }
            if word == "hundred", sawNumber || current == 0 {
                current = max(current, 1) * 100; sawNumber = true; sawScale = true; j += 1; continue
            }
            if let s = lex.wordScale(word), s >= 1000, sawNumber {
                total += max(current, 1) * s; current = 0; sawScale = true; j += 1; continue
            }
            if word == "and", sawNumber, j + 1 < tokens.count, cardinal(at: j + 1) != nil { j += 1; continue }
            break
        }
        guard sawNumber, j > i else { return nil }
        let v = total + current
        var r = Reading(first: i, end: j, value: v, lower: v, upper: v, written: true, hasScale: sawScale, unitEnd: j)
        if let unit = hyphenUnit {
            r.unit = unit
            r.unitClass = lex.unitClasses[unit] ?? unit
            r.kind = lex.durationUnits.contains(unit) || lex.durationUnits.contains(unit + "s") ? .duration : .smallCount
            if !lex.durationUnits.contains(unit), !lex.durationUnits.contains(unit + "s"), lex.unitClasses[unit] == nil {
                // "one-sided", "two-thirds": not a count at all.
                return nil
            }
            return r
        }
        readAfter(&r, from: j)
        readQualifier(&r)
        classify(&r, numberToken: nil)
        return r
    }

    /// Whether `readWords` can read anything from token `i`: every reading below starts with a cardinal,
    /// a hyphenated word ("twenty-five", "six-month"), a vague or plural quantity, "half", "hundred", or
    /// "a"/"an" before a scale. Most words are none of these, and this costs them far less than the
    /// comparisons and lookups of the readings themselves (which it leaves exactly as they were).
    func mayStartWrittenNumber(at i: Int) -> Bool {
        if cardinalOf[i] != nil { return true }
        let w = tokens[i].lower
        if Bytes.contains(w, UInt8(ascii: "-")) { return true }
        return Self.writtenNumberOpeners.contains(w) || lex.pluralScale(w) != nil
    }

    /// Words of amount that open a written figure without being cardinals: "several hundred", "a dozen".
    static let writtenNumberOpeners: WordSet = ["several", "few", "a", "an", "tens", "dozens", "half", "hundred"]

    func cardinal(_ w: String) -> Double? {
        lex.cardinals[w] ?? hyphenatedCardinal(w)
    }

    /// `cardinal` of token `k`.
    func cardinal(at k: Int) -> Double? {
        cardinalOf[k] ?? hyphenatedCardinal(tokens[k].lower)
    }

    /// "twenty-five": tens and ones joined by a hyphen.
    func hyphenatedCardinal(_ w: String) -> Double? {
        guard Bytes.contains(w, UInt8(ascii: "-")), opensWithCardinal(w) else { return nil }
        let parts = w.split(separator: "-")
        guard parts.count == 2, let tens = lex.cardinals[String(parts[0])], let ones = lex.cardinals[String(parts[1])],
              tens >= 20, ones < 10 else { return nil }
        return tens + ones
    }

    /// "twenty-hour" → (20, "hour"); "twenty-five-year" → (25, "year").
    func cardinalCompound(_ w: String) -> (Double, String)? {
        guard opensWithCardinal(w) else { return nil }
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if parts.count >= 3, let c = cardinal(parts[0] + "-" + parts[1]) { return (c, parts[2...].joined(separator: "-")) }
        guard let c = lex.cardinals[parts[0]] else { return nil }
        return (c, parts[1...].joined(separator: "-"))
    }

    /// False when the letters before `w`'s first hyphen are not a cardinal: neither reading above can then
    /// read `w` (both need its first part to be one), and most hyphenated words ("so-called", "right-wing")
    /// are such. Asked before splitting the word into strings, which cost ~5 k instructions a word. True
    /// with no hyphen or a leading one: the readings answer those themselves.
    func opensWithCardinal(_ w: String) -> Bool {
        var w = w
        return w.withUTF8 { b in
            guard let h = b.firstIndex(of: UInt8(ascii: "-")), h > 0 else { return true }
            let head = UnsafeBufferPointer(rebasing: b[..<h])
            return (Bytes.isASCII(head) ? lex.cardinals[ascii: head] : lex.cardinals[String(decoding: head, as: UTF8.self)]) != nil
        }
    }

    func vague(first: Int, end: Int, lower: Double, upper: Double, value: Double) -> Reading {
        var r = Reading(first: first, end: end, value: value, lower: lower, upper: upper, qualifier: .vague,
                        written: true, hasScale: true, unitEnd: end)
        r.qualifierText = tokens[first..<end].map(\.lower).joined(separator: " ")
        readAfter(&r, from: end)
        classify(&r, numberToken: nil)
        return r
    }
}
