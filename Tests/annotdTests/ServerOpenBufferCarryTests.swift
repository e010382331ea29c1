import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// A large open buffer re-published because another file changed keeps the findings that did not change,
/// already written (`Server.openPublication`). Through edits elsewhere that change its actor counts, its
/// conflicts and where the places its findings name stand, what it would be sent must be what the server
/// computes from scratch, byte for byte. (Whether it is sent at all is `ActorDirectory.update`'s decision:
/// an edit that only moves another file's names does not re-publish it.)
@Suite struct ServerOpenBufferCarryTests {
    static let big = """
        Norland spent $2 billion on roads in 2023, the ministry said. Estland met Norland.
        Marta Kowalczyk said Norland would wait. <!-- annotd-disable-next-line unsourced-figure -->
        About 4,000 people marched.

        Anna Berg said 300 people were hurt. Kim Jong-un arrived.

        Jean-Paul Marat spoke. Later.
        Jean Paul Marat left, and Jean Paul Marat returned.
        """ + "\n"

    // Each version of the small file writes a name the big one writes, or drops one.
    // The first two differ only in where the line breaks: the places the big file's findings name in this
    // one keep their bytes and line, and move one column.
    static let small = [
        "ab\ncd Kim Jong Un met Kim Jong Un's aides. Estland voted.\n",
        "abc\nd Kim Jong Un met Kim Jong Un's aides. Estland voted.\n",
        "Estland and Norland voted.\n",
        "Marta Kowalczyk voted in Estland.\n",
        "Anna Berg and Kowalczyk voted.\n",
        "Nobody voted.\n",
    ]

    // Each version of the conflicting file moves its claim (the first two: one column, on the same line and
    // byte), or changes what it says.
    static let partner = [
        "ab\ncd Norland spent $90 million on roads in 2023.\n",
        "abc\nd Norland spent $90 million on roads in 2023.\n",
        "Officials said on Monday that\nNorland spent $90 million on roads in 2023.\n",
        "Norland spent $2 billion on roads in 2023.\n",
        "\n\nNorland spent $40 million on roads in 2023.\n",
    ]

    /// A folder holding the three files, first versions.
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-carry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, text) in [("big.md", big), ("small.txt", small[0]), ("partner.txt", partner[0])] {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        return root
    }

    /// A server started on the folder, once it has indexed it.
    static func indexedClient(_ root: URL) -> ServerTestClient {
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }
        return client
    }

    @Test func anOpenBufferIsWrittenAsAFreshComputationWritesItAfterEditsElsewhere() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let client = Self.indexedClient(root)
        let uri = { (name: String) in root.appendingPathComponent(name).absoluteString }
        client.open(uri("big.md"), Self.big)
        client.open(uri("small.txt"), Self.small[0])
        client.open(uri("partner.txt"), Self.partner[0])
        var versions = ["small.txt": 1, "partner.txt": 1]
        var edits: [(String, String)] = []
        for k in 1..<max(Self.small.count, Self.partner.count) {
            if k < Self.small.count { edits.append(("small.txt", Self.small[k])) }
            if k < Self.partner.count { edits.append(("partner.txt", Self.partner[k])) }
        }
        var conflicts = 0, variants = 0
        let id = root.appendingPathComponent("big.md").path
        for (name, text) in edits {
            // Written now, as if published now: what the edit changes must not be carried over.
            client.sync()
            _ = client.serverState { $0.openPublication(id) }
            versions[name]! += 1
            client.sendBodies([client.changeBody(uri(name), version: versions[name]!, [["text": .string(text)]])])
            client.sync()
            client.sync()
            let expected = try #require(try client.freshDiagnostics(id))
            // Carried over and written afresh, the same bytes.
            let bodies = try #require(client.serverState { ($0.openPublication(id)?.body, $0.publication(id)?.body) })
            #expect(bodies.0 != nil)
            #expect(bodies.0 == bodies.1, "big.md after \(name) became: \(text)")
            if expected.arrayValue?.contains(where: { $0["code"] == "conflicting-figure" }) == true { conflicts += 1 }
            if expected.arrayValue?.contains(where: { $0["code"] == "actor-variant" }) == true { variants += 1 }
        }
        #expect(conflicts > 0)
        #expect(variants > 0)
        #expect(client.shutdownAndExit() == 0)
    }

    /// Edits of the buffer itself: the findings before the first byte an edit changed are sent as written
    /// before; what the client receives must still be what a fresh computation gives, byte for byte.
    @Test func anEditedBufferIsWrittenAsAFreshComputationWritesIt() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let client = Self.indexedClient(root)
        let uri = root.appendingPathComponent("big.md").absoluteString
        let id = root.appendingPathComponent("big.md").path
        client.open(uri, Self.big)
        // Typed at the end, in the last paragraph, in the middle, at the start; a space turned into a line
        // break (same bytes before the findings after it, their lines moved); a figure changed. The findings
        // on the lines after a line where words were typed are sent as written, moved; one later on that
        // same line is written again, one column on.
        let versions = [
            Self.big + "More later.\n",
            Self.big.replacingOccurrences(of: "Norland spent", with: "Norland, a state, spent"),
            Self.big.replacingOccurrences(of: "Anna Berg said", with: "Anna Berg, a nurse, said") + "More later.\n",
            // Typed on the line of "Kim Jong-un", before it.
            Self.big.replacingOccurrences(of: "Anna Berg said", with: "Anna Berg, a nurse in Vell, said") + "More later.\n",
            Self.big.replacingOccurrences(of: "Estland met", with: "Estland, too, met"),
            "x" + Self.big,
            Self.big.replacingOccurrences(of: "roads in 2023, the", with: "roads in 2023,\nthe"),
            Self.big.replacingOccurrences(of: "$2 billion", with: "$90 million"),
            // The line break one byte earlier: the next line's findings keep their bytes and line, one column on.
            Self.big.replacingOccurrences(of: "Norland.\nMarta", with: "Norland\n.Marta"),
            // The same between a finding and the places in this document it names.
            Self.big.replacingOccurrences(of: "Later.\nJean Paul", with: "Later\n.Jean Paul"),
            Self.big,
        ]
        for (k, text) in versions.enumerated() {
            client.sync()
            _ = client.serverState { $0.openPublication(id) }
            client.sendBodies([client.changeBody(uri, version: k + 2, [["text": .string(text)]])])
            client.sync()
            client.sync()
            let expected = try #require(try client.freshDiagnostics(id))
            let last = client.pending.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri) }
            #expect(last?["params"]?["version"] == .int(k + 2))
            #expect(last?["params"]?["diagnostics"] == expected, "version \(k + 2)")
            let bodies = try #require(client.serverState { ($0.openPublication(id)?.body, $0.publication(id)?.body) })
            #expect(bodies.0 == bodies.1, "version \(k + 2)")
        }
        #expect(client.shutdownAndExit() == 0)
    }
}
