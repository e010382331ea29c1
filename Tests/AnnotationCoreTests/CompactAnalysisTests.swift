import Foundation
import Testing
@testable import AnnotationCore

/// A workspace keeps a compact form of the documents nobody has open (`DocumentAnalysis.compacted()`): it
/// must answer every finding, conflict and hover exactly as the whole analyses do.
@Suite struct CompactAnalysisTests {
    /// Our own sentences: conflicting and agreeing figures, a vague and a missing source, sourced figures,
    /// dates and years, a name spelled two ways, a suppression comment.
    static let written: [(String, String)] = [
        ("a.txt", """
            Shell supplies

            March 3, 2024

            Norland supplied nearly 6 million shells to Estland in the spring, officials said.
            Kim Jong-un visited the plant on Monday. The plant employs 4,200 workers.
            Prices rose 3% in 2023, according to the Treasury Department.
            """),
        ("b.txt", """
            Norland supplied several hundred thousand shells to Estland, some experts think.
            Kim Jong Un praised the workers. Kim Jong Un spoke for 20 minutes.
            About 12,000 people attended the rally. <!-- annotd-disable-line unsourced-figure -->
            """),
        ("c.md", """
            # Rally

            Kim Jong Un addressed 30,000 people at the rally, the agency said.
            Norland supplied 5.8 million shells to Estland in the spring.
            The fund lost $2 billion last year.
            """),
    ]

    static func seeds() throws -> [(String, String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().filter { $0.hasSuffix(".txt") }.map {
            ($0, String(decoding: try Data(contentsOf: root.appendingPathComponent($0)), as: UTF8.self))
        }
    }

    /// The whole analyses, and an index of the same documents where all but `open` are compacted.
    static func indexes(_ docs: [(String, String)], open: Set<String> = []) -> (whole: WorkspaceIndex, compact: WorkspaceIndex,
                                                                               analyses: [DocumentAnalysis]) {
        let analyses = docs.map { Analyzer().analyze(SourceText($0.1), id: $0.0) }
        var whole = WorkspaceIndex(), compact = WorkspaceIndex()
        whole.update(contentsOf: analyses)
        compact.update(contentsOf: analyses.map { open.contains($0.id) ? $0 : $0.compacted() })
        return (whole, compact, analyses)
    }

    @Test func compactingKeepsTheClaimsFindingsReadAndDropsTheRest() throws {
        let (_, _, analyses) = Self.indexes(Self.written)
        let a = try #require(analyses.first)
        let compact = a.compacted()
        #expect(a.isComplete && !compact.isComplete)
        #expect(compact.segmentation.sentences.isEmpty)
        #expect(compact.figures.allSatisfy { $0.isClaim }, "dates, years and durations are not kept")
        #expect(compact.figures.count < a.figures.count)
        #expect(compact.figures.contains { $0.text.contains("6 million") && $0.identity != nil }, "a compared claim keeps its identity")
        #expect(!compact.figures.contains { $0.text == "3%" }, "a sourced claim compared with nothing is dropped")
        #expect(compact.mentions == a.mentions && compact.text.bytes == a.text.bytes)
        #expect(compact.compacted().figures == compact.figures, "compacting twice changes nothing")
    }

    /// The server analyses a workspace file straight into its compact form; it is the one compacting the
    /// whole analysis gives.
    @Test func analysingCompactedGivesTheCompactedAnalysis() throws {
        for (id, text) in Self.written + (try Self.seeds()) {
            let direct = Analyzer().analyzeCompacted(SourceText(text), id: id)
            let compacted = Analyzer().analyze(SourceText(text), id: id).compacted()
            #expect(!direct.isComplete)
            #expect(direct.figures == compacted.figures && direct.mentions == compacted.mentions, "\(id)")
            #expect(direct.suppressions == compacted.suppressions && direct.text.bytes == compacted.text.bytes)
        }
    }

    @Test func findingsAndConflictsAreTheSameFromCompactDocuments() throws {
        for docs in [Self.written, try Self.seeds()] {
            let (whole, compact, analyses) = Self.indexes(docs, open: [docs[0].0])
            var compared = 0
            for a in analyses {
                let engine = RuleEngine()
                let expected = engine.findings(for: a.id, in: whole)
                #expect(engine.findings(for: a.id, in: compact) == expected, "\(a.id)")
                compared += expected.count
                for f in a.figures {
                    #expect(compact.conflicts(with: f, in: a.id) == whole.conflicts(with: f, in: a.id))
                    #expect(compact.sameQuantity(as: f, in: a.id) == whole.sameQuantity(as: f, in: a.id))
                }
            }
            #expect(compared > 0)
            #expect(compact.conflictSets() == whole.conflictSets())
            #expect(!whole.conflictSets().isEmpty, "the fixture has conflicts to compare")
        }
    }

    @Test func hoversReadTheWholeAnalysisAgainstTheCompactIndex() throws {
        for docs in [Self.written, try Self.seeds()] {
            let (whole, compact, analyses) = Self.indexes(docs)
            var cards = 0
            for a in analyses {
                let offsets = a.figures.map(\.range.lowerBound) + a.mentions.map(\.range.lowerBound)
                for offset in offsets {
                    let expected = HoverCards.card(document: a.id, offset: offset, index: whole)
                    #expect(HoverCards.card(in: a, offset: offset, index: compact) == expected, "\(a.id) at \(offset)")
                    if expected != nil { cards += 1 }
                }
            }
            #expect(cards > 0)
        }
    }
}
