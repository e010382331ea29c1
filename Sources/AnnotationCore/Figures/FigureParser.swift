/// Reads the figures of one sentence from its tokens: the number (digits or words), its qualifier, scale,
/// currency, percent, unit, range and rate, and what kind of figure it is.
struct FigureParser {
    let tokens: [Token]
    let lex: FigureLexicon
    let text: UnsafeBufferPointer<UInt8>
    /// True when the sentence's paragraph is page furniture (a bare number, a view count, a date line).
    let furniture: Bool
    /// Each token's entry in the cardinal lexicon, looked up once: shares, fractions and written numbers
    /// asked for the same token's up to four times.
    let cardinalOf: [Double?]

    init(tokens: [Token], lex: FigureLexicon, text: UnsafeBufferPointer<UInt8>, furniture: Bool) {
        self.tokens = tokens
        self.lex = lex
        self.text = text
        self.furniture = furniture
        // Every cardinal is a word, which carries the fact: the others are not looked up.
        cardinalOf = tokens.map { $0.facts.contains(.cardinal) ? lex.cardinals[$0.lower] : nil }
    }

    /// A figure read from tokens `first..<end` (end exclusive), before its measure, rate and kind are known.
    struct Reading {
        var first: Int
        var end: Int
        var value: Double
        var lower: Double
        var upper: Double
        var qualifier: Qualifier = .exact
        var qualifierText: String?
        var currency: String?
        var percent = false
        var written = false
        var hasScale = false
        var unit: String?
        var unitClass: String?
        var unitEnd: Int
        var kind: FigureKind = .count
    }

    /// The readings of the sentence with their spans (tests read them as a list).
    func parse() -> [(Reading, Range<Int>)] {
        var out: [(Reading, Range<Int>)] = []
        parse { out.append(($0, $1)) }
        return out
    }

    /// `parse()`, each reading handed to `visit` with its span as it is read: a list of them was copied out
    /// element by element by the scan that reads it (~200 instructions a figure with the release).
    func parse(_ visit: (Reading, Range<Int>) -> Void) {
        var i = 0
        while i < tokens.count {
            // The test `read` opens with, asked here: most tokens are words that start no figure, and each call
            // returned its (empty) reading by copying it.
            if tokens[i].kind == .word, !mayStartFigure(at: i) {
                i += 1
                continue
            }
            if let r = read(at: i) {
                // The figure's span covers its qualifier, number and counted noun ("nearly 6 million rounds").
                let last = r.kind.isClaimKind || r.kind == .duration || r.kind == .smallCount ? max(r.end, r.unitEnd) : r.end
                let span = tokens[r.first].range.lowerBound..<tokens[last - 1].range.upperBound
                // What the loop reads of the reading, read before the reading is handed on.
                let next = max(r.end, i + 1)
                let conversionFrom = r.currency != nil ? max(r.end, r.unitEnd) : nil
                visit(r, span)
                i = next
                // "$2.9bn (£1.5bn)": a conversion in brackets restates the figure before it.
                if let from = conversionFrom, let skip = conversionEnd(after: from) { i = skip }
            } else {
                i += 1
            }
        }
    }

    // MARK: - reading one figure

    func read(at i: Int) -> Reading? {
        if tokens[i].kind == .word, !mayStartFigure(at: i) { return nil }
        // The token is read through the array, not copied out: a copy retained and released its strings on
        // every token a figure may start at.
        let kind = tokens[i].kind
        if kind == .number || kind == .word, let share = proportion(at: i) ?? writtenFraction(at: i) { return share }
        switch kind {
        case .number:
            return readDigits(at: i, currencyAt: nil)
        case .symbol:
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, let code = currencySymbol(tokens[i].lower) {
                // "US$5": the symbol may follow "US" directly.
                return readDigits(at: i + 1, currencyAt: i, currency: code)
            }
            return nil
        case .word:
            if tokens[i].hasDigit { return nameWithDigits(at: i) }
            let lower = tokens[i].lower
            if (lower == "us" || lower == "usd"), i + 2 < tokens.count, tokens[i + 1].lower == "$", tokens[i + 2].kind == .number {
                return readDigits(at: i + 2, currencyAt: i, currency: "USD")
            }
            if let code = currencyCode(at: i) ?? Self.currencyAbbreviations[lower].flatMap({ tokens[i].capitalized ? $0 : nil }),
               i + 1 < tokens.count, tokens[i + 1].kind == .number {
                return readDigits(at: i + 1, currencyAt: i, currency: code)
            }
            return readWords(at: i)
        }
    }

    /// Whether a word can open any figure the readings below read: a word with digits ("F-16"), a currency
    /// word before digits, a word that can open a written number (a cardinal, a hyphenated word, "several",
    /// "a few", "half a million", "a third of"), or "one" and "US".
    /// Each reading needs one of these at its first word; most words of prose are none of them, and the
    /// readings cost many times this test.
    func mayStartFigure(at i: Int) -> Bool {
        if i + 1 < tokens.count, tokens[i + 1].kind == .number { return true }
        // `mayStartWrittenNumber` with its word lists read from the token's facts.
        return tokens[i].facts.contains(.figureOpener) || cardinalOf[i] != nil || tokens[i].hasDigit || tokens[i].hasHyphen
    }

    /// The words that open a figure besides those `mayStartWrittenNumber` admits: "one" of a fraction ("one
    /// third of"; also a cardinal) and the "US" of "US$5".
    static let otherFigureOpeners: WordSet = ["one", "us", "usd"]

    func currencySymbol(_ s: String) -> String? {
        // Each symbol is one scalar with no other form Swift calls equal to it: compared as scalars, since
        // comparing strings with non-ASCII literals normalises both (a symbol token is one scalar).
        let scalars = s.unicodeScalars
        guard let c = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        switch c.value {
        case 0x24: return "USD"   // $
        case 0x20AC: return "EUR" // €
        case 0xA3: return "GBP"   // £
        case 0xA5: return "JPY"   // ¥
        case 0x20BD: return "RUB" // ₽
        case 0x20B9: return "INR" // ₹
        case 0x20A9: return "KRW" // ₩
        case 0x20B4: return "UAH" // ₴
        default: return nil
        }
    }

    func currencyCode(at i: Int) -> String? {
        // The length first: uppercasing every word of the text allocated a string per word. The byte count
        // before the character count (which walks the string): a code is three ASCII letters, so a word of
        // any other byte length never matches the text test below.
        let lower = tokens[i].lower
        guard lower.utf8.count == 3, lower.count == 3 else { return nil }
        let upper = lower.uppercased()
        guard lex.currencyCodes.contains(upper),
              tokens.count > 0, String(decoding: UnsafeBufferPointer(rebasing: text[tokens[i].range]), as: UTF8.self) == upper else { return nil }
        return upper
    }

    /// "G-7", "F-16s", "COVID-19", "Charter97": letters and digits in one word are a name or model.
    func nameWithDigits(at i: Int) -> Reading? {
        let t = tokens[i]
        guard let first = t.lower.first, first.isLetter else { return nil }
        let digits = t.lower.filter(\.isASCII).filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        if let money = codeGluedToAmount(at: i) { return money }
        let v = Double(digits.prefix(15)) ?? 0
        // "twenty-hour" style compounds have no digits and never get here.
        var r = Reading(first: i, end: i + 1, value: v, lower: v, upper: v, unitEnd: i + 1)
        r.kind = .name
        return r
    }

    /// "USD3.14", "EUR250": an ISO code written in capitals straight onto the amount is money, not a model name.
    func codeGluedToAmount(at i: Int) -> Reading? {
        let t = tokens[i]
        let bytes = Array(UnsafeBufferPointer(rebasing: text[t.range]))
        guard bytes.count > 3, bytes.count <= 18, bytes[0..<3].allSatisfy(Bytes.isASCIIUpper),
              bytes[3...].allSatisfy(Bytes.isDigit) else { return nil }
        let code = String(decoding: bytes[0..<3], as: UTF8.self)
        guard lex.currencyCodes.contains(code), var v = Double(String(decoding: bytes[3...], as: UTF8.self)) else { return nil }
        var end = i + 1
        // The tokenizer leaves the decimals apart: a point and digits written tight after the amount.
        if end + 1 < tokens.count, tokens[end].lower == ".", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
           isPlainInteger(end + 1), let frac = Double("0." + tokens[end + 1].lower) {
            v += frac; end += 2
        }
        var r = Reading(first: i, end: end, value: v, lower: v, upper: v, unitEnd: end)
        r.currency = code; r.unit = code; r.unitClass = code; r.kind = .money
        return r
    }

    func readDigits(at i: Int, currencyAt: Int?, currency: String? = nil) -> Reading? {
        // Fields read through the array: copying the token out retained and released its strings.
        let lower = tokens[i].lower
        // A number glued to letters before it ("Su 27" no; "A4"): handled as a word. Here: plain digits.
        if i > 0, !tokens[i].spaceBefore, tokens[i - 1].kind == .word, text[tokens[i - 1].range.upperBound - 1] < 0x80 { return nil }
        // Separators other than thousands commas and one decimal point: dates, times, versions.
        if Bytes.contains(lower, UInt8(ascii: ":")) { return special(at: i, kind: .time) }
        if Bytes.contains(lower, UInt8(ascii: "/")) { return slashFraction(at: i) ?? special(at: i, kind: .date) }
        // A number token is ASCII digits and separators: its dots are its "." bytes.
        let dots = Bytes.count(lower, UInt8(ascii: "."))
        if dots > 1 { return special(at: i, kind: .date) }
        guard var v = tokens[i].number else { return nil }
        var groupsEnd = i + 1
        if tokens[i].suffix.isEmpty, let (grouped, end) = spaceGrouped(at: i) { v = grouped; groupsEnd = end }
        var r = Reading(first: currencyAt ?? i, end: groupsEnd, value: v, lower: v, upper: v, unitEnd: groupsEnd)
        r.currency = currency
        if currency == nil, let end = scoreEnd(at: i) {
            r.end = end; r.unitEnd = end; r.kind = .score
            return r
        }
        var j = groupsEnd
        // Glued suffixes: 75th, 1950s, 3.2bn, 1.2m, 10k, 5km, 2024年
        let sfx = tokens[i].suffix
        if !sfx.isEmpty {
            if ["st", "nd", "rd", "th"].contains(sfx) { r.kind = .ordinal; return r }
            if sfx == "s", lower.utf8.count == 4 || lower.utf8.count == 2, v.truncatingRemainder(dividingBy: 10) == 0 {
                r.kind = .year
                return r
            }
            if sfx.hasPrefix("年") || sfx.hasPrefix("月") || sfx.hasPrefix("日") { r.kind = .date; return r }
            if sfx == "am" || sfx == "pm" || sfx == "a" || sfx == "p" { r.kind = .time; return r }
            if sfx == "m", currency == nil, !countedNounFollows(i + 1) {
                // "the 1,500m", "a 400m relay", "ran 100m": without money or a counted noun, "m" is metres.
                r.unit = "m"; r.unitClass = "m"
                r.kind = isAttributive(i) ? .name : .measure
                return r
            }
            if let s = lex.scales[sfx] { v *= s; r.hasScale = true }
            else if let cls = lex.unitClasses[sfx] {
                r.unit = sfx; r.unitClass = cls; r.kind = cls == "percent" ? .percent : .measure
                // "a 64GB phone", "a 10Mb connection": a unit glued on before a noun is the thing's
                // specification, a name for the model rather than a quantity anyone reports.
                if cls != "percent", isAttributive(i) { r.kind = .name; return r }
            }
            else { r.kind = .name; return r }
        }
        r.value = v
        // Scale words: "6 million", "135 billion", "1.5 bn"
        while j < tokens.count, tokens[j].kind == .word, let s = lex.wordScale(tokens[j].lower) {
            v *= s
            r.hasScale = true
            j += 1
        }
        if let sign = negativeSign(before: r.first) { v = -v; r.first = sign }
        r.value = v; r.lower = v; r.upper = v; r.end = j; r.unitEnd = j
        // "90°F", "-5 °C": a degree sign and its scale.
        if let end = degreesEnd(from: j) {
            r.unit = "degrees"; r.unitClass = "degrees"; r.kind = .measure; r.end = end; r.unitEnd = end
            readQualifier(&r)
            return r
        }
        // Ranges: 5–7 million, 200,000 to 300,000, 5-7%, $10 to $20 (the currency repeated)
        let repeatsCurrency = j + 2 < tokens.count && currency != nil && tokens[j + 1].kind == .symbol
            && currencySymbol(tokens[j + 1].lower) == currency && (tokens[j].lower == "to" || tokens[j].lower == "-" || tokens[j].lower == "–")
        let hiAt = repeatsCurrency ? j + 2 : j + 1
        if hiAt < tokens.count, tokens[j].lower == "-" || tokens[j].lower == "to"
            || tokens[j].kind == .symbol && (tokens[j].lower == "–" || tokens[j].lower == "—"),
           tokens[hiAt].kind == .number, tokens[hiAt].suffix.isEmpty || lex.scales[tokens[hiAt].suffix] != nil,
           let hiRaw = tokens[hiAt].number.map({ $0 * (lex.scales[tokens[hiAt].suffix] ?? 1) }) {
            var k = hiAt + 1
            var hi = hiRaw
            var hiScaled = false
            while k < tokens.count, tokens[k].kind == .word, let s = lex.wordScale(tokens[k].lower) { hi *= s; k += 1; hiScaled = true }
            var lo = r.value
            if hiScaled, !r.hasScale { lo *= hi / hiRaw }
            if hi > lo {
                r.lower = lo; r.upper = hi; r.value = (lo + hi) / 2; r.qualifier = .range
                r.end = k; r.unitEnd = k; j = k
            }
        }
        // "5 or more", "1,000-plus", "10 or fewer": a bound written after the number.
        if let (q, end) = boundAfter(j) {
            r.qualifier = q
            r.qualifierText = tokens[j..<end].map(\.lower).joined(separator: " ")
            if q == .atLeast { r.upper = .infinity } else { r.lower = 0 }
            j = end; r.end = end; r.unitEnd = end
        }
        readAfter(&r, from: j)
        readQualifier(&r)
        classify(&r, numberToken: i)
        return r
    }

    /// Tokens that are dates or times by their separators; a date may run on (13.09.2023, 16:06).
    func special(at i: Int, kind: FigureKind) -> Reading {
        var r = Reading(first: i, end: i + 1, value: 0, lower: 0, upper: 0, unitEnd: i + 1)
        r.kind = kind
        if kind == .time, i + 1 < tokens.count, ["am", "pm", "a.m", "p.m"].contains(tokens[i + 1].lower) { r.end = i + 2 }
        return r
    }

    /// After the number: percent, currency words, the counted noun, a rate.
    func readAfter(_ r: inout Reading, from start: Int) {
        var j = start
        if j < tokens.count {
            let w = tokens[j].lower
            if w == "%" { r.percent = true; j += 1 }
            else if w == "percent" || w == "pct" { r.percent = true; j += 1 }
            else if w == "per", j + 1 < tokens.count, tokens[j + 1].lower == "cent" { r.percent = true; j += 2 }
            else if w == "percentage", j + 1 < tokens.count, tokens[j + 1].lower.hasPrefix("point") { r.percent = true; j += 2 }
        }
        if r.percent {
            r.unit = "percent"; r.unitClass = "percent"; r.end = j; r.unitEnd = j
            return
        }
        // Currency words after the number: "135 billion dollars", "5 million US dollars"
        var k = j
        if k < tokens.count, tokens[k].lower == "us" || tokens[k].lower == "u.s" { k += 1 }
        if k < tokens.count, let cls = lex.unitClasses[tokens[k].lower], lex.currencyCodes.contains(cls) {
            r.currency = cls
            r.unit = tokens[k].lower
            r.end = k + 1; r.unitEnd = k + 1
            return
        }
        if r.currency != nil { r.unit = r.currency; r.unitClass = r.currency; return }
        // A unit written onto the number ("5ft", "40C") is the unit; the word after it is not.
        if r.kind == .measure, r.unit != nil { return }
        readUnit(&r, from: j)
        // "millions of dollars": the currency comes with the counted noun.
        if let c = r.unitClass, lex.currencyCodes.contains(c) { r.currency = c }
    }

    static let unitStopWords: WordSet = [
        "of", "in", "to", "for", "from", "with", "by", "on", "at", "and", "or", "but", "that", "which", "who", "was",
        "were", "is", "are", "a", "an", "the", "per", "each", "every", "during", "since", "than", "as", "into",
        "over", "under", "between", "this", "these", "those", "his", "her", "its", "their", "has", "have", "had",
        "will", "would", "can", "could", "may", "might", "should", "must", "been", "be", "being", "more", "less",
        "fewer", "ago", "last", "next", "this", "so", "if", "when", "while", "after", "before", "said", "says",
        "say", "according", "about", "around", "up", "down", "out", "off", "away", "there", "here", "it", "they",
        "he", "she", "we", "i", "you", "not", "no", "only", "also", "than", "all", "both", "such", "through",
        "across", "against", "among", "within", "without", "toward", "towards", "do", "did", "does", "where",
    ]

    /// The counted noun: up to three content words after the number; the unit is the longest match in the
    /// unit lexicon ("heads of state", "artillery shells"), else the last word of the run.
    func readUnit(_ r: inout Reading, from start: Int) {
        var j = start
        // "millions of shells", "dozens of people": the noun follows "of".
        if r.written, r.qualifier == .vague, j < tokens.count, tokens[j].lower == "of" { j += 1 }
        // Multi-word units with "of" ("heads of state") are matched first.
        if j + 2 < tokens.count, tokens[j + 1].lower == "of" {
            let phrase = tokens[j].lower + " of " + tokens[j + 2].lower
            if let cls = lex.unitClasses[phrase] {
                r.unit = phrase; r.unitClass = cls; r.unitEnd = j + 3
                return
            }
        }
        var words: [Int] = []
        var k = j
        while k < tokens.count, words.count < 3, tokens[k].kind == .word {
            // The lists' answers, read from the word's facts (`.function` is `unitStopWords`, `.measure` a
            // one-word key of `measureWords`).
            if tokens[k].facts.contains(.function) { break }
            if tokens[k].facts.contains(.measure), !words.isEmpty { break }
            let w = tokens[k].lower
            words.append(k)
            k += 1
            // "18 to 35 years old": a duration noun ends the run.
            if lex.durationUnits.contains(w) { break }
            // The counted noun heads its phrase and is plural: "5 million shells arrived" counts shells.
            if Self.isPluralHead(w) { break }
        }
        guard !words.isEmpty else { return }
        // Longest suffix of the run that the lexicon knows, else the head noun (last word).
        for startIdx in words.indices {
            // The last word alone is its own phrase: no list or string is made of it.
            let phrase = startIdx == words.count - 1 ? tokens[words[startIdx]].lower
                : words[startIdx...].map { tokens[$0].lower }.joined(separator: " ")
            if let cls = lex.unitClasses[phrase] {
                r.unit = phrase; r.unitClass = cls; r.unitEnd = words.last! + 1
                return
            }
        }
        // Stop at the first word that is not a plain lower-case word when it looks like a verb ("rose").
        let head = tokens[words.last!].lower
        r.unit = head
        r.unitClass = lex.unitClasses[head] ?? head
        r.unitEnd = words.last! + 1
    }

    static let irregularPlurals: WordSet = [
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "livestock", "feet", "teeth",
        "mice", "geese", "data", "media", "criteria", "phenomena", "alumni", "offspring", "aircraft", "sheep", "fish",
    ]

    /// A word that ends a noun phrase after a figure: a regular plural ("shells", "cities", "tonnes", but not
    /// "mass", "corpus" or "bus") or an irregular one.
    static func isPluralHead(_ w: String) -> Bool {
        if irregularPlurals.contains(w) { return true }
        let u = w.utf8
        guard u.count > 3, u.last == UInt8(ascii: "s") else { return false }
        let before = u[u.index(u.endIndex, offsetBy: -2)]
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// The qualifier words right before the figure ("nearly", "at least", "more than", "between").
    func readQualifier(_ r: inout Reading) {
        if r.qualifier == .exact, let (q, first) = symbolBound(before: r.first) {
            r.qualifier = q
            r.qualifierText = tokens[first..<r.first].map(\.lower).joined()
            if q == .atLeast { r.upper = .infinity } else { r.lower = 0 }
            r.first = first
            return
        }
        if r.qualifier == .atLeast || r.qualifier == .atMost { return }
        let before = r.first - 1
        guard before >= 0, tokens[before].kind == .word else { return }
        // `.qualifier`: the word is a key of `qualifiers`; most words before a figure are not.
        if tokens[before].facts.contains(.qualifier), let entries = lex.qualifiers[tokens[before].lower] {
            for e in entries {
                let n = e.words.count
                guard before - n + 1 >= 0 else { continue }
                var ok = true
                for (k, w) in e.words.enumerated() where tokens[before - n + 1 + k].lower != w { ok = false; break }
                guard ok else { continue }
                // "some 500" is approximate, but "some of the 500" never gets here; "over" after a verb
                // of motion is rare enough to ignore.
                if r.qualifier == .range { return }
                r.qualifier = e.qualifier
                r.qualifierText = e.text
                r.lower = r.value * e.lowerFactor
                r.upper = e.upperFactor.isInfinite ? .infinity : r.value * e.upperFactor
                r.first = before - n + 1
                return
            }
        }
        // between A and B
        if tokens[before].lower == "between", r.end + 1 < tokens.count, tokens[r.end].lower == "and",
           let second = read(atPlain: r.end + 1), second.value > r.value {
            r.qualifier = .range
            r.lower = r.value; r.upper = second.value; r.value = (r.lower + r.upper) / 2
            r.first = before
            r.end = second.end
            if r.unit == nil { r.unit = second.unit; r.unitClass = second.unitClass }
            r.unitEnd = max(r.unitEnd, second.unitEnd)
            if r.currency == nil { r.currency = second.currency }
        }
    }

    /// The second number of "between A and B", read without its own qualifier.
    func read(atPlain i: Int) -> Reading? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number, tokens[i].suffix.isEmpty || lex.scales[tokens[i].suffix] != nil,
           var v = tokens[i].number {
            if let s = lex.scales[tokens[i].suffix] { v *= s }
            var j = i + 1
            while j < tokens.count, let s = lex.wordScale(tokens[j].lower) { v *= s; j += 1 }
            var r = Reading(first: i, end: j, value: v, lower: v, upper: v, unitEnd: j)
            readAfter(&r, from: j)
            return r
        }
        if tokens[i].kind == .symbol, let code = currencySymbol(tokens[i].lower), i + 1 < tokens.count,
           var r = read(atPlain: i + 1) {
            r.first = i
            r.currency = code
            return r
        }
        return nil
    }
}

/// Digits with thousands separators and a decimal point → a value.
enum NumberText {
    static func value(_ s: String) -> Double? {
        // Almost every number is plain digits with commas and at most one point: read those from the bytes
        // (the walk below over Characters cost thousands of instructions per number). Anything else takes the
        // general reading, which gives the same answer for these.
        if let fast = s.utf8.withContiguousStorageIfAvailable({ plainValue($0) }), let v = fast { return v }
        return generalValue(s)
    }

    /// `generalValue` of digits with single commas and at most one point between them (no separator first,
    /// last or twice in a row); `nil` (not `.some(nil)`) for anything else.
    static func plainValue(_ b: UnsafeBufferPointer<UInt8>) -> Double?? {
        guard let first = b.first, let last = b.last, Bytes.isDigit(first), Bytes.isDigit(last) else { return nil }
        var dots = 0, commas = 0
        var groupStart = 0
        var groupDot: Int? = nil
        var badGroup = false
        for (k, c) in b.enumerated() {
            if Bytes.isDigit(c) { continue }
            guard c == UInt8(ascii: ",") || c == UInt8(ascii: "."), Bytes.isDigit(b[k - 1]), Bytes.isDigit(b[k + 1]) else { return nil }
            if c == UInt8(ascii: ".") {
                dots += 1
                if groupDot == nil { groupDot = k }
                continue
            }
            // The group a comma closes, when it follows another comma, must be three digits (or three before
            // its point): "1,5" is a European decimal, not a thousand.
            if commas > 0, !groupIsThousands(groupStart, k, groupDot) { badGroup = true }
            commas += 1
            groupStart = k + 1
            groupDot = nil
        }
        if commas > 0, !groupIsThousands(groupStart, b.count, groupDot) { badGroup = true }
        if badGroup { return .some(nil) }
        if dots > 1 { return .some(nil) }
        let length = b.count - commas
        if length > 30 { return .some(Double.greatestFiniteMagnitude) }
        if let exact = exactValue(b) { return .some(exact) }
        let digits = String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for c in b where c != UInt8(ascii: ",") { out[n] = c; n += 1 }
            return n
        }
        return .some(Double(digits))
    }

    /// The value of digits with commas and at most one point (as `plainValue` checked them) when at most 15
    /// digits are written: their integer is then exact in a `Double`, as is the power of ten it is divided
    /// by, and one division rounds correctly — the value `Double(String)` reads, without making the string
    /// (Clinger's fast path). Nil for longer numbers.
    @inline(__always)
    static func exactValue(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var written = 0
        var fraction = -1
        for c in b {
            if c == UInt8(ascii: ",") { continue }
            if c == UInt8(ascii: ".") { fraction = 0; continue }
            written += 1
            guard written <= 15 else { return nil }
            mantissa = mantissa &* 10 &+ UInt64(c &- 0x30)
            if fraction >= 0 { fraction += 1 }
        }
        let m = Double(mantissa)
        return fraction > 0 ? m / exactPowersOfTen[fraction] : m
    }

    /// 10^0 … 10^15, each exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

    /// A group after a comma: three characters, or three digits before its first point.
    private static func groupIsThousands(_ start: Int, _ end: Int, _ dot: Int?) -> Bool {
        end - start == 3 || (dot.map { $0 - start == 3 } ?? false)
    }

    static func generalValue(_ s: String) -> Double? {
        // A time or a date ("16:06", "12/05/2024") reads as no number: a colon or a slash is never part of
        // one `Double` reads. Settled here, without the walk over its characters (~6 k instructions), unless
        // it is long enough for the cap on digits below to answer first.
        if s.utf8.count <= 30, s.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) { return nil }
        return characterValue(s)
    }

    /// `generalValue` read character by character.
    static func characterValue(_ s: String) -> Double? {
        var digits = ""
        digits.reserveCapacity(s.count)
        var sawDot = false
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        // "1,5" in European style is ambiguous; commas are thousands separators when every group after the
        // first has three digits.
        if parts.count > 1, !parts.dropFirst().allSatisfy({ $0.count == 3 || ($0.utf8.contains(UInt8(ascii: ".")) && $0.split(separator: ".")[0].count == 3) }) {
            return nil
        }
        for c in s {
            if c == "," { continue }
            if c == "." { if sawDot { return nil }; sawDot = true }
            digits.append(c)
        }
        // A million digits is not a number anyone writes; cap what we parse.
        if digits.count > 30 { return Double.greatestFiniteMagnitude }
        return Double(digits)
    }
}
