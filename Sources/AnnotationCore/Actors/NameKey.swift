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
        if let folded = NameKey.latinFold[s.value] {
            add(folded)
            return
        }
        guard s.properties.isAlphabetic || s.properties.numericType != nil else { return }
        let lower = s.properties.lowercaseMapping.unicodeScalars.first ?? s
        for b in String(lower).utf8 { add(b) }
    }

    static func of(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var k = NameKey()
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

    /// Latin letters with diacritics → their base ASCII letter (lowercase), computed once from Unicode
    /// decompositions so "Zelenskyy" and "Zelenskyy" with accents, or "Türkiye" and "Turkiye", fold together.
    static let latinFold: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { continue }
            let lowered = s.properties.lowercaseMapping
            // Canonical decomposition: the first scalar of NFD is the base letter.
            if let base = lowered.decomposedBase, base.value < 0x80 {
                table[v] = UInt8(base.value) | 0x20
            }
        }
        table[0xDF] = UInt8(ascii: "s")   // ß
        table[0xD8] = UInt8(ascii: "o"); table[0xF8] = UInt8(ascii: "o")   // Ø ø
        table[0x141] = UInt8(ascii: "l"); table[0x142] = UInt8(ascii: "l") // Ł ł
        table[0x110] = UInt8(ascii: "d"); table[0x111] = UInt8(ascii: "d") // Đ đ
        return table
    }()
}

private extension String {
    /// The base letter of the first character's canonical decomposition.
    var decomposedBase: Unicode.Scalar? {
        for s in self.unicodeScalars {
            return s.properties.canonicalCombiningClass == .notReordered ? Self.nfdBase(s) : nil
        }
        return nil
    }

    static func nfdBase(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        // Swift's String normalises on comparison but exposes no NFD; decompose via the scalar's name.
        // The letter is the word after the name's word "LETTER" (names are ASCII words and single spaces): read
        // from its bytes, without a Foundation search per scalar (most of what building the table cost).
        guard let name = s.properties.name, name.hasPrefix("LATIN ") else { return nil }
        let words = name.utf8.split(separator: 0x20)
        guard let at = words.firstIndex(where: { $0.elementsEqual("LETTER".utf8) }), at + 1 < words.count,
              words[at + 1].count == 1, let letter = words[at + 1].first, letter < 0x80 else { return nil }
        return Unicode.Scalar(letter)
    }
}
