import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Conflicts with files the user has not opened (issue 5): the workspace folder is indexed on initialize.
@Suite struct ServerUnopenedConflictTests {
    static let a = "Norland supplied nearly 6 million shells to Estland in the spring.\n"
    static let b = "Norland supplied several hundred thousand shells to Estland, officials think.\n"

    func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-conflict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(Self.a.utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data(Self.b.utf8).write(to: root.appendingPathComponent("b.txt"))
        return root
    }

    func codes(_ n: LSPAny?) -> [String] {
        (n?["params"]?["diagnostics"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
    }

    @Test func aConflictWithAnUnopenedFileIsPublishedAndAnEditElsewhereClearsIt() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let uriA = root.appendingPathComponent("a.txt").absoluteString
        let uriB = root.appendingPathComponent("b.txt").absoluteString
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }

        client.open(uriA, Self.a)
        let first = client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"] == .string(uriA) && self.codes($0).contains("conflicting-figure")
        }
        #expect(first != nil, "a.txt should conflict with the unopened b.txt")

        // Open b.txt and edit the figure away: a.txt is re-published without the conflict.
        client.open(uriB, Self.b, version: 1)
        client.sendBodies([client.changeBody(uriB, version: 2, [["text": "Norland and Estland met.\n"]])])
        let cleared = client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"] == .string(uriA) && !self.codes($0).contains("conflicting-figure")
        }
        #expect(cleared != nil, "the edit in b.txt should clear a.txt's conflict")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func settingsRightAfterInitializedDoNotLoseTheWorkspace() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let uriA = root.appendingPathComponent("a.txt").absoluteString
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        // No pause: settings arrive while the first indexing is still running (Kate does this).
        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": [:]]])
        client.open(uriA, Self.a)
        let withConflict = client.notification("textDocument/publishDiagnostics") {
            $0["params"]?["uri"] == .string(uriA) && self.codes($0).contains("conflicting-figure")
        }
        #expect(withConflict != nil)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func theEngineSeesTheConflictSoTheseTestsAreNotVacuous() {
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText(Self.a), id: "a.txt"))
        index.update(Analyzer().analyze(SourceText(Self.b), id: "b.txt"))
        #expect(RuleEngine().findings(for: "a.txt", in: index).contains { $0.code == "conflicting-figure" })
    }
}
