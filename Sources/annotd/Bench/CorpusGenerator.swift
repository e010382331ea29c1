import Foundation
import Dispatch

/// A deterministic benchmark corpus: `files` news-shaped articles of about 3 KB (every tenth in Markdown) in
/// folders of 500, and one large article, written under a folder. The same seed gives the same bytes, and
/// file k does not depend on how many files are asked for, so a corpus of 1x is a prefix of one of 10x.
struct CorpusGenerator: Sendable {
    let seed: UInt64
    var disputeRate = ArticleWriter.defaultDisputeRate
    /// Regular files vary between these sizes, as articles do.
    static let fileBytes = 2_400...3_600
    static let filesPerFolder = 500

    struct Document: Sendable {
        var relativePath: String
        var text: String
    }

    /// Regular file `i` (0-based).
    func file(_ i: Int) -> Document {
        var random = SeededRandom(seed: seed, stream: UInt64(i) &+ 1)
        let markdown = i % 10 == 9
        let target = Self.fileBytes.lowerBound + random.below(Self.fileBytes.count)
        var writer = ArticleWriter(random: random, markdown: markdown, disputeRate: disputeRate)
        let folder = String(format: "section-%03d", i / Self.filesPerFolder)
        let name = String(format: "article-%05d.%@", i, markdown ? "md" : "txt")
        return Document(relativePath: "\(folder)/\(name)", text: writer.article(targetBytes: target))
    }

    /// The one large file (a long roundup), `kilobytes` KB. It states no disputed figure, so that its edits
    /// measure the server's everyday work and not one pathological conflict set.
    func bigFile(kilobytes: Int) -> Document {
        let random = SeededRandom(seed: seed, stream: 0)
        var writer = ArticleWriter(random: random, markdown: false, disputeRate: 0)
        return Document(relativePath: "roundup.txt", text: writer.article(targetBytes: kilobytes * 1024))
    }

    /// The size of the workspace file whose open and edits the server figures time (issue 19's "3 KB file").
    static let typicalFileBytes = 3_072

    /// The first plain-text document whose size is nearest `bytes` (Markdown files are a tenth of the corpus;
    /// the typical article is plain text). Precondition: `documents` holds a plain-text document.
    static func nearest(toBytes bytes: Int, in documents: some Collection<Document>) -> Document {
        let plain = documents.filter { $0.relativePath.hasSuffix(".txt") }
        return plain.min { abs($0.text.utf8.count - bytes) < abs($1.text.utf8.count - bytes) }!
    }

    /// Files `range`, generated on all cores, in order.
    func files(_ range: Range<Int>) -> [Document] {
        let slots = ResultSlots<Document>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            slots.set(k, file(range.lowerBound + k))
        }
        return (0..<range.count).map { slots.get($0)! }
    }

    /// Writes `documents` under `root`, creating folders as needed.
    static func write(_ documents: [Document], to root: URL) throws {
        let fm = FileManager.default
        var folders = Set<String>()
        for d in documents {
            let url = root.appendingPathComponent(d.relativePath)
            let folder = url.deletingLastPathComponent().path
            if folders.insert(folder).inserted { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(d.text.utf8).write(to: url)
        }
    }
}
