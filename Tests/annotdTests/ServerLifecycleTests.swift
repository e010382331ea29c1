import Testing
import AnnotationProtocol
@testable import annotd

@Suite struct ServerLifecycleTests {
    @Test func initializeAdvertisesWhatIsImplementedAndNamesTheServer() throws {
        let client = ServerTestClient.inProcess()
        let result = try #require(client.initialize())
        #expect(result["serverInfo"] == ["name": "annotd", "version": .string(AnnotdVersion.string)])
        let caps = try #require(result["capabilities"])
        #expect(caps["positionEncoding"] == "utf-16")
        #expect(caps["textDocumentSync"] == ["openClose": true, "change": 2, "save": ["includeText": false]])
        #expect(caps["hoverProvider"] == true)
        #expect(caps["referencesProvider"] == true)
        #expect(caps["documentHighlightProvider"] == true)
        #expect(caps["diagnosticProvider"]?["interFileDependencies"] == true)
        #expect(caps["diagnosticProvider"]?["workspaceDiagnostics"] == true)
        #expect(caps["workspace"]?["workspaceFolders"] == ["supported": true, "changeNotifications": true])
        #expect(caps["codeActionProvider"] == ["codeActionKinds": ["quickfix"]])
        #expect(caps["inlayHintProvider"] == true)
        #expect(caps["semanticTokensProvider"]?["full"] == true)
        #expect(caps["semanticTokensProvider"]?["range"] == true)
        #expect(caps["semanticTokensProvider"]?["legend"]?["tokenTypes"]?[0] == "number")
        #expect(caps["executeCommandProvider"] == ["commands": ["annotd.showOtherFigures"]])
        #expect(caps["documentSymbolProvider"] == true)
        #expect(caps["workspaceSymbolProvider"] == true)
        // Not built, so not advertised.
        for missing in ["completionProvider", "renameProvider", "codeLensProvider", "definitionProvider"] {
            #expect(caps[missing] == nil, "\(missing)")
        }
        #expect(client.shutdownAndExit() == 0)
    }

    @Test(arguments: [
        (["utf-16", "utf-32", "utf-8"], "utf-8"),
        (["utf-32", "utf-16"], "utf-32"),
        (["utf-16"], "utf-16"),
        ([], "utf-16"),
    ] as [([String], String)])
    func positionEncodingIsNegotiated(offered: [String], expected: String) throws {
        let client = ServerTestClient.inProcess()
        let caps: LSPAny = ["general": ["positionEncodings": .array(offered.map { .string($0) })]]
        let result = try #require(client.initialize(capabilities: caps))
        #expect(result["capabilities"]?["positionEncoding"] == .string(expected))
        #expect(client.serverState { $0.encoding.rawValue } == expected)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func exitAfterShutdownIsZeroAndWithoutIsOne() {
        let clean = ServerTestClient.inProcess()
        clean.initialize()
        #expect(clean.request("shutdown")?["result"] == .null)
        clean.notify("exit")
        #expect(clean.waitForExit() == 0)

        let abrupt = ServerTestClient.inProcess()
        abrupt.initialize()
        abrupt.notify("exit")
        #expect(abrupt.waitForExit() == 1)
    }

    @Test func endOfInputWithoutShutdownExitsOne() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.closeInput()
        #expect(client.waitForExit() == 1)
    }

    @Test func requestsAfterShutdownAreInvalid() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        _ = client.request("shutdown")
        let answer = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)])
        #expect(answer?["error"]?["code"] == -32600)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func initializeTwiceIsInvalid() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        #expect(client.request("initialize", ["capabilities": [:]])?["error"]?["code"] == -32600)
        #expect(client.shutdownAndExit() == 0)
    }
}
