import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

@Suite struct ServerWorkspaceTests {
    func makeFolder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-ws-\(UUID().uuidString)")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func initializeIndexesTheFolderAndCloseFallsBackToDisk() throws {
        let root = try makeFolder(["a.txt": "Russia bought 5 million shells.", "b.md": "# B\n\nKim Jong Un.",
                                   "skip.swift": "let x = 1", ".hidden/c.txt": "hidden"])
        defer { try? FileManager.default.removeItem(at: root) }
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        #expect(client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed 2 file") == true } != nil)
        let indexed = client.serverState { Set($0.index.documents.keys) }
        #expect(indexed == [root.path + "/a.txt", root.path + "/b.md"])

        // The buffer wins while open; on close the file on disk is read again.
        let uri = root.appendingPathComponent("a.txt").absoluteString
        client.open(uri, "Edited in the editor.")
        client.sync()
        #expect(client.serverState { $0.index.documents[root.path + "/a.txt"]?.text.string } == "Edited in the editor.")
        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        #expect(client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed 1 file") == true } != nil)
        #expect(client.serverState { $0.index.documents[root.path + "/a.txt"]?.text.string } == "Russia bought 5 million shells.")

        // A deleted file leaves the index.
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(uri), "type": 3]]])
        client.sync()
        #expect(client.serverState { $0.index.documents[root.path + "/a.txt"] == nil } == true)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aBadConfigurationIsShownAndTheServerCarriesOn() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(options: ["annotd": ["rules": ["no-such-rule": "off"]]])
        let shown = client.notification("window/showMessage")
        #expect(shown?["params"]?["type"] == 1)
        #expect(shown?["params"]?["message"]?.stringValue?.contains("no-such-rule") == true)

        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": ["conflictTolerance": "high"]]])
        #expect(client.notification("window/showMessage")?["params"]?["message"]?.stringValue?.contains("conflictTolerance") == true)

        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": ["conflictTolerance": 0.25, "rules": ["named-actor": "off"]]]])
        client.sync()
        #expect(client.serverState { $0.index.tolerance } == 0.25)
        #expect(client.serverState { $0.rules.severity(of: "named-actor") } == .some(nil))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func settingsArePulledFromAClientThatOffersConfiguration() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["workspace": ["configuration": true]])
        let ask = try #require(client.waitFor { $0["method"] == "workspace/configuration" })
        #expect(ask["params"]?["items"]?[0]?["section"] == "annotd")
        client.sendBodies([#"{"jsonrpc":"2.0","id":\#(ask["id"]!.stringValue.map { "\"\($0)\"" } ?? "0"),"result":[{"conflictTolerance":0.3}]}"#])
        client.sync()
        #expect(client.serverState { $0.index.tolerance } == 0.3)
        #expect(client.shutdownAndExit() == 0)
    }
}
