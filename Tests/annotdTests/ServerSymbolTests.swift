import Testing
import AnnotationProtocol
@testable import annotd

/// The outline (actors, then claims grouped by measure) and workspace symbols (actors across files).
@Suite struct ServerSymbolTests {
    static let a = """
        President Amara Diallo said Ghana delivered 200 trucks to Togo.
        The fleet consumed 4,000 litres of fuel a day.
        Ghana supplied 300 tents.
        The camp holds 12,000 people.

        """
    static let b = "Amara Diallo visited Mali on Monday.\n"
    static let uriA = "file:///tmp/annotd-symbols/a.txt", uriB = "file:///tmp/annotd-symbols/b.txt"

    static func names(_ symbols: [LSPAny]?) -> [String] { (symbols ?? []).compactMap { $0["name"]?.stringValue } }

    @Test func outlineGroupsActorsAndClaimsByMeasure() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["textDocument": ["documentSymbol": ["hierarchicalDocumentSymbolSupport": true]]])
        client.open(Self.uriA, Self.a)
        client.open(Self.uriB, Self.b)
        let groups = try #require(client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uriA)]])?["result"]?.arrayValue)
        #expect(Self.names(groups) == ["Actors", "Figures: supply", "Figures: consumption", "Figures: no measure"])
        #expect(Self.names(groups[0]["children"]?.arrayValue) == ["Amara Diallo", "Ghana", "Togo"])
        #expect(groups[0]["children"]?.arrayValue?.map { $0["kind"] } == [5, 10, 10])
        // Mentions counted in this file: Ghana twice.
        #expect(groups[0]["children"]?[1]?["detail"] == "state · 2 mentions")
        #expect(groups[0]["children"]?[1]?["selectionRange"] == .range(0, 28, 0, 33))
        #expect(Self.names(groups[1]["children"]?.arrayValue) == ["200 trucks", "300 tents"])
        #expect(groups[1]["children"]?[1]?["detail"] == "300 · unsourced")
        #expect(groups[1]["children"]?[0]?["kind"] == 16)
        // A group encloses its children.
        #expect(groups[1]["range"] == .range(0, 44, 2, 24))
        #expect(Self.names(groups[3]["children"]?.arrayValue) == ["12,000 people"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func clientsWithoutHierarchyGetFlatSymbolsWithTheirGroup() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open(Self.uriA, Self.a)
        let flat = try #require(client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uriA)]])?["result"]?.arrayValue)
        #expect(Self.names(flat) == ["Amara Diallo", "Ghana", "Togo", "200 trucks", "300 tents", "4,000 litres", "12,000 people"])
        #expect(flat[0]["containerName"] == "Actors")
        #expect(flat[0]["location"]?["uri"] == .string(Self.uriA))
        #expect(flat[5]["containerName"] == "Figures: consumption")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func workspaceSymbolsFindActorsAcrossFiles() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open(Self.uriA, Self.a)
        client.open(Self.uriB, Self.b)
        let all = client.request("workspace/symbol", ["query": ""])?["result"]?.arrayValue
        #expect(Self.names(all) == ["Amara Diallo", "Ghana", "Mali", "Togo"])
        let diallo = try #require(client.request("workspace/symbol", ["query": "dial"])?["result"]?.arrayValue)
        #expect(Self.names(diallo) == ["Amara Diallo"])
        #expect(diallo[0]["containerName"] == "person · 2 mentions in 2 files")
        #expect(diallo[0]["location"] == ["uri": .string(Self.uriA), "range": .range(0, 10, 0, 22)])
        #expect(client.request("workspace/symbol", ["query": "zzz"])?["result"] == [])
        #expect(client.request("workspace/symbol", [:])?["error"]?["code"] == -32602)
        #expect(client.request("textDocument/documentSymbol", ["textDocument": ["uri": "untitled:none"]])?["result"] == [])
        #expect(client.shutdownAndExit() == 0)
    }
}
