import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// The server keeps a compact form of the workspace files nobody has open (issue 19): what reads more than
/// findings (a hover, semantic tokens, the outline) analyses the file's text again and answers as for an
/// open buffer of the same text.
@Suite struct ServerCompactDocumentTests {
    static let a = "Norland supplied nearly 6 million shells to Estland in the spring.\n"
    static let b = "Norland supplied several hundred thousand shells to Estland, officials think. The talks lasted 3 days.\n"

    /// The UTF-16 column of `needle` in the one-line `b`.
    static func column(_ needle: String) -> Int {
        b.components(separatedBy: needle)[0].utf16.count
    }

    func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-compact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(Self.a.utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data(Self.b.utf8).write(to: root.appendingPathComponent("b.txt"))
        return root
    }

    func complete(_ client: ServerTestClient, _ path: String) -> Bool? {
        client.serverState { $0.index.documents[path]?.isComplete }.flatMap { $0 }
    }

    @Test func anUnopenedFileIsKeptCompactAndAnsweredInFull() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let uriB = root.appendingPathComponent("b.txt").absoluteString
        let pathB = DocumentIdentity.id(forURI: uriB)
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }
        #expect(complete(client, pathB) == false, "a file nobody has open is kept compact")

        let figure: LSPAny = ["textDocument": ["uri": .string(uriB)], "position": .position(0, Self.column("hundred"))]
        let unopened = try #require(client.request("textDocument/hover", figure)?["result"]?["contents"]?["value"]?.stringValue)
        #expect(unopened.contains("Conflicts with"), "\(unopened)")
        let date: LSPAny = ["textDocument": ["uri": .string(uriB)], "position": .position(0, Self.column("3 days"))]
        let dateCard = client.request("textDocument/hover", date)?["result"]?["contents"]?["value"]?.stringValue
        #expect(dateCard?.contains("not a claim") == true, "a duration the compact form drops is read again: \(dateCard ?? "nil")")
        let tokens = client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(uriB)]])
        let unopenedTokens = tokens?["result"]?["data"]?.arrayValue ?? []
        #expect(!unopenedTokens.isEmpty)

        client.open(uriB, Self.b)
        client.sync()
        #expect(complete(client, pathB) == true, "an open buffer keeps its whole analysis")
        #expect(client.request("textDocument/hover", figure)?["result"]?["contents"]?["value"]?.stringValue == unopened)
        #expect(client.request("textDocument/hover", date)?["result"]?["contents"]?["value"]?.stringValue == dateCard)
        let openTokens = client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(uriB)]])
        #expect(openTokens?["result"]?["data"]?.arrayValue ?? [] == unopenedTokens)
        #expect(client.shutdownAndExit() == 0)
    }
}
