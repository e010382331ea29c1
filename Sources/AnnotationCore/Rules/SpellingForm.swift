/// Which surface forms count as spellings of a full name.
enum SpellingForm {
    /// Two or more words, not written all in capitals ("Kim Jong-un" yes; "Putin", "KIM JONG UN" no).
    static func isFullName(_ s: String) -> Bool {
        // An ASCII name is read from its bytes: the rule asks this of every mention of the document on each
        // edit, and decoding scalars cost most of it.
        if let ascii = s.utf8.withContiguousStorageIfAvailable({ isASCIIFullName($0) }), let answer = ascii { return answer }
        var words = 0, inWord = false, lower = false
        for u in s.unicodeScalars {
            let sep = u == " " || u == "-" || u == "\u{2010}"
            if sep { inWord = false } else if !inWord { inWord = true; words += 1 }
            // ASCII first: the Unicode property lookup is costly and rarely needed.
            if !lower { lower = u.isASCII ? (u.value >= 0x61 && u.value <= 0x7A) : u.properties.isLowercase }
        }
        return words >= 2 && lower
    }

    /// `isFullName` of a name in ASCII bytes; nil when a byte is not ASCII.
    /// Answers once a second word and a lowercase letter are read, whatever follows: no later byte undoes
    /// either. The rules and the directory ask it of every mention of a buffer on each edit.
    private static func isASCIIFullName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var words = 0, inWord = false, lower = false
        for b in bytes {
            guard b < 0x80 else { return nil }
            if b == 0x20 || b == 0x2D { inWord = false } else if !inWord { inWord = true; words += 1 }
            if b >= 0x61 && b <= 0x7A { lower = true }
            if lower && words >= 2 { return true }
        }
        return false
    }
}
