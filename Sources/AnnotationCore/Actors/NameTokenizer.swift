/// Splits prose into `WordToken`s in one pass over UTF-8 bytes. Inner hyphens, apostrophes, periods and
/// ampersands stay inside a word ("Jong-un", "O'Brien", "U.S.", "Charter97.org", "AT&T"); a trailing period
/// stays on initials, dotted acronyms and the usual abbreviations ("W.", "U.S.", "Gen.").
enum NameTokenizer {
    /// Abbreviations that keep their period (lowercase).
    static let abbreviations: KeySet = ActorLexicon.keys([
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jr", "sr", "inc", "ltd", "corp", "co", "lt",
        "col", "capt", "sgt", "prof", "rev", "adm", "maj", "cmdr", "mt", "ft", "dept", "pres", "supt", "insp",
        "det", "hon", "fr", "cpl", "pvt", "mme", "messrs", "bros", "no", "vs", "sens", "reps",
    ])

    /// The words of every sentence, in text order, skipping excluded (non-prose) ranges.
    static func tokenize(_ buf: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>],
                         excluded: [Range<Int>]) -> (tokens: [WordToken], sentenceStarts: [Int]) {
        var tokens: [WordToken] = []
        // Room for the sentences asked for, not the whole buffer: the sentence cache tokenises one sentence of
        // a long document at a time.
        // (A word and its space in four bytes: at one in six, two documents in three grew their list once.)
        tokens.reserveCapacity(sentences.reduce(0) { $0 + $1.count } / 4)
        var sentenceStarts: [Int] = []
        sentenceStarts.reserveCapacity(sentences.count + 1)
        var ex = 0
        for range in sentences {
            sentenceStarts.append(tokens.count)
            walk(buf, range, excluded: excluded, from: &ex, into: &tokens)
        }
        sentenceStarts.append(tokens.count)
        return (tokens, sentenceStarts)
    }

    /// Where a walk over a sentence puts its words: the token list, or a count of them (`wordCount`).
    protocol Sink {
        var isEmpty: Bool { get }
        mutating func append(_ token: WordToken)
        /// A possessive standing apart ("Germany 's") marks the word before it.
        mutating func markLastPossessive()
    }

    struct Count: Sink {
        var count = 0
        var isEmpty: Bool { count == 0 }
        mutating func append(_ token: WordToken) { count += 1 }
        mutating func markLastPossessive() {}
    }

    /// The words of one sentence into `sink`. `ex`: the first excluded range that may still lie ahead.
    static func walk<S: Sink>(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>],
                              from ex: inout Int, into tokens: inout S) {
        var i = range.lowerBound
        let end = min(range.upperBound, buf.count)
        var atStart = true
        var lastEnd = -1        // end of the previous word including any possessive
        var lastPossessive = false
        while i < end {
            while ex < excluded.count, excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count, excluded[ex].contains(i) {
                i = excluded[ex].upperBound
                lastEnd = -1
                continue
            }
            let b = buf[i]
            if b < 0x80 {
                if Bytes.isASCIIAlnum(b) {
                    i = word(buf, i, end, &tokens, &atStart, &lastEnd, &lastPossessive)
                    continue
                }
                if b == 0x27, !tokens.isEmpty, lastEnd == i - 1 || (lastEnd >= 0 && isBlank(buf, lastEnd, i)),
                   i + 1 < end, buf[i + 1] | 0x20 == 0x73, i + 2 >= end || !Bytes.isASCIIAlnum(buf[i + 2]) {
                    // A possessive standing apart ("Germany 's" in tokenised text).
                    tokens.markLastPossessive()
                    lastPossessive = true
                    i += 2
                    lastEnd = i
                    continue
                }
                if b == 0x26, i + 1 < end, Bytes.isSpace(buf[i + 1]), lastEnd >= 0, isBlank(buf, lastEnd, i) {
                    // A spaced ampersand joins the names of a firm ("Procter & Gamble"): kept as a connector.
                    var flags: WordToken.Flags = []
                    if !lastPossessive { flags.insert(.joinsPrevious) }
                    tokens.append(WordToken(start: i, end: i + 1, key: Glue.amp, flags: flags))
                    lastEnd = i + 1
                    lastPossessive = false
                    i += 1
                    continue
                }
                if b == 0x22 || b == 0x3A || b == 0x28 || b == 0x0A || b == 0x0D { atStart = true }   // " : ( and line starts
                i += 1
                continue
            }
            let (s, len) = Bytes.scalar(buf, i)
            if isAlphabetic(s) {
                i = word(buf, i, end, &tokens, &atStart, &lastEnd, &lastPossessive)
                continue
            }
            if s.value == 0x2019, !tokens.isEmpty, lastEnd >= 0, isBlank(buf, lastEnd, i), i + len < end,
               buf[i + len] | 0x20 == 0x73, i + len + 1 >= end || !Bytes.isASCIIAlnum(buf[i + len + 1]) {
                tokens.markLastPossessive()
                lastPossessive = true
                i += len + 1
                lastEnd = i
                continue
            }
            if s.value == 0x201C || s.value == 0x2018 || s.value == 0xAB || s.isDash { atStart = true }
            i += len
        }
    }

    @inline(__always) static func isBlank(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var j = from
        while j < to {
            let b = buf[j]
            if Bytes.isSpace(b) { j += 1; continue }
            if b == 0xC2, j + 1 < to, buf[j + 1] == 0xA0 { j += 2; continue }   // no-break space
            return false
        }
        return true
    }

    @inline(__always) static func isWordScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        let b = buf[i]
        return b < 0x80 ? Bytes.isASCIIAlnum(b) : isWideWordScalar(buf, i)
    }

    /// A letter or joining mark that is not ASCII. Kept out of line: a function that reads a scalar's
    /// properties sets up room for the standard library's resilient property types on every call, which the
    /// tokenizer's per-word function paid for every word, ASCII or not.
    @inline(never) static func isWideWordScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        isWordLetter(Bytes.scalar(buf, i).0.properties)
    }

    /// A letter, or a mark that joins the letter before it: what a word is made of beyond ASCII.
    @inline(__always) static func isWordLetter(_ p: Unicode.Scalar.Properties) -> Bool {
        p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    /// Out of line, as `isWideWordScalar` is.
    @inline(never) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    /// What a scalar that is not ASCII does inside a word (`word`), with its length in bytes.
    enum WideStep {
        /// ’ before a word scalar: an inner apostrophe.
        case apostrophe
        /// A Unicode hyphen (U+2010, U+2011) before a word scalar.
        case hyphen
        case upper, lower
        /// Another letter or a joining mark: part of the word, neither case.
        case caseless
        /// Not part of the word: the word ends before it.
        case stop
    }

    @inline(never) static func wideStep(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (WideStep, Unicode.Scalar, Int) {
        let (s, len) = Bytes.scalar(buf, i)
        if s.value == 0x2019, isWordScalar(buf, i + len, end) { return (.apostrophe, s, len) }
        if s.value == 0x2010 || s.value == 0x2011, isWordScalar(buf, i + len, end) { return (.hyphen, s, len) }
        let p = s.properties
        guard isWordLetter(p) else { return (.stop, s, len) }
        return (p.isUppercase ? .upper : p.isLowercase ? .lower : .caseless, s, len)
    }

    /// Reads one word starting at `start` (a letter or digit); returns where scanning continues. The word's
    /// key is hashed as its bytes are read, not in a second pass.
    static func word<S: Sink>(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ tokens: inout S,
                     _ atStart: inout Bool, _ lastEnd: inout Int, _ lastPossessive: inout Bool) -> Int {
        var i = start
        var upper = 0, lower = 0, digits = 0
        var innerPeriod = false, hyphen = false
        var firstUpper = false
        var lastApostrophe = -1   // byte offset of the last inner apostrophe
        var lastPeriod = -1
        var key = NameKey()
        var keyBeforeApostrophe = key   // the key of the bytes before `lastApostrophe`
        reading: while i < end {
            let b = buf[i]
            if b < 0x80 {
                if Bytes.isASCIILower(b) { lower += 1; key.add(b) }
                else if Bytes.isASCIIUpper(b) { upper += 1; if i == start { firstUpper = true }; key.add(b | 0x20) }
                else if Bytes.isDigit(b) { digits += 1; key.add(b) }
                else if (b == 0x2D || b == 0x27 || b == 0x2E || b == 0x26), isWordScalar(buf, i + 1, end) {
                    if b == 0x2D { hyphen = true }
                    if b == 0x27 { lastApostrophe = i; keyBeforeApostrophe = key }
                    if b == 0x2E { innerPeriod = true; lastPeriod = i }
                } else { break }
                i += 1
                continue
            }
            let (step, s, len) = wideStep(buf, i, end)
            switch step {
            case .stop: break reading
            case .apostrophe: lastApostrophe = i; keyBeforeApostrophe = key
            case .hyphen: hyphen = true
            case .upper: upper += 1; if i == start { firstUpper = true }; key.addScalar(s)
            case .lower: lower += 1; key.addScalar(s)
            case .caseless: key.addScalar(s)
            }
            i += len
        }
        var nameEnd = i
        var possessive = false
        // 's / ’s at the end: a possessive, not part of the name.
        if lastApostrophe >= 0 {
            let after = buf[lastApostrophe] == 0x27 ? lastApostrophe + 1 : lastApostrophe + 3
            if after + 1 == i, buf[after] | 0x20 == 0x73 {
                nameEnd = lastApostrophe
                possessive = true
                key = keyBeforeApostrophe
                lower -= buf[after] == 0x73 ? 1 : 0
                upper -= buf[after] == 0x53 ? 1 : 0
            }
        }
        var flags: WordToken.Flags = []
        if !possessive, lastApostrophe >= 0, isContraction(buf, lastApostrophe, i) { flags.insert(.contraction) }
        // Keep a trailing period on initials, dotted acronyms and known abbreviations.
        if !possessive, i < end, buf[i] == 0x2E {
            let letters = upper + lower
            if (letters == 1 && upper == 1 && digits == 0) || (innerPeriod && lower == 0)
                || (digits == 0 && letters <= 5 && abbreviations.contains(key.value)) {
                if letters == 1 && upper == 1 { flags.insert(.initial) }
                i += 1
                nameEnd = i
            }
        }
        if firstUpper { flags.insert(.capitalised) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        if digits > 0 { flags.insert(.hasDigit) }
        if upper >= 2, lower == 1, buf[nameEnd - 1] == 0x73 { flags.insert(.pluralAcronym) }
        if upper + lower > 0 { flags.insert(.hasLetter) }
        if hyphen { flags.insert(.hyphenated) }
        if possessive { flags.insert(.possessive) }
        if lastPeriod > start + 2, !possessive {
            // domain: the part after the last period is 2–6 lowercase ASCII letters
            var j = lastPeriod + 1
            var n = 0
            while j < nameEnd, Bytes.isASCIILower(buf[j]) { j += 1; n += 1 }
            if j == nameEnd, n >= 2, n <= 6 { flags.insert(.domain) }
        }
        if atStart { flags.insert(.sentenceInitial) }
        if lastEnd >= 0, !lastPossessive, isBlank(buf, lastEnd, start) { flags.insert(.joinsPrevious) }
        tokens.append(WordToken(start: start, end: nameEnd, key: key.value, flags: flags))
        atStart = false
        lastEnd = max(i, nameEnd)
        lastPossessive = possessive
        return max(i, nameEnd)
    }

    /// 're, 've, 'll, 'm, 'd or n't closing a word (the apostrophe at `apostrophe`, the word ending at `end`).
    static func isContraction(_ buf: UnsafeBufferPointer<UInt8>, _ apostrophe: Int, _ end: Int) -> Bool {
        let after = buf[apostrophe] == 0x27 ? apostrophe + 1 : apostrophe + 3
        let n = end - after
        guard n == 1 || n == 2 else { return false }
        let a = buf[after] | 0x20
        if n == 1 {
            if a == 0x6D || a == 0x64 { return true }                                     // 'm 'd
            return a == 0x74 && apostrophe > 0 && buf[apostrophe - 1] | 0x20 == 0x6E     // n't
        }
        let b = buf[after + 1] | 0x20
        return (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65) || (a == 0x6C && b == 0x6C)   // 're 've 'll
    }

    /// How many words a phrase of a word list has (for the gazetteer's longest match).
    static func wordCount(_ phrase: String) -> Int {
        var phrase = phrase
        return phrase.withUTF8 { buf in
            var count = Count()
            var ex = 0
            walk(buf, 0..<buf.count, excluded: [], from: &ex, into: &count)
            return count.count
        }
    }
}

extension [WordToken]: NameTokenizer.Sink {
    mutating func markLastPossessive() { self[count - 1].flags.insert(.possessive) }
}
