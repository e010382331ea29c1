/// The "silence this finding" fix: an `annotd-disable-next-line CODE` line above the finding's line, in the
/// file's comment syntax (an HTML comment in Markdown, the bare directive in plain text), indented like the
/// line it silences. When the line above already holds a next-line directive for this line, the code is
/// added to it instead of stacking a second directive.
public enum SuppressionComment {
    public static func edit(code: String, findingAt offset: Int, in doc: DocumentAnalysis) -> TextReplacement {
        let text = doc.text
        let line = text.lines.line(of: min(max(0, offset), text.count))
        if let existing = doc.suppressions.first(where: {
            $0.targetLine == line && !$0.codes.isEmpty && text.lines.line(of: $0.range.lowerBound) == line - 1
        }) {
            // The directive's range runs to where its codes stopped; the last code ends before any spaces.
            var end = existing.range.upperBound
            while end > existing.range.lowerBound, [0x20, 0x09, 0x2C].contains(text.bytes[end - 1]) { end -= 1 }
            return .insert(" " + code, at: end)
        }
        let directive = "annotd-disable-next-line " + code
        let comment = doc.format == .markdown ? "<!-- " + directive + " -->" : directive
        return .insert(text.indentation(ofLine: line) + comment + text.lineBreak, at: text.lines.starts[line])
    }
}

extension SuppressionComment {
    /// Deletes a directive that silences nothing (`unused-suppression`). Only a directive standing on a line
    /// of its own is removed, with its line: one trailing a sentence is left for the writer to remove, as
    /// cutting it out of prose could take more than the comment with it.
    public static func removal(ofDirectiveAt range: Range<Int>, in doc: DocumentAnalysis) -> TextReplacement? {
        let text = doc.text
        let line = text.lines.line(of: range.lowerBound)
        let content = text.lines.contentRange(ofLine: line)
        func trimmed(_ s: Substring) -> Substring {
            var s = s
            while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
            while let c = s.last, c == " " || c == "\t" { s.removeLast() }
            return s
        }
        var rest = trimmed((text.string(content.lowerBound..<range.lowerBound) + text.string(range.upperBound..<content.upperBound))[...])
        if doc.format == .markdown, rest.hasPrefix("<!--"), rest.hasSuffix("-->") {
            rest = trimmed(rest.dropFirst(4).dropLast(3))
        }
        guard rest.isEmpty else { return nil }
        let end = line + 1 < text.lines.lineCount ? text.lines.starts[line + 1] : text.count
        return TextReplacement(range: text.lines.starts[line]..<end, text: "")
    }
}
