import Testing
@testable import AnnotationCore

/// A batch of documents (a workspace read from disk) files its claims and its names on two threads when it
/// is large. Whatever the batch, the index must end as the one-thread filing leaves it: the same documents
/// affected, the same conflicts, the same actors and findings.
@Suite struct WorkspaceBatchTests {
    static let people = ["Maria Lopez", "John Okafor", "Wen Li", "Anna Berg"]
    static let counts = ["1,200", "1,500", "900", "3,000", "1,250"]

    /// A short report of one story whose speakers and figures vary with `n`, so that documents share actors
    /// and some of their claims conflict.
    static func report(_ n: Int, edition: Int = 0) -> String {
        let who = people[n % people.count]
        let count = counts[(n + edition) % counts.count]
        return """
        March 5, 2024

        \(who), a spokesperson for the Port Authority, said \(count) workers joined the strike on Monday.
        Rebels killed \(29 + 13 * ((n + edition) % 4)) people in Norland on Monday, \(who.split(separator: " ").last!) said.
        Police said 14 people were detained near the docks.
        """
    }

    static func analyses(_ ids: Range<Int>, edition: Int = 0) -> [DocumentAnalysis] {
        let analyzer = Analyzer()
        return ids.map { analyzer.analyze(SourceText(report($0, edition: edition)), id: "doc-\($0).txt") }
    }

    /// The index's state as its readers see it: every document's findings, and the conflicting pairs.
    static func state(_ index: WorkspaceIndex) -> ([String: [Finding]], [[String]]) {
        let engine = RuleEngine()
        var findings: [String: [Finding]] = [:]
        for id in index.documents.keys { findings[id] = engine.findings(for: id, in: index) }
        let conflicts = index.conflictSets().map { $0.map { "\($0.document)@\($0.figure.range)" } }
        return (findings, conflicts)
    }

    @Test func aLargeBatchEndsAsTheOneThreadFiling() {
        let first = Self.analyses(0..<40)
        // New documents and new editions of earlier ones, in one batch of more than the two-thread size.
        let second = Self.analyses(40..<130) + Self.analyses(0..<20, edition: 1)
        #expect(second.count >= WorkspaceIndex.twoThreadBatch)

        var together = WorkspaceIndex(), apart = WorkspaceIndex()
        let intoEmptyTogether = together.update(contentsOf: first + second, twoThreadsFrom: 1)
        let intoEmptyApart = apart.update(contentsOf: first + second, twoThreadsFrom: .max)
        #expect(intoEmptyTogether == intoEmptyApart)
        #expect(Self.state(together) == Self.state(apart))

        together = WorkspaceIndex(); apart = WorkspaceIndex()
        _ = together.update(contentsOf: first, twoThreadsFrom: .max)
        _ = apart.update(contentsOf: first, twoThreadsFrom: .max)
        let affectedTogether = together.update(contentsOf: second, twoThreadsFrom: 1)
        let affectedApart = apart.update(contentsOf: second, twoThreadsFrom: .max)
        #expect(affectedTogether == affectedApart)
        #expect(!affectedTogether.isEmpty)
        let (findings, conflicts) = Self.state(together)
        #expect((findings, conflicts) == Self.state(apart))
        // The reports share actors and figures: the comparison is not of empty states.
        #expect(!conflicts.isEmpty)
        #expect(findings.values.contains { $0.contains { $0.code == "named-actor" } })
    }
}
