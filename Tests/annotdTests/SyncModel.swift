import Foundation

/// A reference implementation of LSP incremental sync, written independently of `LineIndex`/`DocumentStore`
/// so that the model test compares two implementations, not one with itself. The text is a byte array (what
/// the client's buffer is, in UTF-8); lines end at LF, CR LF or a lone CR, as LSP 3.17 says.
struct SyncModel {
    enum Encoding: String, CaseIterable, Sendable {
        case utf8 = "utf-8", utf16 = "utf-16", utf32 = "utf-32"
    }

    var bytes: [UInt8]
    let encoding: Encoding

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Byte ranges of each line's content (without its break).
    var lines: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                out.append(start..<i)
                start = i + 1
            } else if bytes[i] == 0x0D {
                out.append(start..<i)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        out.append(start..<bytes.count)
        return out
    }

    /// The scalars of a line with their byte offsets and their width in the encoding.
    func scalars(of line: Range<Int>) -> [(offset: Int, width: Int)] {
        var out: [(Int, Int)] = []
        var offset = line.lowerBound
        for scalar in String(decoding: bytes[line], as: UTF8.self).unicodeScalars {
            let utf8 = String(scalar).utf8.count
            let width: Int
            switch encoding {
            case .utf8: width = utf8
            case .utf16: width = scalar.utf16.count
            case .utf32: width = 1
            }
            out.append((offset, width))
            offset += utf8
        }
        return out
    }

    /// Line/character → byte offset: a column past the end of a line is its end, a column inside a character
    /// is that character's start, and (lineCount, 0) is the end of the text.
    func offset(line: Int, character: Int) -> Int {
        let all = lines
        if line == all.count { return bytes.count }
        var column = 0
        for (offset, width) in scalars(of: all[line]) {
            if column + width > character { return offset }
            column += width
        }
        return all[line].upperBound
    }

    /// The width of a line in the encoding, for choosing columns at and past its end.
    func width(ofLine line: Int) -> Int {
        scalars(of: lines[line]).reduce(0) { $0 + $1.width }
    }

    mutating func replace(fromLine l1: Int, _ c1: Int, toLine l2: Int, _ c2: Int, with text: String) {
        let lower = offset(line: l1, character: c1), upper = offset(line: l2, character: c2)
        bytes.replaceSubrange(lower..<upper, with: Array(text.utf8))
    }
}
