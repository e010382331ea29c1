import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// SPEC §11 under load: a burst of edits is applied in full but analysed at its latest version, requests
/// interleaved with edits are all answered against the text they follow, and a client that disappears ends
/// the session cleanly.
@Suite struct ServerLoadTests {
    static let article = "Russia received 5 million shells from North Korea."

    static func publishes(_ client: ServerTestClient, uri: String) -> [LSPAny] {
        client.pending.filter { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri) }
    }

    @Test func aBurstOfTenThousandEditsIsAnalysedAtItsLatestVersionOnly() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let uri = "untitled:burst"
        client.open(uri, Self.article)
        client.sync()
        _ = client.notification("textDocument/publishDiagnostics") // version 1's

        // Every edit appends two characters at the end of the line (a column past the end clamps there).
        let edits = 10_000
        let bodies = (0..<edits).map { i in
            client.changeBody(uri, version: i + 2, [["range": .range(0, 1 << 20, 0, 1 << 20), "text": " w"]])
        }
        client.sendBodies(bodies)
        client.sync()

        let document = client.serverState { $0.documents[uri] } ?? nil
        #expect(document?.version == edits + 1)
        #expect(document?.text.string == Self.article + String(repeating: " w", count: edits))
        // Diagnostics are published per batch the reader delivered, never per edit, in version order, and the
        // last one is for the last version.
        // The last publish may follow the sync's answer when the machine is busy: wait for it, then read the
        // ones before it.
        let last = client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"] == .string(uri) && $0["params"]?["version"]?.intValue == edits + 1
        }
        #expect(last != nil)
        let versions = Self.publishes(client, uri: uri).compactMap { $0["params"]?["version"]?.intValue } + [edits + 1]
        #expect(versions == versions.sorted() && Set(versions).count == versions.count)
        #expect(versions.count < edits / 10, "\(versions.count) analyses for \(edits) edits")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func everyHoverIsAnsweredWhileEditsStreamIn() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let uri = "untitled:hovers"
        client.open(uri, Self.article)
        var version = 1
        var ids: [Int] = []
        for _ in 0..<50 {
            // Twenty edit-and-hover pairs per write: the server sees them interleaved, as an editor sends them.
            var bodies: [String] = []
            for _ in 0..<20 {
                version += 1
                // Each edit prepends a word; the figure ("5 million") moves right by two columns every time.
                bodies.append(client.changeBody(uri, version: version, [["range": .range(0, 0, 0, 0), "text": "A "]]))
                let id = client.newID()
                ids.append(id)
                let column = 2 * (version - 1) + "Russia received ".count
                bodies.append(client.body(method: "textDocument/hover", id: id,
                                          params: ["textDocument": ["uri": .string(uri)], "position": .position(0, column)]))
            }
            client.sendBodies(bodies)
        }
        var answered = 0, cards = 0
        for id in ids {
            guard let response = client.response(to: id) else { continue }
            #expect(response["error"] == nil, "hover \(id): \(response)")
            answered += 1
            // The hover sees the text as edited up to the edit just before it, so it finds the figure.
            if case .object? = response["result"] { cards += 1 }
        }
        #expect(answered == 1_000)
        #expect(cards == 1_000)
        let document = client.serverState { $0.documents[uri] } ?? nil
        #expect(document?.version == 1_001)
        #expect(document?.text.string == String(repeating: "A ", count: 1_000) + Self.article)
        #expect(client.shutdownAndExit() == 0)
    }

    /// The built server: the client writes a burst of edits and requests, then closes stdin without `shutdown`.
    /// The server must exit by itself with code 1 (LSP: exit without shutdown), not hang and not die by a signal.
    @Test func aClientThatVanishesMidBurstEndsTheServerWithExitCodeOne() throws {
        let client = try ServerTestClient.spawned(try ServerBinaryTests.binary())
        client.initialize()
        let uri = "untitled:vanish"
        client.open(uri, Self.article)
        var bodies: [String] = []
        for i in 0..<2_000 {
            bodies.append(client.changeBody(uri, version: i + 2, [["range": .range(0, 0, 0, 0), "text": "B "]]))
            if i % 20 == 0 {
                bodies.append(client.body(method: "textDocument/hover", id: client.newID(),
                                          params: ["textDocument": ["uri": .string(uri)], "position": .position(0, 1)]))
            }
        }
        client.sendBodies(bodies)
        client.closeInput()
        // The debug server works through the whole burst before it reads the end of its input: ~4 s alone,
        // past 20 s once with every suite and two release builds on the 2 cores. The test is that it exits,
        // with 1; the wait only tells a hung server from a slow one.
        #expect(client.waitForExit(timeout: 180) == 1)
    }
}
