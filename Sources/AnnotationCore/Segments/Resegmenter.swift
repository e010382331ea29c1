/// The segmentation of a text's previous version, and where the two versions agree: what an edit's
/// segmentation starts from.
struct EarlierSegmentation {
    let segmentation: Segmentation
    let format: DocumentFormat
    /// How many bytes both versions share from their start.
    let prefix: Int
    /// Where, in the new text, the bytes both versions share at their end start.
    let suffixStart: Int
    /// New length less old length: how far the shared end moved.
    let delta: Int
}

/// Which paragraphs of a resegmented text are paragraphs of the earlier version, unchanged but for where
/// they stand: those before the re-read lines keep their index, those after it moved by `shift`.
struct KeptParagraphs {
    /// Paragraphs `0..<head` are the earlier ones of the same index.
    let head: Int
    /// Paragraphs from `tail` on are the earlier ones `shift` places before.
    let tail: Int
    let shift: Int

    /// The earlier index of paragraph `p`, if the edit left it as it was.
    func earlier(_ p: Int) -> Int? { p < head ? p : p >= tail ? p - shift : nil }
}

extension Segmenter {
    /// The text's segmentation, read again only between the blank lines around what changed since the
    /// earlier version: the same as `segment(_:format:)` gives (a blank line closes any paragraph, so the
    /// lines before and after such a line are read alike whatever stands across it), at the cost of the
    /// edited paragraphs rather than the document (an edit of a 100 KB buffer re-read all of it).
    /// Plain text only: Markdown's blocks (code fences, comments, front matter) run across blank lines.
    /// With it, which paragraphs are the earlier version's (none when the text was read whole).
    static func segment(_ text: SourceText, format: DocumentFormat,
                        after earlier: EarlierSegmentation?) -> (Segmentation, KeptParagraphs?) {
        guard let earlier, format == .plain, earlier.format == .plain else { return (segment(text, format: format), nil) }
        return resegment(text, earlier)
    }

    private static func resegment(_ text: SourceText, _ earlier: EarlierSegmentation) -> (Segmentation, KeptParagraphs) {
        let lines = text.lines
        let old = earlier.segmentation
        let blank = { (line: Int) -> Bool in
            text.bytes.withUnsafeBufferPointer { trimmed($0, lines.contentRange(ofLine: line)).isEmpty }
        }
        // The first line the edit may have changed (a line's end may hang on the byte after it, as CR LF does).
        let firstChanged = lines.line(of: max(earlier.prefix - 1, 0))
        var restart = firstChanged
        while restart > 0, !blank(restart - 1) { restart -= 1 }
        // The first blank line after the edit whose line break, too, is in the shared end.
        var stop = lines.line(of: earlier.suffixStart) + 1
        while stop < lines.lineCount, !blank(stop) { stop += 1 }
        let from = lines.starts[restart]
        let oldTail = stop < lines.lineCount ? lines.starts[stop] - earlier.delta : Int.max

        var out = Segmentation()
        let headParagraphs = old.paragraphs.partitioningIndex { $0.range.upperBound > from }
        out.paragraphs = Array(old.paragraphs[..<headParagraphs])
        out.sentences = Array(old.sentences[..<old.sentences.partitioningIndex { $0.paragraph >= headParagraphs }])
        readParagraphs(text, lines: restart..<stop, excludedLines: nil, into: &out.paragraphs, &out.sentences)
        let tailParagraphs = old.paragraphs.partitioningIndex { $0.range.lowerBound >= oldTail }
        let renumber = out.paragraphs.count - tailParagraphs
        let kept = KeptParagraphs(head: headParagraphs, tail: out.paragraphs.count, shift: renumber)
        out.paragraphs += old.paragraphs[tailParagraphs...].lazy.map { Paragraph(range: $0.range.moved(by: earlier.delta)) }
        out.sentences += old.sentences[old.sentences.partitioningIndex { $0.paragraph >= tailParagraphs }...].lazy.map {
            Sentence(range: $0.range.moved(by: earlier.delta), paragraph: $0.paragraph + renumber)
        }

        let middle = NonProseMask.plainLines(text, lines: restart..<stop)
        func joined(_ before: [Range<Int>], _ found: [Range<Int>]) -> [Range<Int>] {
            var all = Array(before[..<before.partitioningIndex { $0.lowerBound >= from }])
            all += found
            all += before[before.partitioningIndex { $0.lowerBound >= oldTail }...].lazy.map { $0.moved(by: earlier.delta) }
            return all
        }
        out.excluded = joined(old.excluded, middle.excluded)
        out.citations = joined(old.citations, middle.citations)
        return (out, kept)
    }
}
