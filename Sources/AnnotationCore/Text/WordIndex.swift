/// A fixed set of words found by their UTF-8 bytes: the lookup under `WordSet` and `WordTable`.
///
/// The lexicons are asked about every word of every sentence, many times over; a `Set<String>` hashes each
/// query with SipHash and checks it for Unicode normalisation first, a few hundred instructions a lookup (a
/// fifth of all the engine's work, by callgrind). Lexicon words and almost all queries are ASCII, for which
/// equal bytes are equal strings: a word of up to 16 bytes is read as two 64-bit words, hashed and compared
/// as those; a longer one is hashed with FNV-1a and compared byte by byte. A
/// query with a non-ASCII byte is answered by the caller's own `Set`/`Dictionary`, so the answer is always
/// the one Swift's `String` equality gives. A class: the lexicons that hold it are copied into every sentence's
/// reader, one retain for the table instead of one per array.
final class WordIndex: Sendable {
    /// Every ASCII word's bytes, one after another; word `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    /// Word `k`'s bytes packed into two words (`Packed`) when it has at most 16: a query that short is
    /// hashed and compared a word at a time instead of a byte at a time.
    private let packed: [Packed]
    /// Open addressing: a word's index + 1 in the low 32 bits and the high 32 bits of its hash above them (a
    /// probe rejects another word by its slot alone, without reading where the word's bytes are), or 0 for
    /// an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Whether some non-ASCII word is equal, as a Swift `String`, to an ASCII one (a KELVIN SIGN is a "K"):
    /// then an ASCII query that misses must still ask the caller's set.
    let hasASCIIEquivalents: Bool

    /// The words in the order given; `index(of:)` answers with a position in this order. Words with a
    /// non-ASCII byte are left out (the caller keeps them).
    init(_ words: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var equivalents = false
        var ascii: [Int] = []
        for (k, w) in words.enumerated() {
            if w.utf8.allSatisfy({ $0 < 0x80 }) {
                bytes += w.utf8
                ascii.append(k)
            } else if w.unicodeScalars.contains(where: { Self.asciiSingletons.contains($0.value) }) {
                equivalents = true
            }
            starts.append(Int32(bytes.count))
        }
        var size = 16
        while size < ascii.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var packed = [Packed](repeating: Packed(low: 0, high: 0), count: words.count)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for k in ascii {
                let word = UnsafeBufferPointer(rebasing: all[Int(starts[k])..<Int(starts[k + 1])])
                let h: Int
                if word.count <= Packed.limit {
                    packed[k] = Packed(word)
                    h = packed[k].hash(count: word.count)
                } else {
                    h = Self.hash(word).value
                }
                var slot = h & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.tag(h) | UInt64(k + 1)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.packed = packed
        self.slots = slots
        self.mask = mask
        self.hasASCIIEquivalents = equivalents
    }

    /// Code points whose canonical decomposition is one ASCII character (GREEK QUESTION MARK, GREEK VARIA,
    /// KELVIN SIGN): the only way a non-ASCII string equals an ASCII one.
    static let asciiSingletons: Set<UInt32> = [0x037E, 0x1FEF, 0x212A]

    enum Answer { case found(Int), absent, nonASCII }

    /// Where `word` is among the words, `.absent` when it is not, `.nonASCII` when the query has a non-ASCII
    /// byte (the caller's own set answers it).
    func index<S: StringProtocol>(of word: S) -> Answer {
        if let answer = word.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return answer }
        return Array(word.utf8).withUnsafeBufferPointer { index(of: $0) }
    }

    func index(of word: UnsafeBufferPointer<UInt8>) -> Answer {
        let n = word.count
        guard n <= Packed.limit else { return index(ofLong: word) }
        let query = Packed(word)
        if !query.isASCII { return .nonASCII }
        return packed.withUnsafeBufferPointer { packed in
            starts.withUnsafeBufferPointer { starts in
                probe(query.hash(count: n)) { packed[$0] == query && Int(starts[$0 + 1] - starts[$0]) == n }
            }
        }
    }

    /// A word of more than `Packed.limit` bytes, hashed and compared byte by byte.
    private func index(ofLong word: UnsafeBufferPointer<UInt8>) -> Answer {
        let (h, isASCII) = Self.hash(word)
        if !isASCII { return .nonASCII }
        return bytes.withUnsafeBufferPointer { all in
            probe(h) { entry in
                let lo = Int(starts[entry]), hi = Int(starts[entry + 1])
                return hi - lo == word.count && Self.equal(all.baseAddress, lo, word)
            }
        }
    }

    /// The slots from hash `h` on, until an empty one: the first entry whose tag matches and that `matches`.
    @inline(__always)
    private func probe(_ h: Int, _ matches: (Int) -> Bool) -> Answer {
        let tag = Self.tag(h)
        var slot = h & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[slot]
                if s == 0 { return .absent }
                if s & 0xFFFF_FFFF_0000_0000 == tag {
                    let entry = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                    if matches(entry) { return .found(entry) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Up to 16 bytes of a word in two 64-bit words, the first byte lowest and zeros past the last: equal
    /// packings of words of equal length are equal bytes. Read with at most four loads, none past the word.
    struct Packed: Equatable, Sendable {
        static let limit = 16
        var low: UInt64
        var high: UInt64

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        @inline(__always) init(_ w: UnsafeBufferPointer<UInt8>) {
            let n = w.count
            guard n > 0, let base = w.baseAddress else { self.init(low: 0, high: 0); return }
            let p = UnsafeRawPointer(base)
            if n >= 8 {
                // The last eight bytes, less those the first eight already hold.
                let last = n == 8 ? 0 : UInt64(littleEndian: p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) >> UInt64(8 * (16 - n))
                self.init(low: UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)), high: last)
            } else if n >= 4 {
                // Two four-byte loads that overlap when the word is shorter than eight.
                let first = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
                let last = UInt64(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))) << UInt64(8 * (n - 4))
                self.init(low: first | last, high: 0)
            } else {
                let middle = UInt64(w[n / 2]) << UInt64(8 * (n / 2)), last = UInt64(w[n - 1]) << UInt64(8 * (n - 1))
                self.init(low: UInt64(w[0]) | middle | last, high: 0)
            }
        }

        var isASCII: Bool { (low | high) & 0x8080_8080_8080_8080 == 0 }

        /// Mixed so that the low bits (the slot) and the high bits (the tag) depend on every byte.
        @inline(__always) func hash(count: Int) -> Int {
            var h = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: count)
            h ^= h >> 32
            h &*= 0x1656_67B1_9E37_79F9
            h ^= h >> 29
            return Int(truncatingIfNeeded: h)
        }
    }

    @inline(__always) private static func tag(_ h: Int) -> UInt64 { UInt64(UInt(bitPattern: h)) & 0xFFFF_FFFF_0000_0000 }

    /// The `word.count` bytes at `base + lo` are the word's. Words are short: compared in place.
    @inline(__always) private static func equal(_ base: UnsafePointer<UInt8>?, _ lo: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base, let w = word.baseAddress else { return word.isEmpty }
        for k in 0..<word.count where base[lo + k] != w[k] { return false }
        return true
    }

    /// FNV-1a over the bytes, folded so the low bits (the slot) depend on all of it; and whether every
    /// byte is ASCII.
    @inline(__always) static func hash(_ word: UnsafeBufferPointer<UInt8>) -> (value: Int, isASCII: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for b in word {
            high |= b
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return (Int(truncatingIfNeeded: h ^ (h >> 29)), high < 0x80)
    }
}
