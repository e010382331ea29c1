/// A token of prose: a word (letters, with inner hyphens and apostrophes), a number (digits with inner
/// separators), or one symbol. Byte ranges into the document; `lower` is the ASCII-lowered text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, symbol }
    var range: Range<Int>
    var kind: Kind
    var lower: String
    /// First letter is a capital.
    var capitalized: Bool
    /// Whitespace (or nothing) between the previous token and this one.
    var spaceBefore: Bool
    /// A number token's digits run straight into letters ("75th", "1950s", "3.2bn", "2024年").
    var suffix: String = ""
    /// A number token's value as `NumberText.value` reads its digits, read once here: the parser asked for
    /// it up to four times per number (share, fraction, digits, range).
    var number: Double? = nil
    /// A word's lexicon facts (`Vocabulary`), looked up once here; none for numbers and symbols.
    var facts: WordFacts = []
    /// A word with a digit ("F16") or an inner hyphen ("twenty-five") in it, as the tokenizer joined it: the
    /// figure parser asks this of every word, and the tokenizer already knows.
    var hasDigit = false
    var hasHyphen = false
}

enum WordTokenizer {
    /// One token as the tokenizer delimits it, before any string is made of it.
    enum Span {
        /// Digits with inner separators at `range.lowerBound..<digitsEnd`, letters run into them after.
        case number(Range<Int>, digitsEnd: Int)
        case word(Range<Int>, hasDigit: Bool, hasHyphen: Bool)
        case symbol(Range<Int>, Unicode.Scalar)
    }

    /// Tokenises one sentence. Skips ranges that are not prose.
    /// With `limit`, stops once that many tokens are made (for tests that need no more).
    static func tokens(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>],
                       limit: Int = .max) -> [Token] {
        guard limit > 0 else { return [] }
        var maker = TokenMaker(buf: buf, limit: limit, vocabulary: Vocabulary.facts)
        maker.out.reserveCapacity(min(range.count / 5, limit))
        walk(buf, range, excluded: excluded, &maker)
        return maker.out
    }

    /// What a walk over a sentence's tokens does with each (`walk`).
    protocol Visitor {
        /// Takes one token, with whether whitespace (or nothing) comes before it; false ends the walk.
        mutating func visit(_ span: Span, spaceBefore: Bool) -> Bool
    }

    /// Makes a `Token` of each span: its lower-cased text and facts, a number's value and suffix.
    struct TokenMaker: Visitor {
        let buf: UnsafeBufferPointer<UInt8>
        let limit: Int
        let vocabulary: WordTable<WordFacts>
        /// `asciiSymbols`, read once per sentence (each read of a `static let` checks that it is initialised).
        let symbols = WordTokenizer.asciiSymbols
        var out: [Token] = []

        @inline(__always)
        mutating func visit(_ span: Span, spaceBefore space: Bool) -> Bool {
            switch span {
            case let .number(r, j):
                let suffix = j == r.upperBound ? "" : String(decoding: UnsafeBufferPointer(rebasing: buf[j..<r.upperBound]), as: UTF8.self).lowercased()
                let digits = UnsafeBufferPointer(rebasing: buf[r.lowerBound..<j])
                var t = Token(range: r, kind: .number, lower: String(decoding: digits, as: UTF8.self),
                              capitalized: false, spaceBefore: space)
                t.suffix = suffix
                // Read from the bytes the string was made of: what `NumberText.value(t.lower)` reads.
                t.number = NumberText.plainValue(digits) ?? NumberText.generalValue(t.lower)
                out.append(t)
            case let .word(r, hasDigit, hasHyphen):
                let (lower, facts) = Vocabulary.lowered(UnsafeBufferPointer(rebasing: buf[r]), in: vocabulary)
                out.append(Token(range: r, kind: .word, lower: lower, capitalized: Bytes.isUpperAt(buf, r.lowerBound), spaceBefore: space,
                                 facts: facts, hasDigit: hasDigit, hasHyphen: hasHyphen))
            case let .symbol(r, c):
                let lower = c.isASCII ? symbols[Int(c.value)] : String(c)
                out.append(Token(range: r, kind: .symbol, lower: lower, capitalized: false, spaceBefore: space))
            }
            return out.count < limit
        }
    }

    /// The string of each ASCII character, made once: a sentence has a few symbols (commas, full stops,
    /// brackets), and each made its one-character string anew.
    static let asciiSymbols: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Walks the tokens of one sentence, skipping ranges that are not prose, and hands each to `visitor`
    /// until it answers false: what `tokens` makes tokens of, and what a test that needs only where the
    /// tokens are reads without making them. Generic, so that each visitor's walk is compiled with its visit.
    @inline(__always)
    static func walk<V: Visitor>(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>],
                                 _ visitor: inout V) {
        var i = range.lowerBound
        var space = true
        var ex = excluded.firstIndex { $0.upperBound > range.lowerBound } ?? excluded.count
        while i < range.upperBound {
            if ex < excluded.count, excluded[ex].lowerBound <= i {
                if i < excluded[ex].upperBound { i = excluded[ex].upperBound; space = true; continue }
                ex += 1
                continue
            }
            let b = buf[i]
            if Bytes.isSpace(b) { i += 1; space = true; continue }
            if Bytes.isDigit(b) {
                var j = i + 1
                while j < range.upperBound {
                    if Bytes.isDigit(buf[j]) { j += 1; continue }
                    // Inner separators: 10,000  1.5  13.09.2023  16:06  12/05/2024
                    if (buf[j] == 0x2C || buf[j] == 0x2E || buf[j] == 0x3A || buf[j] == 0x2F), j + 1 < range.upperBound, Bytes.isDigit(buf[j + 1]) {
                        j += 2; continue
                    }
                    break
                }
                var k = j
                while k < range.upperBound, Bytes.isLetterAt(buf, k) { k += Bytes.scalar(buf, k).1 }
                guard visitor.visit(.number(i..<k, digitsEnd: j), spaceBefore: space) else { return }
                i = k
                space = false
                continue
            }
            if Bytes.isLetterAt(buf, i) {
                var j = i
                var hasDigit = false, hasHyphen = false
                while j < range.upperBound {
                    // An ASCII letter, most of every word: one byte, no scalar to decode.
                    if Bytes.isASCIILetter(buf[j]) { j += 1; continue }
                    if Bytes.isLetterAt(buf, j) { j += Bytes.scalar(buf, j).1; continue }
                    // A combining mark belongs to its letter (decomposed "Türkiye").
                    let (mark, markLength) = Bytes.scalar(buf, j)
                    if mark.isCombiningMark { j += markLength; continue }
                    // Digits join a Latin word ("F16", "Charter97") but not a CJK run ("于2024年").
                    // Latin letters with diacritics, precomposed or combining, count as Latin ("GÃ1", mojibake).
                    if Bytes.isDigit(buf[j]), j > i, buf[j - 1] < 0x80 || Self.isLatin(Bytes.scalar(buf, Bytes.previousScalarStart(buf, j)).0) {
                        j += 1; hasDigit = true; continue
                    }
                    // Inner hyphen or apostrophe joins letters: twenty-five, F-16s, don't, Putin’s
                    if j + 1 < range.upperBound {
                        let (c, len) = Bytes.scalar(buf, j)
                        if c == "-" || c == "'" || c.value == 0x2019 || c == "." && isAbbreviationDot(buf, i, j, range.upperBound) {
                            if j + len < range.upperBound, Bytes.isLetterAt(buf, j + len) || Bytes.isDigit(buf[j + len]) {
                                if c == "-" { hasHyphen = true }
                                j += len; continue
                            }
                        }
                    }
                    break
                }
                guard visitor.visit(.word(i..<j, hasDigit: hasDigit, hasHyphen: hasHyphen), spaceBefore: space) else { return }
                i = j
                space = false
                continue
            }
            let (c, len) = Bytes.scalar(buf, i)
            if c.isExoticSpace { i += len; space = true; continue }
            guard visitor.visit(.symbol(i..<i + len, c), spaceBefore: space) else { return }
            i += len
            space = false
        }
    }

    /// ASCII bytes lowered one by one, into one String: what `lowercased()` gives for ASCII.
    static func loweredASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        loweredASCII(bytes) { _ in }
    }

    /// A word of ASCII letters and RIGHT SINGLE QUOTATION MARKs ("Trump’s", "don’t"), lowered byte by byte:
    /// what `lowercased()` gives, as the mark has no case, without its cost (thousands of instructions a
    /// word). Nil for any other non-ASCII byte.
    static func loweredWithCurlyApostrophes(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var k = 0
        while k < bytes.count {
            if bytes[k] < 0x80 { k += 1; continue }
            guard k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 else { return nil }
            k += 3
        }
        return loweredASCII(bytes)
    }

    /// ASCII bytes lowered into one String, with `read` handed the lowered bytes before they become it.
    @inline(__always)
    static func loweredASCII(_ bytes: UnsafeBufferPointer<UInt8>, reading read: (UnsafeBufferPointer<UInt8>) -> Void) -> String {
        String(unsafeUninitializedCapacity: bytes.count, initializingUTF8With: { out in
            for (k, b) in bytes.enumerated() { out[k] = Bytes.lower(b) }
            read(UnsafeBufferPointer(rebasing: out[0..<bytes.count]))
            return bytes.count
        })
    }

    /// Latin letters, with or without diacritics, and the combining marks that decompose them.
    static func isLatin(_ c: Unicode.Scalar) -> Bool { c.value < 0x250 || c.isCombiningMark }

    /// "U.S" keeps its inner dots: a dot between two single letters.
    private static func isAbbreviationDot(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int, _ end: Int) -> Bool {
        guard dot + 1 < end, Bytes.isASCIIUpper(buf[dot + 1]) else { return false }
        let before = dot - 1 >= start && Bytes.isASCIIUpper(buf[dot - 1]) && (dot - 1 == start || buf[dot - 2] == 0x2E)
        let after = dot + 2 >= end || !Bytes.isASCIILetter(buf[dot + 2])
        return before && after
    }
}
