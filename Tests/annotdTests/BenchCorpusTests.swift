import Foundation
import Testing
@testable import annotd
import AnnotationCore

/// The benchmark corpus must be reproducible (same seed, same bytes) and sized as asked; nothing here
/// measures time.
@Suite struct BenchCorpusTests {
    @Test func theSameSeedGivesTheSameCorpus() {
        let a = CorpusGenerator(seed: 42), b = CorpusGenerator(seed: 42)
        for i in [0, 1, 9, 137] {
            #expect(a.file(i).text == b.file(i).text)
            #expect(a.file(i).relativePath == b.file(i).relativePath)
        }
        #expect(a.bigFile(kilobytes: 20).text == b.bigFile(kilobytes: 20).text)
    }

    @Test func anotherSeedGivesAnotherCorpus() {
        #expect(CorpusGenerator(seed: 1).file(0).text != CorpusGenerator(seed: 2).file(0).text)
        #expect(CorpusGenerator(seed: 1).file(0).text != CorpusGenerator(seed: 1).file(1).text)
    }

    /// File k does not depend on how many files are generated, so 1x is a prefix of 10x.
    @Test func aFileDoesNotDependOnTheCorpusSize() {
        let g = CorpusGenerator(seed: 7)
        let few = g.files(0..<4), more = g.files(0..<12)
        for i in 0..<4 { #expect(few[i].text == more[i].text) }
        #expect(g.files(5..<8).map(\.text) == [g.file(5).text, g.file(6).text, g.file(7).text])
    }

    @Test func regularFilesAreAboutThreeKilobytes() {
        let g = CorpusGenerator(seed: 3)
        for d in g.files(0..<60) {
            let n = d.text.utf8.count
            // The writer stops at the first paragraph end past the target, so a file may run one paragraph over.
            #expect(n >= CorpusGenerator.fileBytes.lowerBound && n < CorpusGenerator.fileBytes.upperBound + 2_000, "\(d.relativePath): \(n) bytes")
        }
    }

    @Test func theBigFileHasTheSizeAskedFor() {
        for kb in [10, 100] {
            let n = CorpusGenerator(seed: 5).bigFile(kilobytes: kb).text.utf8.count
            #expect(n >= kb * 1024 && n < kb * 1024 + 2_000, "\(kb) KB asked, \(n) bytes")
        }
    }

    /// The server figures time a plain-text workspace file of about 3 KB: the one nearest the size asked.
    @Test func theTypicalFileIsThePlainTextFileNearestTheSizeAsked() {
        let docs = [CorpusGenerator.Document(relativePath: "a.txt", text: String(repeating: "a", count: 2_500)),
                    CorpusGenerator.Document(relativePath: "b.md", text: String(repeating: "b", count: 3_072)),
                    CorpusGenerator.Document(relativePath: "c.txt", text: String(repeating: "c", count: 3_300)),
                    CorpusGenerator.Document(relativePath: "d.txt", text: String(repeating: "d", count: 2_900))]
        #expect(CorpusGenerator.nearest(toBytes: 3_072, in: docs).relativePath == "d.txt")
        #expect(CorpusGenerator.nearest(toBytes: 3_300, in: docs).relativePath == "c.txt")
        let corpus = CorpusGenerator(seed: 1).files(0..<100)
        let typical = CorpusGenerator.nearest(toBytes: CorpusGenerator.typicalFileBytes, in: corpus)
        #expect(abs(typical.text.utf8.count - 3_072) < 100)
    }

    @Test func filesAreSpreadOverFoldersAndEveryTenthIsMarkdown() {
        let g = CorpusGenerator(seed: 1)
        #expect(g.file(0).relativePath == "section-000/article-00000.txt")
        #expect(g.file(9).relativePath == "section-000/article-00009.md")
        #expect(g.file(CorpusGenerator.filesPerFolder).relativePath.hasPrefix("section-001/"))
    }

    /// The corpus is news prose for the engine: figures, claims among them, sources, and non-claims.
    @Test func articlesHoldClaimsAndNonClaims() {
        let g = CorpusGenerator(seed: 11)
        var claims = 0, nonClaims = 0, sourced = 0
        for d in g.files(0..<20) {
            let a = Analyzer().analyze(SourceText(d.text), id: d.relativePath)
            claims += a.figures.filter(\.isClaim).count
            nonClaims += a.figures.filter { !$0.isClaim }.count
            sourced += a.figures.filter { $0.isClaim && $0.source.status != .none }.count
        }
        #expect(claims > 100)
        #expect(nonClaims > 20)
        #expect(sourced > 20)
    }

    @Test func writingPutsEveryFileUnderTheFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-bench-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let g = CorpusGenerator(seed: 2)
        let docs = g.files(0..<3) + [g.bigFile(kilobytes: 4)]
        try CorpusGenerator.write(docs, to: root)
        for d in docs {
            let back = try String(contentsOf: root.appendingPathComponent(d.relativePath), encoding: .utf8)
            #expect(back == d.text)
        }
    }

    @Test func optionsParseAndRejectNonsense() throws {
        let o = try BenchOptions.parse(["--files", "200", "--scale", "1,3", "--edits", "10", "--seed", "9", "--json", "x.json",
                                        "--edit-pause", "30"])
        #expect(o.files == 200 && o.scales == [1, 3] && o.edits == 10 && o.seed == 9 && o.jsonPath == "x.json")
        #expect(o.editPauseMilliseconds == 30)
        #expect(try BenchOptions.parse(["--edit-pause", "0"]).editPauseMilliseconds == 0)
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--edit-pause", "-1"]) }
        #expect(o.lintBaseFiles == 20)
        #expect(try BenchOptions.parse([]) == BenchOptions())
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--files", "0"]) }
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--scale", "1,x"]) }
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--frobnicate"]) }
    }

    @Test func percentilesAreNearestRank() {
        var s = LatencySamples()
        for i in 1...100 { s.add(nanoseconds: UInt64(i) * 1_000_000) }
        #expect(s.percentile(50) == 50)
        #expect(s.percentile(99) == 99)
        #expect(s.percentile(100) == 100)
        #expect(LatencySamples().percentile(99) == 0)
    }
}
