import Testing
@testable import AnnotationCore

/// The actor card's totals count every file; its list names the first `ActorDirectory.cardFiles` files in
/// path order, then how many more there are.
@Suite struct ActorCardTests {
    func card(files: Int) -> String? {
        var dir = ActorDirectory()
        var first: DocumentAnalysis?
        for k in 0..<files {
            let a = Analyzer().analyze(SourceText("Norland voted on Sunday, and Norland counted.\n"), id: "f\(1000 + k).txt")
            dir.update(a)
            if first == nil { first = a }
        }
        guard let doc = first, let m = doc.mentions.first else { return nil }
        return dir.card(document: doc.id, offset: m.range.lowerBound)?.markdown
    }

    func listed(_ md: String) -> [Substring] {
        md.split(separator: "\n").filter { $0.hasPrefix("- ") }
    }

    @Test func aSmallActorListsEveryFile() throws {
        let n = ActorDirectory.cardFiles
        let md = try #require(card(files: n))
        #expect(md.contains("\(2 * n) mentions in \(n) files:"))
        #expect(listed(md).count == n)
        #expect(listed(md).last == "- f\(1000 + n - 1).txt: 2")
        #expect(!md.contains("more file"))
    }

    @Test func aWidelyNamedActorListsTheFirstFilesAndCountsTheRest() throws {
        let n = ActorDirectory.cardFiles
        let md = try #require(card(files: n + 3))
        #expect(md.contains("\(2 * (n + 3)) mentions in \(n + 3) files:"))
        let lines = listed(md)
        #expect(lines.count == n + 1)
        #expect(lines.first == "- f1000.txt: 2")
        #expect(lines[n - 1] == "- f\(1000 + n - 1).txt: 2")
        #expect(lines.last == "- … and 3 more files")
    }
}
