/// Splits a document into paragraphs and sentences of prose.
public enum Segmenter {
    public static func segment(_ text: SourceText, format: DocumentFormat) -> Segmentation {
        // Placeholder until the segmentation work lands: one sentence per non-empty line.
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for line in 0..<text.lines.lineCount {
            let r = text.lines.contentRange(ofLine: line)
            guard !r.isEmpty else { continue }
            paragraphs.append(Paragraph(range: r))
            sentences.append(Sentence(range: r, paragraph: paragraphs.count - 1))
        }
        return Segmentation(paragraphs: paragraphs, sentences: sentences)
    }
}
