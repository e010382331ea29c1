import Testing
@testable import AnnotationCore

/// An editor's change spliced into a buffer (`SourceText.replacing`) gives the text that decoding the spliced
/// bytes gives: kept as they are at scalar boundaries, repaired when a range cuts a scalar. Texts written for
/// these tests.
@Suite struct SourceTextReplacingTests {
    /// What the splice gave before it skipped decoding: the spliced bytes decoded as an editor's buffer.
    func decoded(_ text: SourceText, _ range: Range<Int>, _ replacement: String) -> SourceText {
        var bytes = text.bytes
        bytes.replaceSubrange(range, with: replacement.utf8)
        return SourceText(buffer: String(decoding: bytes, as: UTF8.self))
    }

    func expectSame(_ a: SourceText, _ b: SourceText, _ note: Comment) {
        #expect(a.bytes == b.bytes, note)
        #expect(a.lines.lineCount == b.lines.lineCount, note)
        for line in 0..<a.lines.lineCount {
            let p = TextPosition(line: line, character: 2)
            #expect(a.lines.offset(of: p, encoding: .utf16) == b.lines.offset(of: p, encoding: .utf16), note)
        }
    }

    @Test func everySpliceOfAMixedTextMatchesDecoding() {
        let text = SourceText(buffer: "\u{FEFF}Zoë said 40 %.\nКиїв — 😀 rose\r\nthen fell")
        let n = text.count
        var spliced = 0
        for lower in 0...n {
            for upper in lower...min(n, lower + 5) {
                for replacement in ["", "x", "é\n", "😀"] {
                    let note: Comment = "\(lower)..<\(upper) → \(replacement.debugDescription)"
                    expectSame(text.replacing(lower..<upper, with: replacement), decoded(text, lower..<upper, replacement), note)
                    spliced += 1
                }
            }
        }
        #expect(spliced > 1000)
    }

    @Test func aRangeThatCutsAScalarIsRepaired() {
        let text = SourceText(buffer: "café")
        // "é" is C3 A9: replacing from inside it leaves a lone lead byte.
        let out = text.replacing(4..<5, with: "x")
        #expect(out.bytes == Array("caf\u{FFFD}x".utf8))
    }

    @Test func aRangeOutsideTheTextIsClamped() {
        let text = SourceText(buffer: "Rain")
        #expect(text.replacing(2..<9, with: "!").bytes == Array("Ra!".utf8))
        #expect(text.replacing(-3..<1, with: "T").bytes == Array("Tain".utf8))
    }

    @Test func aBufferKeepsItsByteOrderMark() {
        let text = SourceText(buffer: "\u{FEFF}Rain")
        #expect(text.replacing(3..<3, with: "A").bytes == Array("\u{FEFF}ARain".utf8))
    }
}
