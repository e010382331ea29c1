/// A news dateline: the place a story was filed from, in capitals at the start of its opening paragraph,
/// then the wire in parentheses or a dash ("CITY (Wire) —", "CITY —", "CITY, St. (Wire) —"). It says where
/// the reporter was, so it names no actor — not even when the place is a capital that elsewhere stands for
/// its government.
extension RecognitionPass {
    /// True when the capitalised words at token range `r` are (part of) a dateline: the line opens with a
    /// place in capitals, only capitalised words and commas lead to `r`, and the wire or a dash follows.
    func isDateline(_ r: Range<Int>) -> Bool {
        guard r.allSatisfy({ tokens[$0].has(.capitalised) || tokens[$0].has(.allCaps) }) else { return false }
        var k = r.lowerBound
        while !startsLine(tokens[k].start) {
            guard k > 0, tokens[k - 1].has(.capitalised) || tokens[k - 1].has(.allCaps),
                  onlyCommasAndSpaces(tokens[k - 1].end, tokens[k].start) else { return false }
            k -= 1
        }
        let first = tokens[k]
        guard first.has(.allCaps), first.end - first.start >= 3 else { return false }
        return dateLineRestFollows(tokens[r.upperBound - 1].end)
    }

    func onlyCommasAndSpaces(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        for j in from..<to where buf[j] != 0x2C && buf[j] != 0x20 { return false }
        return true
    }

    /// Only spaces between the start of the line (or text) and `start`.
    func startsLine(_ start: Int) -> Bool {
        var j = start - 1
        while j >= 0 {
            let b = buf[j]
            if b == 0x0A || b == 0x0D { return true }
            if b != 0x20 && b != 0x09 { return false }
            j -= 1
        }
        return true
    }

    /// From `from`, the rest of a dateline: capitalised words, abbreviations and commas (the state or
    /// country, a date), up to the wire in parentheses or a dash. A lowercase word means running prose.
    func dateLineRestFollows(_ from: Int) -> Bool {
        var j = from
        var wordStart = true
        let limit = min(buf.count, from + 48)
        while j < limit {
            let b = buf[j]
            if b == 0x0A || b == 0x0D { return false }
            // "INGOLSTADT 1996-08-29": the wire's form of a dateline, a place and the date alone on a line.
            if Bytes.isDigit(b), isoDateClosesLine(at: j) { return true }
            if b == 0x28 { return j + 1 < buf.count && Bytes.isASCIIUpper(buf[j + 1]) }          // "(AP)"
            if b == 0x2D, j + 1 < buf.count, buf[j + 1] == 0x20 || buf[j + 1] == 0x2D, j > from,
               buf[j - 1] == 0x20 { return true }                                                 // " - ", " --"
            if b >= 0x80 {
                let (s, len) = Bytes.scalar(buf, j)
                if s.isDash { return true }
                j += len
                wordStart = false
                continue
            }
            if Bytes.isASCIILower(b), wordStart { return false }
            wordStart = !(Bytes.isASCIIAlnum(b) || b == 0x2E)
            j += 1
        }
        return false
    }

    /// A date written year-month-day ("1996-08-29") at `j`, then only spaces to the end of the line.
    func isoDateClosesLine(at j: Int) -> Bool {
        let shape: [Bool] = [true, true, true, true, false, true, true, false, true, true]   // digit or dash
        guard j + shape.count <= buf.count else { return false }
        for (k, digit) in shape.enumerated() {
            let b = buf[j + k]
            if digit ? !Bytes.isDigit(b) : b != 0x2D { return false }
        }
        var q = j + shape.count
        while q < buf.count, buf[q] == 0x20 || buf[q] == 0x09 { q += 1 }
        return q == buf.count || buf[q] == 0x0A || buf[q] == 0x0D
    }
}
