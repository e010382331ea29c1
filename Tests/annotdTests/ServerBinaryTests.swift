import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol

/// The built `annotd` over real pipes: what an editor sees, including the exit code and that nothing but
/// frames reaches stdout.
@Suite struct ServerBinaryTests {
    /// `.build/<triple>/debug/annotd` stands next to the test bundle; the other guesses cover other layouts.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["ANNOTD_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("annotd"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("annotd"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("annotd"))
        }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argv0.deletingLastPathComponent().appendingPathComponent("annotd"))
        candidates.append(argv0.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("annotd"))
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/annotd"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw BinaryNotFound(tried: candidates.map(\.path))
        }
        return found
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var tried: [String]
        var description: String { "annotd binary not found (run `swift build`); tried \(tried.joined(separator: ", "))" }
    }

    @Test func aFullSessionEndsWithExitCodeZero() throws {
        let client = try ServerTestClient.spawned(try Self.binary())
        let result = try #require(client.initialize(capabilities: ["general": ["positionEncodings": ["utf-16"]]]))
        #expect(result["serverInfo"]?["name"] == "annotd")
        #expect(result["capabilities"]?["positionEncoding"] == "utf-16")

        let text = ServerDiagnosticsTests.article
        client.open("file:///tmp/session.txt", text, version: 3)
        let published = try #require(client.notification("textDocument/publishDiagnostics"))
        #expect(published["params"]?["uri"] == "file:///tmp/session.txt")
        #expect(published["params"]?["version"] == 3)
        let expected = ServerDiagnosticsTests.expectedFindings(text, id: "/tmp/session.txt")
        #expect(published["params"]?["diagnostics"]?.arrayValue?.count == expected.count)

        // Hover where the engine has something to say (a figure), else anywhere: the answer must be the card or null.
        var index = WorkspaceIndex()
        let source = SourceText(text)
        index.update(Analyzer().analyze(source, id: "/tmp/session.txt"))
        let offset = index.documents["/tmp/session.txt"]?.figures.first?.range.lowerBound ?? 0
        let p = source.lines.position(of: offset, encoding: .utf16)
        let hover = try #require(client.request("textDocument/hover", ["textDocument": ["uri": "file:///tmp/session.txt"],
                                                                      "position": .position(p.line, p.character)]))
        if let card = HoverCards.card(document: "/tmp/session.txt", offset: offset, index: index) {
            #expect(hover["result"]?["contents"]?["value"] == .string(card.markdown))
        } else {
            #expect(hover["result"] == .null)
        }

        #expect(client.request("shutdown")?["result"] == .null)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
        #expect(client.framingErrorsSeen.isEmpty)
    }

    @Test func exitWithoutShutdownIsOne() throws {
        let client = try ServerTestClient.spawned(try Self.binary())
        client.initialize()
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }

    @Test func closingStdinWithoutShutdownIsOne() throws {
        let client = try ServerTestClient.spawned(try Self.binary())
        client.initialize()
        client.closeInput()
        #expect(client.waitForExit() == 1)
    }

    @Test func everyErrorCaseOverPipes() throws {
        let client = try ServerTestClient.spawned(try Self.binary())
        let hoverParams: LSPAny = ["textDocument": ["uri": "file:///tmp/e.txt"], "position": .position(0, 0)]
        #expect(client.request("textDocument/hover", hoverParams)?["error"]?["code"] == -32002)
        client.initialize()

        client.sendBodies(["{not json"])
        let parse = client.waitFor { $0["error"]?["code"] == -32700 }
        #expect(parse != nil && parse?["id"] == .null)

        client.sendBodies([#"{"jsonrpc":"2.0","id":41}"#])
        #expect(client.waitFor { $0["error"]?["code"] == -32600 }?["id"] == 41)

        #expect(client.request("no/such/method")?["error"]?["code"] == -32601)
        client.notify("no/such/notification")

        #expect(client.request("textDocument/hover", ["position": .position(0, 0)])?["error"]?["code"] == -32602)

        let id = client.newID()
        client.sendBodies([client.body(method: "textDocument/hover", id: id, params: hoverParams),
                           client.body(method: "$/cancelRequest", params: ["id": .int(id)])])
        #expect(client.response(to: id)?["error"]?["code"] == -32800)

        // An oversized or malformed frame does not end the session either.
        client.sendBytes(Array("Content-Length: 12x\r\n\r\n".utf8))
        #expect(client.request("textDocument/hover", hoverParams)?["result"] == .null)

        #expect(client.shutdownAndExit() == 0)
        #expect(client.framingErrorsSeen.isEmpty)
    }
}
