import Testing
@testable import AnnotationCore

@Suite struct LineIndexTests {
    @Test func linesEndAtLFCRLFAndLoneCR() {
        let t = SourceText("a\nb\r\nc\rd")
        #expect(t.lines.lineCount == 4)
        #expect(t.string(t.lines.contentRange(ofLine: 1)) == "b")
        #expect(t.string(t.lines.contentRange(ofLine: 2)) == "c")
        #expect(t.lines.line(of: 5) == 2)
    }

    @Test func columnsInEveryEncoding() {
        // "é" is 2 bytes / 1 UTF-16 unit; "😀" is 4 bytes / 2 UTF-16 units / 1 scalar; "中" is 3 bytes.
        let t = SourceText("é😀中x")
        let x = Array(t.bytes).firstIndex(of: UInt8(ascii: "x"))!
        #expect(t.lines.position(of: x, encoding: .utf8).character == 9)
        #expect(t.lines.position(of: x, encoding: .utf16).character == 4)
        #expect(t.lines.position(of: x, encoding: .utf32).character == 3)
        for enc in ColumnEncoding.allCases {
            let p = t.lines.position(of: x, encoding: enc)
            #expect(t.lines.offset(of: p, encoding: enc) == x)
        }
    }

    /// Columns are counted eight ASCII bytes at a time: every range, whatever its length and wherever its
    /// non-ASCII characters fall, must count what Swift's own UTF-16 and scalar views count.
    @Test func columnsCountWhatStringViewsCount() {
        let pieces = ["a", "abcdefgh", "é", "😀", "中", " ", "abcdefghijklmnopq", "x😀"]
        var text = ""
        for k in 0..<60 { text += pieces[(k * 7 + k / 3) % pieces.count] }
        let bytes = Array(text.utf8)
        let starts = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        for lo in starts where lo % 3 == 0 || lo < 20 {
            for hi in starts where hi >= lo {
                let piece = String(decoding: bytes[lo..<hi], as: UTF8.self)
                #expect(LineIndex.columns(bytes, lo..<hi, .utf16) == piece.utf16.count)
                #expect(LineIndex.columns(bytes, lo..<hi, .utf32) == piece.unicodeScalars.count)
                #expect(LineIndex.columns(bytes, lo..<hi, .utf8) == hi - lo)
            }
        }
    }

    /// Lines longer than a block convert through checkpoints; every offset must read the same column as
    /// counting from the line's start would, including offsets inside multi-byte characters and on later lines.
    @Test func longLinesConvertLikeCountingFromTheLineStart() {
        let unit = "a é 😀 中 "
        let long = String(repeating: unit, count: 3_000)
        let t = SourceText("short\n" + long + "\n" + long + "\r\nend")
        let bytes = Array(t.bytes)
        for offset in stride(from: 0, through: bytes.count, by: 37) {
            let line = t.lines.line(of: offset)
            let start = t.lines.starts[line]
            for enc in [ColumnEncoding.utf16, .utf32] {
                let naive = LineIndex.columns(bytes, start..<offset, enc)
                #expect(t.lines.position(of: offset, encoding: enc) == TextPosition(line: line, character: naive))
            }
        }
    }

    /// Found by the Positions fuzz target: a short line straddling a block boundary has no checkpoint there
    /// and must be counted from its start.
    @Test func shortLinesAcrossBlockBoundariesCountFromTheirStart() {
        let t = SourceText(String(repeating: "ab é 😀 中\n", count: 1_000) + String(repeating: "x", count: 5_000) + "\nend é")
        let bytes = Array(t.bytes)
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = t.lines.line(of: offset)
            for enc in [ColumnEncoding.utf16, .utf32] {
                #expect(t.lines.position(of: offset, encoding: enc).character
                        == LineIndex.columns(bytes, t.lines.starts[line]..<offset, enc))
            }
        }
    }

    @Test func outOfRangePositionsClamp() {
        let t = SourceText("ab\ncd")
        #expect(t.lines.offset(of: TextPosition(line: 0, character: 99)) == 2)
        #expect(t.lines.offset(of: TextPosition(line: 9, character: 0)) == 5)
        // Inside a surrogate pair: moves to the character's start.
        let e = SourceText("😀z")
        #expect(e.lines.offset(of: TextPosition(line: 0, character: 1)) == 0)
    }

    @Test func bomIsDroppedAndInvalidBytesReplaced() {
        let t = SourceText(decoding: [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42])
        #expect(t.string == "A\u{FFFD}B")
    }

    /// A text with no CR finds its line starts by searching for LF; any text with a CR reads byte by byte. Both
    /// must start a line after every LF (and CR LF and lone CR), including at the very end and in empty lines.
    @Test func lineStartsFollowEveryLineBreak() {
        let pieces = ["a", "\n", "\n\n", "é", "中文", "\r\n", "\r", "word ", ""]
        var r = SeededNumbers()
        for round in 0..<400 {
            // Half the texts have no CR at all.
            let usable = round % 2 == 0 ? pieces.filter { !$0.contains("\r") } : pieces
            let text = (0..<(r.next() % 14)).map { _ in usable[r.next() % usable.count] }.joined()
            let bytes = Array(text.utf8)
            var naive = [0]
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0A { naive.append(i + 1) }
                else if bytes[i] == 0x0D {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    naive.append(i + 1)
                }
                i += 1
            }
            #expect(LineIndex(bytes).starts == naive, "\(text.debugDescription)")
        }
    }
}
