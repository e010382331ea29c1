import Foundation
import Testing
import AnnotationProtocol

@Suite struct LSPAnyTests {
    @Test func arbitraryJSONRoundTrips() throws {
        let text = #"{"a":[1,-2.5,true,false,null,"s\"\u00e9😀"],"b":{"c":{}},"d":[],"e":12345678901234,"f":1e300}"#
        let value = try JSONDecoder().decode(LSPAny.self, from: Data(text.utf8))
        let again = try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(value))
        #expect(value == again)
        #expect(value["a"]?[0] == .int(1))
        #expect(value["a"]?[1] == .double(-2.5))
        #expect(value["a"]?[2] == .bool(true))
        #expect(value["a"]?[4] == .null)
        #expect(value["a"]?[5]?.stringValue == "s\"é😀")
        #expect(value["e"]?.intValue == 12345678901234)
        #expect(value["b"]?["c"] == .object([:]))
    }

    @Test func outgoingMessagesAreValidJSONRPC() throws {
        let response = try JSONDecoder().decode(LSPAny.self, from: OutgoingMessage.response(id: .string("x"), result: Optional<Hover>.none))
        #expect(response == ["jsonrpc": "2.0", "id": "x", "result": nil])
        let error = try JSONDecoder().decode(LSPAny.self, from: OutgoingMessage.error(id: nil, .parseError("bad")))
        #expect(error["id"] == .null)
        #expect(error["error"]?["code"] == -32700)
        let note = try JSONDecoder().decode(LSPAny.self, from: OutgoingMessage.notification(method: "m", params: ["uri": "file:///a/b"] as LSPAny))
        #expect(note == ["jsonrpc": "2.0", "method": "m", "params": ["uri": "file:///a/b"]])
        #expect(!String(decoding: OutgoingMessage.notification(method: "m", params: ["u": "a/b"] as LSPAny), as: UTF8.self).contains("\\/"))
    }

    @Test func workspaceReportsCarryANullVersionForClosedFiles() throws {
        let report = WorkspaceDiagnosticReport(items: [
            WorkspaceDocumentDiagnosticReport(uri: "file:///a", version: nil, report: .full(resultId: "1", items: [])),
            WorkspaceDocumentDiagnosticReport(uri: "file:///b", version: 3, report: .unchanged(resultId: "2")),
        ])
        let v = try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(report))
        #expect(v["items"]?[0] == ["kind": "full", "resultId": "1", "items": [], "uri": "file:///a", "version": nil])
        #expect(v["items"]?[1] == ["kind": "unchanged", "resultId": "2", "uri": "file:///b", "version": 3])
    }
}
