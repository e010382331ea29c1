import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// An opened file never waits for the workspace index (issue 19): while the folder is still being read and
/// analysed, and while the indexed workspace is being published, a file opened gets its own diagnostics at
/// once; when the index is ready it is published again with what the workspace adds. Only the order of
/// messages is asserted, never a time.
@Suite(.serialized) struct ServerOpenWhileIndexingTests {
    /// Enough files for several slices of the publication after indexing (`ServerOptions.publishSliceSize`).
    static let files = 4 * ServerOptions().publishSliceSize
    /// Reading a workspace in a debug build on a loaded machine takes a while: a guard, not a measurement.
    static let patience: TimeInterval = 180

    static func isIndexedLog(_ m: LSPAny) -> Bool {
        m["method"]?.stringValue == "window/logMessage"
            && m["params"]?["message"]?.stringValue?.hasPrefix("indexed ") == true
    }

    static func isPublish(_ m: LSPAny, _ uri: String) -> Bool {
        m["method"]?.stringValue == "textDocument/publishDiagnostics" && m["params"]?["uri"] == .string(uri)
    }

    /// A workspace of generated articles (the bench's generator), large enough that reading, analysing and
    /// publishing it takes many turns of the server's queue.
    static func workspace(files: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-open-indexing-\(UUID().uuidString)")
        try CorpusGenerator.write(CorpusGenerator(seed: 7).files(0..<files), to: root)
        return root
    }

    // Written for this test: a figure with a source, and a figure without one.
    static let note = "The harbour authority said 40 ships were delayed on Monday. Some 300 passengers waited.\n"

    @Test func aFileOpenedWhileTheFolderIsReadIsPublishedBeforeTheIndexIsReady() throws {
        let root = try Self.workspace(files: Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let client = ServerTestClient.inProcess()
        let uri = "untitled:harbour"
        // initialize, initialized and the open in one write: the open reaches the server while it reads the folder.
        client.sendBodies([
            client.body(method: "initialize", id: client.newID(),
                        params: ["processId": nil, "capabilities": [:], "rootUri": .string(root.absoluteString)]),
            client.body(method: "initialized", params: [:]),
            client.body(method: "textDocument/didOpen", params: ["textDocument": [
                "uri": .string(uri), "languageId": "plaintext", "version": 1, "text": .string(Self.note)]]),
        ])
        let (before, indexed) = try #require(client.takeThrough(timeout: Self.patience, Self.isIndexedLog))
        #expect(indexed["params"]?["message"]?.stringValue?.hasPrefix("indexed \(Self.files) file(s)") == true)
        let first = try #require(before.first { Self.isPublish($0, uri) })
        #expect(first["params"]?["version"] == 1)
        #expect((first["params"]?["diagnostics"]?.arrayValue ?? []).isEmpty == false)
        // Published again once the workspace is in the index (before its "indexed" message), version kept.
        #expect(before.filter { Self.isPublish($0, uri) }.count >= 2)
        #expect(before.last { Self.isPublish($0, uri) }?["params"]?["version"] == 1)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aFileOpenedWhileTheWorkspaceIsPublishedDoesNotWaitForTheRest() throws {
        let root = try Self.workspace(files: Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        // Slices of 2 documents: the publication takes a hundred turns of the queue, so the open reaches the
        // server long before the last one however late the client reads the first (output is written
        // asynchronously, so it may read it several slices after it was made).
        var options = ServerOptions(logToStderr: false)
        options.publishSliceSize = 2
        let client = ServerTestClient.inProcess(options: options)
        client.initialize(rootURI: root.absoluteString)
        // The first file of the workspace published: the index is ready and its files are going out.
        _ = try #require(client.takeThrough(timeout: Self.patience) {
            $0["method"]?.stringValue == "textDocument/publishDiagnostics"
                && $0["params"]?["uri"]?.stringValue?.hasPrefix(root.absoluteString) == true
        })
        let uri = "untitled:harbour"
        client.open(uri, Self.note)
        let (before, _) = try #require(client.takeThrough(timeout: Self.patience, Self.isIndexedLog))
        #expect(before.contains { Self.isPublish($0, uri) })
        #expect(client.shutdownAndExit() == 0)
    }
}
