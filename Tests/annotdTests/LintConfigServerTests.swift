import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// The same configuration drives the server: a bad `.annotd.json` is a warning diagnostic on that file,
/// at the offending key, cleared when the file is fixed.
@Suite struct LintConfigServerTests {
    @Test func aBadProjectFileIsADiagnosticOnItUntilFixed() throws {
        let box = try LintSandbox([".annotd.json": "{\n  \"rules\": {},\n  \"rulez\": {}\n}\n", "a.txt": LintTexts.unsourced])
        defer { box.remove() }
        let configURI = box.root.appendingPathComponent(".annotd.json").absoluteString
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.root.absoluteString)
        let published = try #require(client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"]?.stringValue?.hasSuffix("/.annotd.json") == true
        })
        let diagnostic = try #require(published["params"]?["diagnostics"]?.arrayValue?.first)
        #expect(diagnostic["severity"] == 2)
        #expect(diagnostic["source"] == "annotd")
        #expect(diagnostic["message"]?.stringValue?.hasPrefix("key 'rulez': unknown key") == true)
        #expect(diagnostic["range"] == LSPAny.range(2, 2, 2, 9), "the range covers \"rulez\" on line 3")

        try box.write(".annotd.json", "{\"rules\": {\"unsourced-figure\": \"error\"}}\n")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
        let cleared = try #require(client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"]?.stringValue?.hasSuffix("/.annotd.json") == true
        })
        #expect(cleared["params"]?["diagnostics"]?.arrayValue?.isEmpty == true)
        client.sync()
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .error)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func keyRangeFindsTheLastPathComponent() {
        let text = SourceText("{\"actors\": [{\"name\": \"A\", \"kind\": \"planet\"}]}")
        #expect(text.string(Server.keyRange("actors[0].kind", in: text)) == "\"kind\"")
        #expect(text.string(Server.keyRange(nil, in: text)) == text.string)
    }
}
