import Testing
@testable import AnnotationCore

/// An edit's segmentation is read again only between the blank lines around the edit
/// (`Segmenter.segment(_:format:after:)`); it must be exactly the segmentation of the new text read whole:
/// paragraphs, sentences, non-prose ranges and citations, for any edit, line breaks of any kind included.
@Suite struct ResegmenterTests {
    /// Lines the texts are made of: prose, blank and near-blank lines, continuations, answers, links and
    /// footnote references, abbreviations, a very long sentence.
    static let pieces = [
        "The ministry said 12,000 tonnes of grain reached the port. About 300 trucks carried it north.",
        "",
        "   ",
        "\u{A0}",
        "continued here in lower case, as a wrapped line does",
        "A line that ends with a comma,",
        "— How many ships were waiting?",
        "— Forty, said Mr. Kovel of the U.S. office. Then the rain came.",
        "See https://example.org/report and the notice[^1] for 7,000 tonnes.",
        "Dr. Ana Kovel told reporters that 40 ships were waiting! Some left.",
        "# Not a heading in plain text: 9 ships",
        String(repeating: "word ", count: 900) + "end.",
    ]

    static let breaks = ["\n", "\n", "\n", "\r\n", "\r"]

    static let insertions = ["x", " ", "\n", "\n\n", "\r\n", "\r", ". The", "http://a.example/x ", "[^2]", "\u{A0}", "—"]

    static func text(_ r: inout SeededNumbers) -> [UInt8] {
        var out: [UInt8] = []
        for _ in 0..<(8 + r.next() % 30) {
            out += Array(pieces[r.next() % pieces.count].utf8)
            out += Array(breaks[r.next() % breaks.count].utf8)
        }
        return out
    }

    static func edited(_ bytes: [UInt8], _ r: inout SeededNumbers) -> [UInt8] {
        var b = bytes
        let at = b.isEmpty ? 0 : r.next() % (b.count + 1)
        switch r.next() % 3 {
        case 0: b.insert(contentsOf: Array(insertions[r.next() % insertions.count].utf8), at: at)
        case 1: b.removeSubrange(at..<min(b.count, at + 1 + r.next() % 12))
        default: b.replaceSubrange(at..<min(b.count, at + r.next() % 40), with: Array(pieces[r.next() % pieces.count].utf8))
        }
        return b
    }

    /// The segmentation of `new` made from that of `old` (both as UTF-8 decoding repairs them: a random
    /// cut may split a character).
    static func segmentedAfter(_ old: [UInt8], _ new: [UInt8]) -> Segmentation {
        let old = SourceText(decoding: old).bytes, new = SourceText(decoding: new).bytes
        let prefix = CommonAffix.prefix(old, new)
        let suffixStart = new.count - CommonAffix.suffix(old, new, notBefore: prefix)
        let earlier = EarlierSegmentation(segmentation: Segmenter.segment(SourceText(decoding: old), format: .plain), format: .plain,
                                          prefix: prefix, suffixStart: suffixStart, delta: new.count - old.count)
        return Segmenter.segment(SourceText(decoding: new), format: .plain, after: earlier).0
    }

    static func expectSame(_ a: Segmentation, _ b: Segmentation, _ what: String) {
        #expect(a.paragraphs == b.paragraphs, "paragraphs \(what)")
        #expect(a.sentences == b.sentences, "sentences \(what)")
        #expect(a.excluded == b.excluded, "excluded \(what)")
        #expect(a.citations == b.citations, "citations \(what)")
    }

    @Test func anyEditSegmentsAsTheWholeText() {
        var r = SeededNumbers()
        var compared = 0
        for round in 0..<300 {
            let old = Self.text(&r)
            var new = Self.edited(old, &r)
            if round % 4 == 0 { new = Self.edited(new, &r) }   // two edits apart: a wider changed run
            let whole = Segmenter.segment(SourceText(decoding: new), format: .plain)
            Self.expectSame(Self.segmentedAfter(old, new), whole, "after edit \(round)")
            compared += whole.sentences.count
        }
        #expect(compared > 3_000)
    }

    /// The cases the restart and the stop hang on: an edit that joins a paragraph to the one before (a
    /// blank line emptied), one that splits a paragraph with a blank line, a CR typed before an LF, edits at
    /// the very start and end.
    @Test func editsAtTheBlankLinesAroundAParagraph() {
        let text = "First paragraph ends here.\n\nsecond one starts in lower case\nand goes on.\n\nThird, with a link https://x.example/a.\r\n\r\n"
            + "https://y.example/b opens a paragraph. It has 12 ships.\n x \nLast."
        let old = Array(text.utf8)
        let edits: [(String, String, String)] = [
            ("a blank line emptied", "here.\n\nsecond", "here.\nsecond"),
            ("a blank line typed", "in lower case\nand", "in lower case\n\nand"),
            ("a space on a blank line", "on.\n\nThird", "on.\n \nThird"),
            ("a CR before an LF", "case\nand", "case\r\nand"),
            ("a letter first", "First", "xFirst"),
            ("a letter last", "Last.", "Last.x"),
            ("the link cut", "https://x.example/a.", "https://x.exa mple/a."),
            ("the CR LF before a paragraph cut", ".\r\n\r\nhttps", ".\r\n\rhttps"),
            ("a line left blank", "\n x \n", "\n   \n"),
            ("a paragraph opened by a link edited", "12 ships", "13 ships"),
        ]
        for (what, from, to) in edits {
            let new = Array(text.replacingOccurrences(of: from, with: to).utf8)
            #expect(new != old, "\(what): the edit applies")
            Self.expectSame(Self.segmentedAfter(old, new), Segmenter.segment(SourceText(decoding: new), format: .plain), what)
        }
    }
}
