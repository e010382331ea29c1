import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// Model-based test of incremental sync (SPEC §11: nothing a client sends may lose an open document's text).
/// Thousands of seeded random edits — multi-byte characters, surrogate pairs, combining marks, a BOM, CR, LF
/// and CRLF, columns at and past line ends, the position just past the last line, deletions across lines,
/// several changes in one notification, full replacements, stale versions and out-of-range edits — go to the
/// server as `didChange` and to `SyncModel`; after every batch the server's text and version equal the model's.
@Suite struct ServerSyncModelTests {
    static let pieces = ["a", "Zz", " ", "\t", "\n", "\r\n", "\r", "é", "中", "😀", "e\u{301}", "👍🏽", "\u{FEFF}",
                         "10,000 shells", "Kim Jong-un said", "«", ""]

    @Test(arguments: SyncModel.Encoding.allCases)
    func randomEditsThroughTheServerMatchTheModel(encoding: SyncModel.Encoding) throws {
        let client = ServerTestClient.inProcess()
        let result = client.initialize(capabilities: ["general": ["positionEncodings": [.string(encoding.rawValue)]]])
        try #require(result?["capabilities"]?["positionEncoding"] == .string(encoding.rawValue))

        let uri = "untitled:sync-model-\(encoding.rawValue)"
        var rng = SeededRandom(seed: 0x5EED_0000 + UInt64(encoding.rawValue.utf8.count))
        var model = SyncModel(bytes: Array("\u{FEFF}first line\r\nsecond 中😀\rthird\n".utf8), encoding: encoding)
        var version = 1
        client.open(uri, model.string, version: version)
        var edits = 0

        for batch in 0..<120 {
            var bodies: [String] = []
            for _ in 0..<Int.random(in: 3...8, using: &rng) {
                switch Int.random(in: 0..<20, using: &rng) {
                case 0:
                    // A stale version: must be ignored whole.
                    bodies.append(client.changeBody(uri, version: version, [["text": "stale"]]))
                case 1:
                    // A range past the end (a line after the last, or a column on the line after the last):
                    // rejected, and the valid change before it in the same notification is not applied either.
                    let lines = model.lines.count
                    let bad: LSPAny = Bool.random(using: &rng) ? .range(lines + 1, 0, lines + 1, 0) : .range(lines, 1, lines, 2)
                    bodies.append(client.changeBody(uri, version: version + 1, [["range": .range(0, 0, 0, 0), "text": "x"],
                                                                                ["range": bad, "text": "lost"]]))
                case 2:
                    version += 1
                    let text = randomText(&rng, count: 6)
                    model.bytes = Array(text.utf8)
                    bodies.append(client.changeBody(uri, version: version, [["text": .string(text)]]))
                    edits += 1
                default:
                    version += 1
                    var changes: [LSPAny] = []
                    for _ in 0..<Int.random(in: 1...4, using: &rng) {
                        changes.append(randomChange(&model, &rng))
                        edits += 1
                    }
                    bodies.append(client.changeBody(uri, version: version, changes))
                }
            }
            client.sendBodies(bodies)
            client.sync()
            let held = client.serverState { $0.documents[uri] }
            let document = try #require(held ?? nil, "batch \(batch)")
            #expect(document.text.bytes == model.bytes, "batch \(batch): server text diverged from the model")
            #expect(document.version == version, "batch \(batch)")
            if document.text.bytes != model.bytes { break }
        }
        #expect(edits > 1000)
        #expect(client.shutdownAndExit() == 0)
    }

    /// Found by the model test: the server dropped a buffer's leading U+FEFF as if it were a file's BOM, so
    /// every edit on the first line landed one character early.
    @Test func aLeadingByteOrderMarkInABufferCountsAsAColumn() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("untitled:bom", "\u{FEFF}ab")
        client.sendBodies([client.changeBody("untitled:bom", version: 2, [["range": .range(0, 1, 0, 2), "text": "x"]])])
        client.sync()
        #expect(client.serverState { $0.documents["untitled:bom"]?.text.string } == "\u{FEFF}xb")
        #expect(client.shutdownAndExit() == 0)
    }

    private func randomText(_ rng: inout SeededRandom, count: Int) -> String {
        (0..<Int.random(in: 0...count, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    /// One change applied to the model, and the same change as the client sends it.
    private func randomChange(_ model: inout SyncModel, _ rng: inout SeededRandom) -> LSPAny {
        let lineCount = model.lines.count
        func position(from: (Int, Int)?) -> (Int, Int) {
            // One time in twelve: just past the last line, which LSP clients use to append.
            if Int.random(in: 0..<12, using: &rng) == 0 { return (lineCount, 0) }
            let lowest = from?.0 ?? 0
            var line = lowest
            if lowest < lineCount - 1, Bool.random(using: &rng) {
                // Within a few lines, so that deletions across lines (and CRLF pairs) are common.
                line = min(lineCount - 1, lowest + Int.random(in: 0...3, using: &rng))
            }
            let width = model.width(ofLine: line)
            // Columns anywhere on the line, at its end and past it; with utf-8 and utf-16 some fall inside a
            // character, which the server (and the model) move to that character's start.
            var character = Int.random(in: 0...(width + 3), using: &rng)
            if let from, from.0 == line { character = max(character, from.1) }
            return (line, character)
        }
        let start = position(from: nil)
        let end: (Int, Int)
        if start.0 == lineCount {
            end = start
        } else if model.bytes.count > 3000 || Int.random(in: 0..<3, using: &rng) > 0 {
            end = position(from: start)
        } else {
            end = start
        }
        // A long text is trimmed rather than grown, so the test stays fast.
        let text = model.bytes.count > 3000 ? "" : randomText(&rng, count: 4)
        model.replace(fromLine: start.0, start.1, toLine: end.0, end.1, with: text)
        return ["range": .range(start.0, start.1, end.0, end.1), "text": .string(text)]
    }
}
