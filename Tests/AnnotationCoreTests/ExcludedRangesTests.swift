import Testing
@testable import AnnotationCore

/// A sentence's non-prose ranges are found by bisection (`Segmentation.excluded(overlapping:)`): they must be
/// exactly the ranges that share a byte with it, whatever the range asked about.
@Suite struct ExcludedRangesTests {
    static let markdown = """
        # Supplies

        Norland sent [5,000 shells](https://example.org/a) to Estland, `code 12` said the report.

        ```
        fenced 40 lines
        more code
        ```

        Officials said <!-- a note --> that 300 troops crossed, see <https://example.org/b> and [the map](https://example.org/c).
            indented code 7
        The last paragraph names `x` and `y` and [z](https://example.org/z).
        """

    @Test func theRangesOfEverySentenceAndStretchAreThoseThatShareAByte() throws {
        for format in [DocumentFormat.markdown, .plain] {
            let text = SourceText(Self.markdown)
            let segmentation = Segmenter.segment(text, format: format)
            if format == .markdown { #expect(segmentation.excluded.count >= 8) }
            var asked = segmentation.sentences.map(\.range)
            // Every stretch of up to 40 bytes, empty ones too, and ranges that start or end inside a non-prose range.
            for start in stride(from: 0, through: text.count, by: 3) {
                for length in [0, 1, 5, 17, 40] where start + length <= text.count { asked.append(start..<(start + length)) }
            }
            for r in asked {
                #expect(segmentation.excluded(overlapping: r) == segmentation.excluded.filter { $0.overlaps(r) }, "\(r)")
            }
        }
    }

    @Test func rangesOutsideTheTextFindNothing() {
        let segmentation = Segmenter.segment(SourceText(Self.markdown), format: .markdown)
        #expect(segmentation.excluded(overlapping: 100_000..<100_010).isEmpty)
        #expect(segmentation.excluded(overlapping: 0..<0).isEmpty)
        #expect(segmentation.excluded(overlapping: 0..<Self.markdown.utf8.count) == segmentation.excluded)
    }
}
