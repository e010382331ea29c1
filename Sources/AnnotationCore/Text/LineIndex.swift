#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a client counts columns (LSP `positionEncoding`). The engine counts bytes; these are for the edge.
public enum ColumnEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}

/// A 0-based line and column in some `ColumnEncoding`.
public struct TextPosition: Sendable, Hashable, Codable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// Byte offsets of line starts. A line ends at LF, CR LF or a lone CR, so that every client's idea of a
/// line agrees with ours (LSP counts all three).
public struct LineIndex: Sendable {
    public let starts: [Int]
    private let bytes: [UInt8]
    /// For every `blockSize`-byte boundary that falls inside a long line: the UTF-16 and UTF-32 columns
    /// of that boundary. `position(of:)` counts from the nearest boundary instead of the line's start, so
    /// converting the findings of a 50 MB one-line file stays linear, not quadratic.
    private let blockColumns: [BlockColumns]
    static let blockSize = 4096
    private struct BlockColumns: Sendable { var utf16 = 0, utf32 = 0 }

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            // Without a CR every line ends at an LF: the C library's `memchr` finds them many bytes at a time,
            // where the loop below reads one byte per step (a tenth of what decoding a file cost).
            if memchr(base, 0x0D, n) == nil {
                var i = 0
                while i < n, let lf = memchr(base + i, 0x0A, n - i) {
                    i = base.distance(to: lf.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(i)
                }
                return
            }
            var i = 0
            while i < n {
                let b = buf[i]
                if b == 0x0A {
                    starts.append(i + 1)
                } else if b == 0x0D {
                    if i + 1 < n, buf[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        self.starts = starts
        self.blockColumns = Self.blockColumns(bytes, starts)
    }

    private static func blockColumns(_ bytes: [UInt8], _ starts: [Int]) -> [BlockColumns] {
        var blocks = [BlockColumns](repeating: BlockColumns(), count: bytes.count / blockSize + 1)
        for (line, start) in starts.enumerated() {
            let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            guard end - start > blockSize else { continue }
            var counts = BlockColumns()
            var next = (start / blockSize + 1) * blockSize
            for i in start..<end {
                if i == next {
                    blocks[i / blockSize] = counts
                    next += blockSize
                }
                let b = bytes[i]
                if b & 0xC0 == 0x80 { continue }
                counts.utf32 += 1
                counts.utf16 += b >= 0xF0 ? 2 : 1
            }
        }
        return blocks
    }

    public var lineCount: Int { starts.count }

    /// The 0-based line holding a byte offset (offsets past the end fall on the last line).
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The byte range of a line's content, without its line break.
    public func contentRange(ofLine line: Int) -> Range<Int> {
        guard line >= 0, line < starts.count else { return bytes.count..<bytes.count }
        let start = starts[line]
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Byte offset → line/column in the client's encoding.
    public func position(of offset: Int, encoding: ColumnEncoding = .utf16) -> TextPosition {
        let offset = max(0, min(offset, bytes.count))
        let line = line(of: offset)
        let start = starts[line]
        let block = offset / Self.blockSize
        let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        // Checkpoints exist only inside long lines (a short line may still straddle a block boundary).
        guard encoding != .utf8, end - start > Self.blockSize, block * Self.blockSize > start else {
            return TextPosition(line: line, character: Self.columns(bytes, start..<offset, encoding))
        }
        let base = encoding == .utf16 ? blockColumns[block].utf16 : blockColumns[block].utf32
        return TextPosition(line: line, character: base + Self.columns(bytes, block * Self.blockSize..<offset, encoding))
    }

    /// Line/column in the client's encoding → byte offset. Columns past the line's end clamp to its end and
    /// lines past the last clamp to the end of the text (LSP says so); a column inside a multi-byte
    /// character moves to that character's start.
    public func offset(of position: TextPosition, encoding: ColumnEncoding = .utf16) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= starts.count { return bytes.count }
        let content = contentRange(ofLine: position.line)
        var remaining = max(0, position.character)
        var i = content.lowerBound
        while i < content.upperBound, remaining > 0 {
            let len = Self.scalarLength(bytes[i])
            let units: Int
            switch encoding {
            case .utf8: units = len
            case .utf16: units = len == 4 ? 2 : 1
            case .utf32: units = 1
            }
            if units > remaining { break }
            remaining -= units
            i = min(i + len, content.upperBound)
        }
        return i
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1 // a stray continuation byte cannot occur in valid UTF-8; count it alone
    }

    static func columns(_ bytes: [UInt8], _ range: Range<Int>, _ encoding: ColumnEncoding) -> Int {
        if encoding == .utf8 { return range.count }
        return bytes.withUnsafeBufferPointer { buf in
            var count = 0
            var i = range.lowerBound
            while i < range.upperBound {
                // Eight ASCII bytes at a time are eight columns in every encoding: most of a line is ASCII, and
                // a finding's column is counted from the start of its line. (Taken up again after each
                // character that is not: a news paragraph's curly quotes and dashes are a few among hundreds.)
                if i + 8 <= range.upperBound, Bytes.eightASCII(buf, at: i) {
                    count += 8
                    i += 8
                    continue
                }
                let b = buf[i]
                i += 1
                if b & 0xC0 == 0x80 { continue } // continuation byte
                count += (encoding == .utf16 && b >= 0xF0) ? 2 : 1
            }
            return count
        }
    }
}
