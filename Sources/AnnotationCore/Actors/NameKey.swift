/// A name's identity with case, diacritics, hyphens, apostrophes, periods and spaces folded away, as a
/// 64-bit FNV-1a hash: "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" share one key, and so do "U.S." and
/// "US". Hashing the folded bytes as they are scanned means no string is built to look a word up.
struct NameKey {
    static let seed: UInt64 = 0xcbf29ce484222325
    private(set) var value: UInt64 = NameKey.seed
    private(set) var length = 0

    init() {}

    @inline(__always) mutating func add(_ b: UInt8) {
        value = Self.step(value, b)
        length += 1
    }

    /// One FNV-1a step: the hash after byte `b`.
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100000001b3 }

    /// Feeds the letters and digits of a byte range (valid UTF-8) into the key. ASCII, nearly every byte of
    /// a name, is folded through `asciiFold` with the key kept in locals: the tokenizer and the recogniser
    /// hash every word of every sentence.
    mutating func add(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = range.lowerBound
        var v = value, n = length
        NameKey.asciiFold.withUnsafeBufferPointer { fold in
            while i < range.upperBound {
                let b = buf[i]
                if b < 0x80 {
                    let f = fold[Int(b)]
                    if f != 0 {
                        v = Self.step(v, f)
                        n += 1
                    }
                    i += 1
                    continue
                }
                value = v; length = n
                let (s, len) = Bytes.scalar(buf, i)
                addScalar(s)
                v = value; n = length
                i += len
            }
        }
        value = v; length = n
    }

    /// What `add(_:)` feeds for each ASCII byte: a letter lowered, a digit as itself, 0 for anything else
    /// (which is left out; no letter or digit is 0).
    static let asciiFold: [UInt8] = (0..<128).map { b in
        let b = UInt8(b)
        return Bytes.isASCIIAlnum(b) ? Bytes.lower(b) : 0
    }

    mutating func addScalar(_ s: Unicode.Scalar) {
        if s.value < 0x80 {
            let b = UInt8(s.value)
            if Bytes.isASCIIAlnum(b) { add(Bytes.lower(b)) }
            return
        }
        if let folded = LatinLetters.base(of: s.value) {
            add(folded)
            return
        }
        guard s.properties.isAlphabetic || s.properties.numericType != nil else { return }
        let lower = s.properties.lowercaseMapping.unicodeScalars.first ?? s
        for b in String(lower).utf8 { add(b) }
    }

    /// The key of a byte range's letters and digits; with `h`, the key `h` of the words before continued with
    /// them (what `add` gives after those words, for a caller that keeps only the value: a word's key is the
    /// tokenizer's `key`).
    static func of(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, after h: UInt64 = seed) -> UInt64 {
        var k = NameKey()
        k.value = h
        k.add(buf, range)
        return k.value
    }

    static func of(_ string: String) -> UInt64 {
        var k = NameKey()
        // The string's own bytes when it has them (native strings do): the same scalars, without decoding
        // each through the scalar view.
        if string.utf8.withContiguousStorageIfAvailable({ k.add($0, 0..<$0.count) }) == nil {
            for s in string.unicodeScalars { k.addScalar(s) }
        }
        return k.value
    }
}
