/// A fixed set of words found by their UTF-8 bytes: the lookup under `WordSet` and `WordTable`.
///
/// The lexicons are asked about every word of every sentence, many times over; a `Set<String>` hashes each
/// query with SipHash and checks it for Unicode normalisation first, a few hundred instructions a lookup (a
/// fifth of all the engine's work, by callgrind). Lexicon words and almost all queries are ASCII, for which
/// equal bytes are equal strings: they are hashed with FNV-1a over the bytes and compared byte by byte. A
/// query with a non-ASCII byte is answered by the caller's own `Set`/`Dictionary`, so the answer is always
/// the one Swift's `String` equality gives. A class: the lexicons that hold it are copied into every sentence's
/// reader, one retain for the table instead of one per array.
final class WordIndex: Sendable {
    /// Every ASCII word's bytes, one after another; word `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
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
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for k in ascii {
                let word = UnsafeBufferPointer(rebasing: all[Int(starts[k])..<Int(starts[k + 1])])
                let h = Self.hash(word).value
                var slot = h & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.tag(h) | UInt64(k + 1)
            }
        }
        self.bytes = bytes
        self.starts = starts
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
        let (h, isASCII) = Self.hash(word)
        if !isASCII { return .nonASCII }
        let tag = Self.tag(h)
        var slot = h & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { all in
                while true {
                    let s = slots[slot]
                    if s == 0 { return .absent }
                    if s & 0xFFFF_FFFF_0000_0000 == tag {
                        let entry = Int(truncatingIfNeeded: s & 0xFFFF_FFFF)
                        let lo = Int(starts[entry - 1]), hi = Int(starts[entry])
                        if hi - lo == word.count, Self.equal(all.baseAddress, lo, word) { return .found(entry - 1) }
                    }
                    slot = (slot + 1) & mask
                }
            }
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
