/// The quick fix for `unsourced-figure`: a placeholder citation in the figure's sentence, for the writer to
/// fill in. Plain text gets `[citation needed]`; Markdown gets a footnote reference `[^n]` (n unused) and an
/// empty footnote definition at the end of the file, which is where Markdown footnotes are usually kept.
///
/// The placeholder goes at the end of the sentence but before its closing punctuation ("…shells[^1].").
/// After the period it would either read as the start of the next sentence or, with no space
/// ("shells.[^1] Next"), glue the two sentences into one, citing the next sentence as well.
public enum CitationPlaceholder {
    public static let plainText = "[citation needed]"

    /// The edits for a figure at `range`, or nil when its sentence already carries the plain placeholder
    /// (the fix would only repeat itself) or the figure is in no sentence.
    public static func edits(forFigureAt range: Range<Int>, in doc: DocumentAnalysis) -> [TextReplacement]? {
        guard let s = doc.segmentation.sentenceIndex(containing: range.lowerBound) else { return nil }
        let sentence = doc.segmentation.sentences[s].range
        let at = insertionPoint(sentence, in: doc.text)
        switch doc.format {
        case .plain:
            if doc.text.string(sentence).contains(plainText) { return nil }
            return [.insert(" " + plainText, at: at)]
        case .markdown:
            let n = (footnoteNumbers(in: doc.text).max() ?? 0) + 1
            let reference = "[^\(n)]"
            let definition = definitionBlock(n, in: doc.text)
            // One edit when both land at the very end, so no client has to order two inserts at one place.
            if at == doc.text.count { return [.insert(reference + definition, at: at)] }
            return [.insert(reference, at: at), .insert(definition, at: doc.text.count)]
        }
    }

    /// The sentence's end, moved back over closing quotes and brackets and then its terminal punctuation.
    static func insertionPoint(_ sentence: Range<Int>, in text: SourceText) -> Int {
        let bytes = text.bytes
        var i = sentence.upperBound
        func previous(_ i: Int) -> (Unicode.Scalar, Int)? {
            guard i > sentence.lowerBound else { return nil }
            var s = i - 1
            while s > sentence.lowerBound, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            let scalar = String(decoding: bytes[s..<i], as: UTF8.self).unicodeScalars.first ?? " "
            return (scalar, s)
        }
        let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "*", "_"]
        var j = i
        while let (c, s) = previous(j), closers.contains(c) { j = s }
        var k = j
        while let (c, s) = previous(k), c == "." || c == "!" || c == "?" || c == "\u{3002}" { k = s }
        // Only step back when there was terminal punctuation; otherwise the sentence simply stops here.
        if k < j { i = k }
        return i
    }

    /// Numeric footnote labels already used (`[^3]` as reference or definition).
    static func footnoteNumbers(in text: SourceText) -> [Int] {
        var out: [Int] = []
        let b = text.bytes
        var i = 0
        while i + 3 < b.count {
            if b[i] == 0x5B, b[i + 1] == 0x5E {
                var j = i + 2
                var n = 0
                while j < b.count, j - i < 12, b[j] >= 0x30, b[j] <= 0x39 { n = n * 10 + Int(b[j] - 0x30); j += 1 }
                if j > i + 2, j < b.count, b[j] == 0x5D { out.append(n) }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// "[^n]:" on its own line after a blank line, in the file's line break style.
    static func definitionBlock(_ n: Int, in text: SourceText) -> String {
        let lb = text.lineBreak
        let body = "[^\(n)]:" + lb
        let s = text.bytes
        if s.isEmpty { return body }
        let endsWithBreak = s.last == 0x0A || s.last == 0x0D
        guard endsWithBreak else { return lb + lb + body }
        // Already a blank line at the end?
        let lastLine = text.lines.lineCount - 1
        if lastLine >= 1, text.lines.contentRange(ofLine: lastLine - 1).isEmpty { return body }
        return lb + body
    }
}
