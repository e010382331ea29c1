import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

@Suite struct ServerDocumentTests {
    func text(_ client: ServerTestClient, _ id: String) -> String? {
        client.serverState { server -> String? in server.documents[id]?.text.string } ?? nil
    }

    @Test func incrementalAndFullChangesThroughTheServer() {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["general": ["positionEncodings": ["utf-16"]]])
        client.open("file:///tmp/doc.txt", "中😀 said 5 things\r\nsecond")
        client.sendBodies([client.changeBody("file:///tmp/doc.txt", version: 2, [
            ["range": .range(0, 4, 0, 8), "text": "reported"],  // "said" after 中😀␠ (1 + 2 + 1 UTF-16 units)
            ["range": .range(1, 0, 1, 6), "text": "2nd"],
        ])])
        client.sync()
        #expect(text(client, "/tmp/doc.txt") == "中😀 reported 5 things\r\n2nd")
        client.sendBodies([client.changeBody("file:///tmp/doc.txt", version: 3, [["text": "all new"]])])
        client.sync()
        #expect(text(client, "/tmp/doc.txt") == "all new")
        #expect(client.serverState { $0.documents["/tmp/doc.txt"]?.version } == 3)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func badEditsAreLoggedAndIgnoredAndTheTextIsKept() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("file:///tmp/keep.txt", "line one\nline two", version: 5)
        let bad: [String] = [
            client.changeBody("file:///tmp/unknown.txt", version: 9, [["text": "x"]]),
            client.changeBody("file:///tmp/keep.txt", version: 5, [["text": "stale"]]),
            client.changeBody("file:///tmp/keep.txt", version: 4, [["text": "older"]]),
            client.changeBody("file:///tmp/keep.txt", version: 6, [["range": .range(7, 0, 7, 1), "text": "x"]]),
            client.changeBody("file:///tmp/keep.txt", version: 6, [["range": .range(1, 2, 0, 1), "text": "x"]]),
            // The second change is bad: the first must not be applied alone.
            client.changeBody("file:///tmp/keep.txt", version: 6, [["range": .range(0, 0, 0, 4), "text": "LINE"],
                                                                   ["range": .range(-1, 0, 0, 0), "text": "x"]]),
        ]
        for body in bad { client.sendBodies([body]) }
        for _ in bad { #expect(client.notification("window/logMessage") { $0["params"]?["type"] == 2 } != nil) }
        client.sync()
        #expect(text(client, "/tmp/keep.txt") == "line one\nline two")
        #expect(client.serverState { $0.documents["/tmp/keep.txt"]?.version } == 5)
        // And it still takes a good edit.
        client.sendBodies([client.changeBody("file:///tmp/keep.txt", version: 6, [["range": .range(0, 0, 0, 4), "text": "LINE"]])])
        client.sync()
        #expect(text(client, "/tmp/keep.txt") == "LINE one\nline two")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func closeForgetsABufferThatIsNotInTheWorkspace() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("untitled:Untitled-1", "draft", languageId: "markdown")
        client.sync()
        #expect(client.serverState { $0.documents["untitled:Untitled-1"]?.format(id: "untitled:Untitled-1") } == .markdown)
        client.notify("textDocument/didSave", ["textDocument": ["uri": "untitled:Untitled-1"]])
        client.notify("textDocument/didClose", ["textDocument": ["uri": "untitled:Untitled-1"]])
        client.sync()
        #expect(client.serverState { $0.documents["untitled:Untitled-1"] == nil && $0.index.documents["untitled:Untitled-1"] == nil } == true)
        #expect(client.shutdownAndExit() == 0)
    }
}
