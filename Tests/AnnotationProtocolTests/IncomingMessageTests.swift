import Foundation
import Testing
import AnnotationProtocol

@Suite struct IncomingMessageTests {
    func decode(_ s: String) -> Result<IncomingMessage, InvalidMessage> { IncomingMessage.decode(Data(s.utf8)) }

    func failure(_ s: String) -> InvalidMessage? {
        if case .failure(let e) = decode(s) { return e }
        return nil
    }

    @Test func requestsWithIntegerAndStringIds() throws {
        guard case .success(.request(let a)) = decode(#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#) else {
            Issue.record("not a request"); return
        }
        #expect(a.id == .int(7))
        #expect(a.method == "shutdown")
        guard case .success(.request(let b)) = decode(#"{"jsonrpc":"2.0","id":"abc","method":"m","params":{}}"#) else {
            Issue.record("not a request"); return
        }
        #expect(b.id == .string("abc"))
    }

    @Test func notificationsHaveNoId() {
        guard case .success(.notification(let n)) = decode(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#) else {
            Issue.record("not a notification"); return
        }
        #expect(n.method == "initialized")
    }

    @Test func responsesWithResultNullOrError() {
        guard case .success(.response(let r)) = decode(#"{"jsonrpc":"2.0","id":3,"result":null}"#) else {
            Issue.record("not a response"); return
        }
        #expect(r.id == .int(3) && r.result == .null && r.error == nil)
        guard case .success(.response(let e)) = decode(#"{"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"no"}}"#) else {
            Issue.record("not a response"); return
        }
        #expect(e.error == ResponseError(code: -1, message: "no"))
    }

    @Test func invalidJSONIsAParseError() {
        for text in ["{", "not json", #"{"jsonrpc":"2.0","id":1,"method":"x""#, "", "\u{FFFF}"] {
            let e = failure(text)
            #expect(e?.error.code == -32700, "\(text)")
            #expect(e?.id == nil)
        }
        #expect(IncomingMessage.decode(Data([0x7B, 0xFF, 0x7D])).isParseError)
    }

    @Test func valuesThatAreNotRequestObjectsAreInvalidRequests() {
        for text in ["[]", "[1,2]", "42", #""str""#, "null", "{}",
                     #"{"jsonrpc":"2.0","id":1}"#,
                     #"{"jsonrpc":"1.0","id":1,"method":"x"}"#,
                     #"{"id":1,"method":"x"}"#,
                     #"{"jsonrpc":"2.0","id":1,"method":5}"#,
                     #"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#,
                     #"{"jsonrpc":"2.0","id":null,"method":"x"}"#] {
            #expect(failure(text)?.error.code == -32600, "\(text)")
        }
        // The id is echoed when it could be read, so the client can match the error to its request.
        #expect(failure(#"{"jsonrpc":"1.0","id":9,"method":"x"}"#)?.id == .int(9))
    }

    struct Params: Decodable { var textDocument: TextDocumentIdentifier; var position: Position }

    @Test func paramsDecodeTolerantlyButRequireRequiredFields() throws {
        guard case .success(.request(let ok)) = decode(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"textDocument":{"uri":"file:///a","extra":1},"position":{"line":1,"character":2},"unknown":[1]}}"#) else {
            Issue.record("not a request"); return
        }
        let p = try ok.params(Params.self)
        #expect(p.position == Position(line: 1, character: 2))

        guard case .success(.request(let bad)) = decode(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"textDocument":{},"position":{"line":1,"character":2}}}"#) else {
            Issue.record("not a request"); return
        }
        #expect(throws: ResponseError.self) { try bad.params(Params.self) }
        do { _ = try bad.params(Params.self) } catch {
            #expect(error.code == -32602)
            #expect(error.message.contains("textDocument.uri"))
        }

        guard case .success(.request(let wrongType)) = decode(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"textDocument":{"uri":"u"},"position":{"line":"one","character":2}}}"#) else {
            Issue.record("not a request"); return
        }
        do { _ = try wrongType.params(Params.self); Issue.record("decoded a string as a line") } catch {
            #expect(error.code == -32602)
            #expect(error.message.contains("position.line"))
        }

        guard case .success(.request(let missing)) = decode(#"{"jsonrpc":"2.0","id":1,"method":"m"}"#) else {
            Issue.record("not a request"); return
        }
        do { _ = try missing.params(Params.self); Issue.record("decoded absent params") } catch {
            #expect(error.code == -32602)
        }
    }

    @Test func initializeParamsFromARealClientDecode() throws {
        let text = #"""
        {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["utf-16","utf-32"],"staleRequestSupport":{"cancel":true}},"textDocument":{"diagnostic":{"dynamicRegistration":true,"relatedDocumentSupport":false},"hover":{"contentFormat":["markdown","plaintext"]}},"workspace":{"diagnostics":{"refreshSupport":true},"configuration":true},"experimental":{"x":1}},"clientInfo":{"name":"Neovim","version":"0.11"},"workspaceFolders":null,"trace":"off"}}
        """#
        guard case .success(.request(let r)) = decode(text) else { Issue.record("not a request"); return }
        let p = try r.params(InitializeParams.self)
        #expect(p.capabilities.general?.positionEncodings == [.utf16, .utf32])
        #expect(p.capabilities.textDocument?.diagnostic != nil)
        #expect(p.capabilities.workspace?.diagnostics?.refreshSupport == true)
        #expect(p.clientInfo?.name == "Neovim")
        #expect(p.workspaceFolders == nil)
    }
}

extension Result where Success == IncomingMessage, Failure == InvalidMessage {
    var isParseError: Bool {
        if case .failure(let e) = self { return e.error.code == -32700 }
        return false
    }
}

@Suite struct HostileMessageTests {
    @Test func deeplyNestedJSONIsRejectedNotACrash() {
        let depth = 100_000
        let params = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let text = #"{"jsonrpc":"2.0","id":1,"method":"m","params":"# + params + "}"
        switch IncomingMessage.decode(Data(text.utf8)) {
        case .failure(let e): #expect(e.error.code == -32700)
        case .success(.request(let r)):
            // Accepted by the envelope: then the params decode must fail cleanly.
            #expect(throws: ResponseError.self) { try r.params(LSPAny.self) }
        case .success: Issue.record("classified as something other than a request")
        }
    }
}
