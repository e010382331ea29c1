#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for scanning UTF-8 text without building `Character`s.
enum Bytes {
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { isASCIIUpper(b) || isASCIILower(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) }
    /// Space, tab, or a line break.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }
    /// Every byte ASCII: equal such bytes are equal `String`s, and lowering them is lowering each byte.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// ASCII bytes lowered into a buffer that lives for `body`: a lexicon asked by bytes without a string.
    /// Inlined with its caller's `body`: the figure test asks it for word after word.
    @inline(__always)
    static func withLowered<R>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { out in
            for (k, b) in word.enumerated() { out[k] = lower(b) }
            return body(UnsafeBufferPointer(rebasing: out[0..<word.count]))
        }
    }

    /// The same bytes, in the same order.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }

    /// The scalar starting at `i` and its length in bytes (valid UTF-8 assumed; a stray byte reads as itself).
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard len > 1, i + len <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var v = UInt32(b0) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len { v = (v << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? Unicode.Scalar(0xFFFD)!, len)
    }

    /// The start of the scalar that ends just before `i`.
    static func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return max(j, 0)
    }

    /// True when the scalar at `i` is an uppercase letter (any script with case).
    static func isUpperAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIIUpper(b) }
        return scalar(bytes, i).0.properties.isUppercase
    }

    /// True when the scalar at `i` is a letter (any script).
    static func isLetterAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        return scalar(bytes, i).0.properties.isAlphabetic
    }

    /// Compares bytes at `i` with an ASCII word, ignoring ASCII case.
    static func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8]) -> Bool {
        guard i >= 0, i + word.count <= bytes.count else { return false }
        for k in 0..<word.count where lower(bytes[i + k]) != word[k] { return false }
        return true
    }
}

extension Unicode.Scalar {
    /// Characters that end a sentence in CJK text.
    var isCJKSentenceEnd: Bool { value == 0x3002 || value == 0xFF01 || value == 0xFF1F }
    /// Opening or closing quotation marks of the common scripts.
    var isQuote: Bool {
        switch value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x300C, 0x300D: return true
        default: return false
        }
    }
    /// Hyphen-like dashes used as punctuation (en dash, em dash, minus, horizontal bar).
    var isDash: Bool { value == 0x2013 || value == 0x2014 || value == 0x2212 || value == 0x2015 }
    /// A combining diacritical mark (U+0300–U+036F): part of the letter before it.
    var isCombiningMark: Bool { (0x300...0x36F).contains(value) }
    /// No-break and other wide spaces that read as a space.
    var isExoticSpace: Bool { value == 0x00A0 || value == 0x202F || value == 0x2009 || value == 0x3000 || (value >= 0x2000 && value <= 0x200A) }
}

extension Bytes {
    /// Room `writeDecimal` needs: a minus sign and up to 19 digits.
    static let decimalRoom = 20

    /// A whole number's decimal digits (and its minus sign), as `String(n)` writes them, written at `out`
    /// (room for `decimalRoom` bytes); returns how many bytes it wrote. JSON and finding messages write
    /// numbers by the thousand, without a string or an array on the heap.
    static func writeDecimal(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var w = 0
        if n < 0 { out[0] = 0x2D; w = 1 }
        var digits = 1
        var m = n.magnitude
        while m >= 10 { m /= 10; digits += 1 }
        m = n.magnitude
        for k in stride(from: w + digits - 1, through: w, by: -1) {
            out[k] = 0x30 + UInt8(m % 10)
            m /= 10
        }
        return w + digits
    }

    /// `writeDecimal`, appended to an array.
    static func appendDecimal(_ n: Int, to bytes: inout [UInt8]) {
        if n >= 0 && n < 10 { bytes.append(0x30 + UInt8(n)); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: decimalRoom) { out in
            let count = writeDecimal(n, to: out.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<count]))
        }
    }

    /// Whether the eight bytes at `i` are all inside `buf` and all ASCII: the test that lets a scan over
    /// mostly-ASCII text (validation, column counts) take eight bytes at a step.
    @inline(__always) static func eightASCII(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 8 <= buf.count && UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    }

    /// The first index in `i..<end` holding a non-ASCII byte or `a`, `b` or `c` (`end` if none; a byte sought
    /// twice is given twice). Eight bytes are tested at a time: a byte-by-byte loop over the plain bytes of
    /// every paragraph was its own pass's largest cost.
    static func firstNonASCII(orAnyOf a: UInt8, _ b: UInt8, _ c: UInt8, in buf: UnsafeBufferPointer<UInt8>,
                              from i: Int, to end: Int) -> Int {
        var i = i
        if let base = buf.baseAddress.map(UnsafeRawPointer.init) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let fa = ones &* UInt64(a), fb = ones &* UInt64(b), fc = ones &* UInt64(c)
            while i + 8 <= end {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte of w ^ fa is zero where w holds `a` (the usual "has a zero byte" test).
                let xa = w ^ fa, xb = w ^ fb, xc = w ^ fc
                let hit = (w | ((xa &- ones) & ~xa) | ((xb &- ones) & ~xb) | ((xc &- ones) & ~xc)) & highs
                if hit != 0 { break }
                i += 8
            }
        }
        while i < end {
            let x = buf[i]
            if x >= 0x80 || x == a || x == b || x == c { return i }
            i += 1
        }
        return end
    }

    /// `s.utf8.contains(where:)` over the string's own storage: the generic walk over a `UTF8View` cost a
    /// few hundred instructions per word, and the figure parser asks it of every word.
    @inline(__always) static func contains(_ s: String, where p: (UInt8) -> Bool) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(where: p) } ?? s.utf8.contains(where: p)
    }

    @inline(__always) static func contains(_ s: String, _ b: UInt8) -> Bool {
        contains(s) { $0 == b }
    }

    /// `s.utf8.allSatisfy(p)` over the string's own storage (see `contains`).
    @inline(__always) static func allSatisfy(_ s: String, _ p: (UInt8) -> Bool) -> Bool {
        !contains(s) { !p($0) }
    }

    /// `s.hasSuffix(suffix)` for an ASCII suffix, read from the string's bytes. `hasSuffix` compares
    /// characters, and for a string Swift has not marked NFC (a word with a curly apostrophe) it walked both
    /// backwards character by character (~1 k instructions). The bytes decide it exactly when they end with
    /// the suffix's and the byte before is ASCII (or there is none): ASCII characters are single scalars no
    /// other scalar is canonically equal to, but for the three singletons KELVIN SIGN, GREEK QUESTION MARK
    /// and GREEK VARIA ("K", ";" and "`": a suffix holding one is left to `hasSuffix`), and nothing ASCII
    /// joins the character after it. When they do not end with the suffix's, no spelling of those
    /// characters does.
    static func hasSuffix(_ s: String, _ suffix: StaticString) -> Bool {
        let answer: Bool?? = s.utf8.withContiguousStorageIfAvailable { b in
            suffix.withUTF8Buffer { x in
                guard !x.contains(where: { $0 == 0x4B || $0 == 0x3B || $0 == 0x60 || $0 >= 0x80 }) else { return nil }
                guard b.count >= x.count else { return false }
                let start = b.count - x.count
                for k in 0..<x.count where b[start + k] != x[k] { return false }
                return start == 0 || b[start - 1] < 0x80 ? true : nil
            }
        }
        return (answer ?? nil) ?? s.hasSuffix(suffix.description)
    }

    /// `s.hasSuffix("'s") || s.hasSuffix("’s")`: a possessive's ending, read from the bytes where they decide
    /// it. "’" and "s" have no other spelling Swift calls equal, so bytes that end with neither ending mean no;
    /// bytes that end with "’s" after an ASCII byte (or nothing) mean yes, as no ASCII character joins the
    /// one after it into one character; otherwise `hasSuffix` decides. `hasSuffix("’s")` compared characters
    /// with a non-ASCII literal, ~1 K instructions, for every word before a reporting verb.
    static func hasPossessiveSuffix(_ s: String) -> Bool {
        if hasSuffix(s, "'s") { return true }
        let answer: Bool?? = s.utf8.withContiguousStorageIfAvailable { b in
            let n = b.count
            guard n >= 4, b[n - 1] == 0x73, b[n - 2] == 0x99, b[n - 3] == 0x80, b[n - 4] == 0xE2 else { return false }
            return n == 4 || b[n - 5] < 0x80 ? true : nil
        }
        return (answer ?? nil) ?? s.hasSuffix("\u{2019}s")
    }

    /// How many of the string's UTF-8 bytes are `b`, counted over its own storage (see `contains`).
    @inline(__always) static func count(_ s: String, _ b: UInt8) -> Int {
        s.utf8.withContiguousStorageIfAvailable { $0.reduce(0) { $0 + ($1 == b ? 1 : 0) } }
            ?? s.utf8.reduce(0) { $0 + ($1 == b ? 1 : 0) }
    }
}
