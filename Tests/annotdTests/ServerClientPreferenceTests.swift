import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// What the client asks for is what it gets (issue 18): hovers in its `contentFormat`, its settings from
/// `initialize` kept when a `workspace/configuration` answer is empty, and file names relative to its
/// workspace folder.
@Suite struct ServerClientPreferenceTests {
    static func hover(formats: [String]?) throws -> (kind: String?, value: String, root: String) {
        let box = try LintSandbox(["a.txt": LintTexts.conflictA, "b.txt": LintTexts.conflictB])
        defer { box.remove() }
        let client = ServerTestClient.inProcess()
        let capabilities: LSPAny = formats.map { ["textDocument": ["hover": ["contentFormat": .array($0.map { .string($0) })]]] } ?? [:]
        client.initialize(capabilities: capabilities, rootURI: box.root.absoluteString)
        let uri = box.root.appendingPathComponent("a.txt").absoluteString
        client.open(uri, LintTexts.conflictA)
        // The card names b.txt only once the folder is indexed, which runs off the server's queue: wait for
        // a.txt's diagnostics to carry the conflict with b.txt (hovering after `sync` alone raced the index).
        _ = try #require(client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"]?.stringValue == uri
                && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["code"] == "conflicting-figure" } == true
        })
        let column = LintTexts.conflictA.utf16.distance(from: LintTexts.conflictA.startIndex,
                                                         to: LintTexts.conflictA.range(of: "6 million")!.lowerBound)
        let answer = client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": .position(0, column)])
        let contents = answer?["result"]?["contents"]
        _ = client.shutdownAndExit()
        return (contents?["kind"]?.stringValue, contents?["value"]?.stringValue ?? "", box.root.path)
    }

    @Test func plainTextWhenThatIsAllTheClientTakes() throws {
        let h = try Self.hover(formats: ["plaintext"])
        #expect(h.kind == "plaintext")
        #expect(h.value.contains("6 million"), "\(h.value)")
        #expect(!h.value.contains("**") && !h.value.contains("`"), "no Markdown marks: \(h.value)")
    }

    @Test(arguments: [["markdown", "plaintext"], nil] as [[String]?])
    func markdownWhenTheClientTakesItOrDoesNotSay(formats: [String]?) throws {
        let h = try Self.hover(formats: formats)
        #expect(h.kind == "markdown")
        #expect(h.value.contains("**"))
    }

    @Test func hoverNamesOtherFilesRelativeToTheFolder() throws {
        let h = try Self.hover(formats: nil)
        #expect(h.value.contains("b.txt:2"), "\(h.value)")
        #expect(!h.value.contains(h.root), "no absolute path: \(h.value)")
    }

    @Test func diagnosticMessagesNameFilesRelativeToTheFolder() throws {
        let box = try LintSandbox(["a.txt": LintTexts.conflictA, "sub/b.txt": LintTexts.conflictB])
        defer { box.remove() }
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.root.absoluteString)
        let uri = box.root.appendingPathComponent("a.txt").absoluteString
        client.open(uri, LintTexts.conflictA)
        let published = try #require(client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"]?.stringValue == uri
                && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["code"] == "conflicting-figure" } == true
        })
        let messages = (published["params"]?["diagnostics"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }
        #expect(messages.contains { $0.contains("sub/b.txt") }, "\(messages)")
        #expect(!messages.contains { $0.contains(box.root.path) }, "\(messages)")
        #expect(client.shutdownAndExit() == 0)
    }

    /// lsp-mode answers `[{}]` when nothing is registered below the section; Neovim may answer `[null]`.
    @Test(arguments: ["{}", "null"])
    func anEmptyConfigurationAnswerKeepsTheInitializeSettings(answer: String) throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["workspace": ["configuration": true]],
                          options: ["annotd": ["rules": ["unsourced-figure": "error"], "conflictTolerance": 0.3]])
        let ask = try #require(client.waitFor { $0["method"] == "workspace/configuration" })
        client.sendBodies([#"{"jsonrpc":"2.0","id":\#(Self.idJSON(ask)),"result":[\#(answer)]}"#])
        client.sync()
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .error)
        #expect(client.serverState { $0.index.tolerance } == 0.3)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aNonEmptyConfigurationAnswerReplacesTheSettings() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["workspace": ["configuration": true]],
                          options: ["annotd": ["rules": ["unsourced-figure": "error"]]])
        let ask = try #require(client.waitFor { $0["method"] == "workspace/configuration" })
        client.sendBodies([#"{"jsonrpc":"2.0","id":\#(Self.idJSON(ask)),"result":[{"conflictTolerance":0.2}]}"#])
        client.sync()
        #expect(client.serverState { $0.index.tolerance } == 0.2)
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .warning)
        #expect(client.shutdownAndExit() == 0)
    }

    static func idJSON(_ request: LSPAny) -> String {
        if let s = request["id"]?.stringValue { return "\"\(s)\"" }
        if case .int(let n)? = request["id"] { return String(n) }
        return "0"
    }
}
