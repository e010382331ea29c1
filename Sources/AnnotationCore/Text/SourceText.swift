/// The text of one document as the engine sees it: valid UTF-8 bytes (a leading BOM dropped, invalid
/// sequences replaced by U+FFFD) plus a line index. Every offset inside the engine is a byte offset into
/// `bytes`; conversion to LSP columns happens at the edge through `LineIndex`.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    public let lines: LineIndex

    public init(_ string: String) {
        var bytes = Array(string.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        self.lines = LineIndex(bytes)
    }

    /// An editor's buffer, kept exactly as the client holds it — a leading U+FEFF included. The client counts
    /// that character as a column of the first line, so dropping it (as a file's BOM is dropped) would shift
    /// every position there, and every later edit on that line would land one character off.
    public init(buffer string: String) {
        self.bytes = Array(string.utf8)
        self.lines = LineIndex(bytes)
    }

    /// Decodes raw file bytes; never fails: invalid UTF-8 is replaced, not rejected.
    public init(decoding raw: some Collection<UInt8>) {
        // Bytes in one piece (a file's `Data`) are decoded from their buffer: the generic collection path
        // read them one at a time, a twentieth of what linting a short article cost.
        let text = raw.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) }
        self.init(text ?? String(decoding: raw, as: UTF8.self))
    }

    public var count: Int { bytes.count }

    /// The text of a byte range (clamped), for messages and JSON output.
    public func string(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
