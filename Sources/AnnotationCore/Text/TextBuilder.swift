/// A short text (a finding's message) put together as UTF-8 bytes and made into a `String` once. Appending
/// pieces to a `String` went through its general append (~300 instructions a piece, whatever its length),
/// and a publication writes one message per actor its document names.
struct TextBuilder {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func add(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A whole number's decimal digits, as `String(n)` writes them.
    mutating func add(_ n: Int) { Bytes.appendDecimal(n, to: &bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
