import Testing
import AnnotationProtocol
@testable import annotd

/// Every error code of SPEC §5, in-process. The same cases run against the spawned binary in
/// `ServerBinaryTests`.
@Suite struct ServerErrorTests {
    @Test func requestBeforeInitializeIsServerNotInitialized() {
        let client = ServerTestClient.inProcess()
        let answer = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)])
        #expect(answer?["error"]?["code"] == -32002)
        // Notifications before initialize are dropped, not acted on.
        client.open("file:///early.txt", "text")
        client.initialize()
        #expect(client.serverState { $0.documents["/early.txt"] == nil } == true)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func unknownRequestIsMethodNotFoundAndUnknownNotificationIsIgnored() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.notify("annotd/noSuchNotification", ["x": 1])
        client.notify("$/noSuchThing")
        let answer = client.request("annotd/noSuchRequest", [:])
        #expect(answer?["error"]?["code"] == -32601)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func invalidJSONIsAParseErrorWithNullId() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.sendBodies([#"{"jsonrpc":"2.0","id":5,"method":"#])
        let answer = client.waitFor { $0["error"]?["code"] == -32700 }
        #expect(answer?["id"] == .null)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aValueThatIsNotARequestIsAnInvalidRequest() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.sendBodies(["[1,2,3]"])
        #expect(client.waitFor { $0["error"]?["code"] == -32600 }?["id"] == .null)
        client.sendBodies([#"{"jsonrpc":"2.0","id":77,"method":42}"#])
        #expect(client.waitFor { $0["error"]?["code"] == -32600 }?["id"] == 77)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func badParamsAreInvalidParams() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let missing = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.txt"]])
        #expect(missing?["error"]?["code"] == -32602)
        #expect(missing?["error"]?["message"]?.stringValue?.contains("position") == true)
        let wrongType = client.request("textDocument/references", ["textDocument": ["uri": 3], "position": .position(0, 0)])
        #expect(wrongType?["error"]?["code"] == -32602)
        let noParams = client.request("textDocument/diagnostic")
        #expect(noParams?["error"]?["code"] == -32602)
        // A notification with bad params is dropped; the server carries on.
        client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///a.txt"]])
        #expect(client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)])?["result"] == .null)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func initializeWithoutCapabilitiesIsInvalidParams() {
        let client = ServerTestClient.inProcess()
        #expect(client.request("initialize", ["processId": 1])?["error"]?["code"] == -32602)
        // It did not initialize: the next try can.
        #expect(client.initialize()?["capabilities"] != nil)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aRequestCancelledBeforeItRunsIsAnsweredCancelled() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let id = client.newID()
        // One write: the server reads the request and its cancellation together.
        client.sendBodies([
            client.body(method: "textDocument/hover", id: id,
                        params: ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)]),
            client.body(method: "$/cancelRequest", params: ["id": .int(id)]),
        ])
        #expect(client.response(to: id)?["error"]?["code"] == -32800)
        // Cancelling something already answered is harmless.
        client.notify("$/cancelRequest", ["id": .int(id)])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func framingGarbageIsSurvived() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.sendBytes(Array("garbage without a header end\r\n\r\n".utf8))
        client.sendBytes(Array("Content-Length: nope\r\n\r\n".utf8))
        client.sendBytes(Array("Content-Length: 3\r\n\r\n".utf8) + [0xFF, 0xFE, 0x78])
        client.sendBodies(["\u{0}\u{1}"])
        #expect(client.request("annotd/stillThere")?["error"]?["code"] == -32601)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func setTraceIsAccepted() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.notify("$/setTrace", ["value": "verbose"])
        client.sync()
        #expect(client.serverState { $0.trace } == "verbose")
        #expect(client.shutdownAndExit() == 0)
    }
}
