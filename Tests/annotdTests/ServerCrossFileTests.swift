import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Findings that depend on other documents: a change in one re-publishes the others it affects, and
/// related locations point into the other document with its own URI and positions.
@Suite struct ServerCrossFileTests {
    static let a = "North Korea supplied nearly 6 million rounds to Russia.\n"
    static let b = "😀 中文: North Korea supplied several hundred thousand shells to Russia.\n"

    static func expected(for id: String) -> [Finding] {
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText(a), id: "/tmp/x/a.txt"))
        index.update(Analyzer().analyze(SourceText(b), id: "/tmp/x/b.txt"))
        return RuleEngine().findings(for: id, in: index)
    }

    func diagnostics(_ n: LSPAny?) -> [LSPAny] { n?["params"]?["diagnostics"]?.arrayValue ?? [] }

    @Test func openingASecondDocumentRepublishesTheFirstWithRelatedLocations() throws {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let uriA = "file:///tmp/x/a.txt", uriB = "file:///tmp/x/b.txt"
        client.open(uriA, Self.a)
        _ = client.notification("textDocument/publishDiagnostics") { $0["params"]?["uri"] == .string(uriA) }
        client.open(uriB, Self.b, version: 4)
        let forB = try #require(client.notification("textDocument/publishDiagnostics") { $0["params"]?["uri"] == .string(uriB) })
        let expectedB = Self.expected(for: "/tmp/x/b.txt")
        #expect(forB["params"]?["version"] == 4)
        #expect(diagnostics(forB).count == expectedB.count)

        let expectedA = Self.expected(for: "/tmp/x/a.txt")
        let relatedA = expectedA.flatMap(\.related)
        if !relatedA.isEmpty {
            // a.txt gained findings because of b.txt: it is re-published, pointing into b.txt.
            let forA = try #require(client.notification("textDocument/publishDiagnostics") { $0["params"]?["uri"] == .string(uriA) })
            #expect(diagnostics(forA).count == expectedA.count)
            let related = diagnostics(forA).flatMap { $0["relatedInformation"]?.arrayValue ?? [] }
            #expect(related.count == relatedA.count)
            let textB = SourceText(Self.b)
            for (wire, r) in zip(related, relatedA) {
                #expect(wire["location"]?["uri"] == .string(r.document == "/tmp/x/b.txt" ? uriB : uriA))
                #expect(wire["message"] == .string(r.message))
                if r.document == "/tmp/x/b.txt" {
                    let range = textB.lspRange(r.range, .utf16)
                    #expect(wire["location"]?["range"] == .range(range.start.line, range.start.character, range.end.line, range.end.character))
                }
            }
        }

        // Closing b.txt (not a workspace file) clears it and re-publishes a.txt without it.
        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uriB)]])
        client.sync()
        let after = client.pending.filter { $0["method"] == "textDocument/publishDiagnostics" }
        if !expectedB.isEmpty {
            #expect(after.contains { $0["params"]?["uri"] == .string(uriB) && diagnostics($0).isEmpty })
        }
        if !relatedA.isEmpty {
            let republished = try #require(after.last { $0["params"]?["uri"] == .string(uriA) })
            #expect(diagnostics(republished).allSatisfy { $0["relatedInformation"] == nil })
        }
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func theEngineReportsTheSeedConflictSoTheTestAboveIsNotVacuous() {
        // If the engine stops finding this conflict, the test above silently checks less; say so here.
        #expect(!Self.expected(for: "/tmp/x/a.txt").flatMap(\.related).isEmpty)
    }
}
