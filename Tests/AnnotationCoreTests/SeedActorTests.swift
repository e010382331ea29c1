import Foundation
import Testing
@testable import AnnotationCore

/// The seed documents are the project's fixture (SPEC §1): the acceptance check on references.
@Suite struct SeedActorTests {
    @Test func referencesOnPutinInTheFirstSeedReachEverySeed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 4)
        var index = WorkspaceIndex()
        for f in files {
            let data = try Data(contentsOf: root.appendingPathComponent(f))
            index.update(Analyzer().analyze(SourceText(decoding: data), id: f))
        }
        let first = try #require(index.documents[files[0]])
        let putin = try #require(first.mentions.first { $0.text == "Putin" })
        let occ = index.actors.occurrences(document: files[0], offset: putin.range.lowerBound)
        #expect(Set(occ.map(\.document)) == Set(files))
        #expect(index.actors.actor(document: files[0], offset: putin.range.lowerBound)?.name == "Vladimir Putin")
    }
}
