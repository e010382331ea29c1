/// The text of one document as the engine sees it: valid UTF-8 bytes (a leading BOM dropped, invalid
/// sequences replaced by U+FFFD) plus a line index. Every offset inside the engine is a byte offset into
/// `bytes`; conversion to LSP columns happens at the edge through `LineIndex`.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    public let lines: LineIndex

    public init(_ string: String) {
        var bytes = Array(string.utf8)
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(3) }
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

    /// U+FEFF in UTF-8: dropped from the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes raw file bytes; never fails: invalid UTF-8 is replaced, not rejected.
    public init(decoding raw: some Collection<UInt8>) {
        // Bytes in one piece (a file's `Data`) are read from their buffer: the generic collection path read
        // them one at a time, a twentieth of what linting a short article cost. Well-formed ones are kept as
        // they are (less a BOM), which is what decoding them gives.
        let valid = raw.withContiguousStorageIfAvailable { buf -> [UInt8]? in
            guard UTF8Validation.isValid(buf) else { return nil }
            return Array(buf.starts(with: Self.byteOrderMark) ? UnsafeBufferPointer(rebasing: buf[3...]) : buf)
        }
        if let bytes = valid ?? nil {
            self.init(validBytes: bytes)
            return
        }
        let text = raw.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) }
        self.init(text ?? String(decoding: raw, as: UTF8.self))
    }

    /// Bytes known to be valid UTF-8 (spliced from valid pieces at scalar boundaries), kept as they are.
    private init(validBytes: [UInt8]) {
        self.bytes = validBytes
        self.lines = LineIndex(validBytes)
    }

    /// The text with the bytes of `range` replaced by `replacement`: an editor's change, kept as
    /// `init(buffer:)` keeps a buffer. Replaced at scalar boundaries, valid text stays valid and is not decoded
    /// again (checking a 100 KB buffer's bytes on every keystroke was a million instructions); a range that
    /// cuts a scalar leaves bytes that are decoded, and so repaired, as before.
    /// A range reaching outside the text is clamped to it.
    public func replacing(_ range: Range<Int>, with replacement: String) -> SourceText {
        let range = range.clamped(to: 0..<bytes.count)
        var out = bytes
        out.replaceSubrange(range, with: replacement.utf8)
        guard isScalarBoundary(range.lowerBound), isScalarBoundary(range.upperBound) else {
            return SourceText(buffer: String(decoding: out, as: UTF8.self))
        }
        return SourceText(validBytes: out)
    }

    /// Whether a scalar starts at `offset` (or the text ends there).
    func isScalarBoundary(_ offset: Int) -> Bool {
        offset <= 0 || offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
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
