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
    /// Tokenises one sentence. Skips ranges that are not prose.
    /// With `limit`, stops once that many tokens are made (for tests that need no more).
    static func tokens(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>],
                       limit: Int = .max) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(min(range.count / 5, limit))
        let vocabulary = Vocabulary.facts
        var i = range.lowerBound
        var space = true
        var ex = excluded.firstIndex { $0.upperBound > range.lowerBound } ?? excluded.count
        while i < range.upperBound, out.count < limit {
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
                let suffix = j == k ? "" : String(decoding: UnsafeBufferPointer(rebasing: buf[j..<k]), as: UTF8.self).lowercased()
                var t = Token(range: i..<k, kind: .number, lower: String(decoding: UnsafeBufferPointer(rebasing: buf[i..<j]), as: UTF8.self),
                              capitalized: false, spaceBefore: space)
                t.suffix = suffix
                t.number = NumberText.value(t.lower)
                out.append(t)
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
                let (lower, facts) = Vocabulary.lowered(UnsafeBufferPointer(rebasing: buf[i..<j]), in: vocabulary)
                out.append(Token(range: i..<j, kind: .word, lower: lower, capitalized: Bytes.isUpperAt(buf, i), spaceBefore: space,
                                 facts: facts, hasDigit: hasDigit, hasHyphen: hasHyphen))
                i = j
                space = false
                continue
            }
            let (c, len) = Bytes.scalar(buf, i)
            if c.isExoticSpace { i += len; space = true; continue }
            out.append(Token(range: i..<i + len, kind: .symbol, lower: String(c), capitalized: false, spaceBefore: space))
            i += len
            space = false
        }
        return out
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
