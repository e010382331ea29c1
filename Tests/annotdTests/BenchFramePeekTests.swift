import Foundation
import Testing
@testable import annotd

/// The bench client's reading of a frame's method, id, uri and version from its bytes (`FramePeek`): the
/// same members `JSONSerialization` finds, or nil when the body is beyond it — never a different answer.
@Suite struct BenchFramePeekTests {
    func peek(_ json: String) -> FramePeek? { FramePeek(Data(json.utf8)) }

    /// The members as a full parse gives them, for comparison.
    func parsed(_ json: String) -> FramePeek {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        let params = object["params"] as? [String: Any]
        return FramePeek(method: object["method"] as? String, hasID: object["id"] != nil, id: object["id"] as? Int,
                         uri: params?["uri"] as? String, version: params?["version"] as? Int)
    }

    static let publication = #"""
        {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":[{"code":"unsourced-figure",\#
        "data":{"id":3,"method":"not this one","quote":"he said \"40 {or [50]} people\", then \\","list":[1,[2,{}],-3.5e2,true,null],"tail":"\"}],"},\#
        "message":"A figure, \"12%\"","range":{"end":{"character":7,"line":0},"start":{"character":4,"line":0}}}],\#
        "uri":"file:///tmp/w/a%20b.txt","version":12}}
        """#

    @Test func aPublicationsMethodUriAndVersionAreReadPastItsDiagnostics() throws {
        let p = try #require(peek(Self.publication))
        #expect(p == FramePeek(method: "textDocument/publishDiagnostics", uri: "file:///tmp/w/a%20b.txt", version: 12))
        #expect(p == parsed(Self.publication))
    }

    @Test func responsesAndServerRequestsAreToldByTheirIds() throws {
        let hover = #"{"id":17,"jsonrpc":"2.0","result":{"contents":{"kind":"markdown","value":"**40** \"x\""}}}"#
        #expect(try #require(peek(hover)) == FramePeek(hasID: true, id: 17))
        #expect(peek(hover) == parsed(hover))
        let request = #"{"jsonrpc":"2.0","id":"reg-1","method":"client/registerCapability","params":{"registrations":[]}}"#
        #expect(try #require(peek(request)) == FramePeek(method: "client/registerCapability", hasID: true))
        #expect(peek(request) == parsed(request))
        let nullResult = #" { "id" : 4 , "result" : null } "#
        #expect(peek(nullResult) == FramePeek(hasID: true, id: 4))
        #expect(peek(nullResult) == parsed(nullResult))
    }

    @Test func aLogMessageHasNoUriOrVersion() {
        let log = #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"indexed 3 file(s) from disk","type":3}}"#
        #expect(peek(log) == FramePeek(method: "window/logMessage"))
        #expect(peek(log) == parsed(log))
    }

    @Test func whatTheReaderCannotFollowIsLeftToTheFullParse() {
        // An escape inside a member it reads, a version that is not an integer it keeps, a body that is not one
        // object, or a cut one.
        #expect(peek(#"{"method":"text\u0044ocument/publishDiagnostics"}"#) == nil)
        #expect(peek(#"{"method":"a","params":{"uri":"file:///a\"b"}}"#) == nil)
        #expect(peek(#"[{"method":"a"}]"#) == nil)
        #expect(peek(#"{"method":"a","params":{"uri":"x"}"#) == nil)
        #expect(peek(#"{"method":"a"} {"#) == nil)
        #expect(peek("") == nil)
        // A version that is not an integer is skipped, not misread: absent, as the full parse has it.
        let real = #"{"method":"a","params":{"version":2.5,"uri":"u"}}"#
        #expect(peek(real) == FramePeek(method: "a", uri: "u"))
        #expect(peek(real) == parsed(real))
    }
}
