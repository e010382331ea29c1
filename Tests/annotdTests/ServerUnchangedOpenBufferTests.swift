import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// An open buffer that an edit of another buffer touches is sent again only when what it would be sent
/// differs from what it was sent last (`Server.send`, which keeps an open buffer's last body to compare).
@Suite struct ServerUnchangedOpenBufferTests {
    @Test func anOpenBufferIsNotSentAgainWhenAnEditElsewhereLeavesItsDiagnostics() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        let watched = "untitled:watched", edited = "untitled:edited"
        // Two buffers whose claims conflict: each edit of one looks at the other again.
        client.open(watched, "Norland spent $2 billion on roads in 2023.\n")
        client.open(edited, "Norland spent $90 million on roads in 2023.\n")
        client.sync()
        func publications(of uri: String) -> [LSPAny] {
            client.pending.filter {
                $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
            }
        }
        #expect(!publications(of: watched).isEmpty)
        while !client.pending.isEmpty { _ = client.takeThrough { _ in true } }

        // A sentence added after the conflicting claim: the watched buffer's conflict is found again, and it
        // would be sent what it was sent.
        client.sendBodies([client.changeBody(edited, version: 2, [["text": "Norland spent $90 million on roads in 2023. Rain fell.\n"]])])
        client.sync()
        #expect(!publications(of: edited).isEmpty)
        #expect(publications(of: watched).isEmpty)
        while !client.pending.isEmpty { _ = client.takeThrough { _ in true } }

        // The other claim's amount changes: the watched buffer's conflict says so, and it is sent that.
        client.sendBodies([client.changeBody(edited, version: 3, [["text": "Norland spent $95 million on roads in 2023.\n"]])])
        client.sync()
        let after = publications(of: watched)
        #expect(after.count == 1)
        #expect("\(after.first ?? .null)".contains("95"))
        _ = client.shutdownAndExit()
    }
}
