import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// The pipeline, not the rules: what the server sends must be exactly what the engine says about the same
/// text, whatever the engine says on the day.
@Suite struct ServerDiagnosticsTests {
    static let article = """
    Russia received nearly 6 million rounds from North Korea, according to the ministry.
    Experts say the army fires 10,000 shells a day. Kim Jong Un met Vladimir Putin.
    😀 中文 Over $11 billion of debt was written off.
    """

    /// The findings the engine gives for `text` alone, computed here without the server.
    static func expectedFindings(_ text: String, id: String) -> [Finding] {
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText(text), id: id))
        return RuleEngine().findings(for: id, in: index)
    }

    @Test func openPublishesTheEnginesFindingsWithTheVersion() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("file:///tmp/a%20b/article.txt", Self.article, version: 7)
        let published = try #require(client.notification("textDocument/publishDiagnostics"))
        #expect(published["params"]?["uri"] == "file:///tmp/a%20b/article.txt")
        #expect(published["params"]?["version"] == 7)
        let diagnostics = try #require(published["params"]?["diagnostics"]?.arrayValue)
        let expected = Self.expectedFindings(Self.article, id: "/tmp/a b/article.txt")
        #expect(diagnostics.count == expected.count)
        let text = SourceText(Self.article)
        for (d, f) in zip(diagnostics, expected) {
            #expect(d["source"] == "annotd")
            #expect(d["code"] == .string(f.code))
            #expect(d["severity"] == .int(f.severity.rank))
            #expect(d["message"] == .string(f.message))
            #expect(d["codeDescription"]?["href"] == .string(RuleCatalog.rule(f.code)!.helpURI))
            let r = text.lspRange(f.range, .utf16)
            #expect(d["range"] == .range(r.start.line, r.start.character, r.end.line, r.end.character))
        }
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func everyChangeIsAnalysedFromTheBufferWithoutSaving() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("file:///tmp/live.txt", "Nothing here.")
        #expect(client.notification("textDocument/publishDiagnostics")?["params"]?["version"] == 1)
        client.sendBodies([client.changeBody("file:///tmp/live.txt", version: 2, [["text": .string(Self.article)]])])
        let published = try #require(client.notification("textDocument/publishDiagnostics"))
        #expect(published["params"]?["version"] == 2)
        #expect(published["params"]?["diagnostics"]?.arrayValue?.count == Self.expectedFindings(Self.article, id: "/tmp/live.txt").count)
        #expect(client.serverState { $0.index.documents["/tmp/live.txt"]?.text.string } == Self.article)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aBurstOfEditsIsAnalysedOnceAtTheLatestVersion() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("file:///tmp/burst.txt", "")
        #expect(client.notification("textDocument/publishDiagnostics")?["params"]?["version"] == 1)
        let uri = "file:///tmp/burst.txt"
        client.sendBodies((2...6).map { v in
            client.changeBody(uri, version: v, [["range": .range(0, v - 2, 0, v - 2), "text": "x"]])
        })
        client.sync()
        let publishes = client.pending.filter { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(publishes.map { $0["params"]?["version"] } == [6])
        #expect(client.serverState { $0.index.documents["/tmp/burst.txt"]?.text.string } == "xxxxx")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aPullClientIsNotPushedAndGetsReports() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]],
                                         "workspace": ["diagnostics": ["refreshSupport": true]]])
        let uri = "file:///tmp/pull.txt"
        client.open(uri, Self.article)
        let expected = Self.expectedFindings(Self.article, id: "/tmp/pull.txt")
        let first = try #require(client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])?["result"])
        #expect(first["kind"] == "full")
        #expect(first["items"]?.arrayValue?.count == expected.count)
        let resultID = try #require(first["resultId"]?.stringValue)

        let again = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(resultID)])
        #expect(again?["result"] == ["kind": "unchanged", "resultId": .string(resultID)])

        client.sendBodies([client.changeBody(uri, version: 2, [["text": "Changed."]])])
        let afterEdit = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(resultID)])
        #expect(afterEdit?["result"]?["kind"] == "full")
        #expect(afterEdit?["result"]?["resultId"] != .string(resultID))

        let workspace = try #require(client.request("workspace/diagnostic", ["previousResultIds": []])?["result"]?["items"]?.arrayValue)
        let item = try #require(workspace.first { $0["uri"] == .string(uri) })
        #expect(item["version"] == 2)
        #expect(item["kind"] == "full")

        #expect(client.pending.contains { $0["method"] == "textDocument/publishDiagnostics" } == false)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aWorkspaceRequestTheClientIsCurrentOnIsHeldUntilAChangeOrCancel() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        let uri = "file:///tmp/held.txt"
        client.open(uri, "One.")
        let first = try #require(client.request("workspace/diagnostic", ["previousResultIds": []])?["result"]?["items"]?[0])
        let previous: LSPAny = ["previousResultIds": [["uri": .string(uri), "value": first["resultId"]!]]]

        let held = client.sendRequest("workspace/diagnostic", previous)
        client.sync()
        #expect(!client.pending.contains { $0["id"] == .int(held) })
        client.sendBodies([client.changeBody(uri, version: 2, [["text": "Two."]])])
        let answer = try #require(client.response(to: held)?["result"]?["items"]?[0])
        #expect(answer["kind"] == "full")
        #expect(answer["version"] == 2)

        let cancelled = client.sendRequest("workspace/diagnostic", ["previousResultIds": [["uri": .string(uri), "value": answer["resultId"]!]]])
        client.sync()
        client.notify("$/cancelRequest", ["id": .int(cancelled)])
        #expect(client.response(to: cancelled)?["error"]?["code"] == -32800)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func hoverReferencesAndHighlightsAnswerFromTheIndex() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["general": ["positionEncodings": ["utf-8"]]])
        let uri = "file:///tmp/hover.txt"
        client.open(uri, Self.article)
        var index = WorkspaceIndex()
        let text = SourceText(Self.article)
        index.update(Analyzer().analyze(text, id: "/tmp/hover.txt"))
        // Every figure and actor the engine knows, and a place where nothing stands.
        let offsets = index.documents["/tmp/hover.txt"]!.figures.map(\.range.lowerBound)
            + index.documents["/tmp/hover.txt"]!.mentions.map(\.range.lowerBound) + [0]
        for offset in offsets {
            let p = text.lspPosition(offset, .utf8)
            let params: LSPAny = ["textDocument": ["uri": .string(uri)], "position": .position(p.line, p.character)]
            let hover = client.request("textDocument/hover", params)?["result"]
            if let card = HoverCards.card(document: "/tmp/hover.txt", offset: offset, index: index) {
                #expect(hover?["contents"] == ["kind": "markdown", "value": .string(card.markdown)])
                let r = text.lspRange(card.range, .utf8)
                #expect(hover?["range"] == .range(r.start.line, r.start.character, r.end.line, r.end.character))
            } else {
                #expect(hover == .null)
            }
            let occurrences = index.actors.occurrences(document: "/tmp/hover.txt", offset: offset)
            let refs = client.request("textDocument/references", ["textDocument": ["uri": .string(uri)], "position": .position(p.line, p.character),
                                                                   "context": ["includeDeclaration": true]])?["result"]?.arrayValue
            #expect(refs?.count == occurrences.count)
            #expect(refs?.allSatisfy { $0["uri"] == .string(uri) } == true)
            let highlights = client.request("textDocument/documentHighlight", params)?["result"]?.arrayValue
            #expect(highlights?.count == occurrences.count)
        }
        #expect(client.shutdownAndExit() == 0)
    }
}
