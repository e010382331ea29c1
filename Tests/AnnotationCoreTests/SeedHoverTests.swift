import Foundation
import Testing
@testable import AnnotationCore

/// Issue 3's acceptance checks on the seed fixture: hover cards on two known figures.
@Suite struct SeedHoverTests {
    static func seedIndex() throws -> WorkspaceIndex {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        var index = WorkspaceIndex()
        for f in try FileManager.default.contentsOfDirectory(atPath: root.path) where f.hasSuffix(".txt") {
            index.update(Analyzer().analyze(SourceText(decoding: try Data(contentsOf: root.appendingPathComponent(f))), id: f))
        }
        return index
    }

    /// Byte offset of `needle` on a 1-based line of a document of the index.
    static func offset(_ index: WorkspaceIndex, _ id: String, line: Int, _ needle: String) throws -> Int {
        let doc = try #require(index.documents[id])
        let r = doc.text.lines.contentRange(ofLine: line - 1)
        let lineText = doc.text.string(r)
        let at = try #require(lineText.range(of: needle))
        return r.lowerBound + lineText.utf8.distance(from: lineText.startIndex, to: at.lowerBound)
    }

    @Test func sixMillionReadsBackWithNoSourceAndItsConflict() throws {
        let index = try Self.seedIndex()
        let id = "000_0eedf60b17889536.txt"
        let card = try #require(HoverCards.card(document: id, offset: try Self.offset(index, id, line: 13, "6 million"), index: index))
        #expect(card.markdown.contains("5.1 to 6 million rounds"))
        #expect(card.markdown.contains("no source"))
        #expect(card.markdown.contains("002_543e88ae6669046f.txt:11"))
    }

    @Test func tenThousandContainersNamesTheStateDepartmentFactSheet() throws {
        let index = try Self.seedIndex()
        let id = "003_11ccb094fde04134.txt"
        let card = try #require(HoverCards.card(document: id, offset: try Self.offset(index, id, line: 5, "10,000"), index: index))
        #expect(card.markdown.contains("specific"))
        #expect(card.markdown.contains("State Department fact sheet"))
    }
}
