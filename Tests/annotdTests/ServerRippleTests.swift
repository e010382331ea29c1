import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// An edit that changes what other files' findings say (here: how many files name an actor) publishes the
/// edited buffer first and the unopened files after it, a few at a time between messages — and all of them.
@Suite struct ServerRippleTests {
    @Test func unopenedFilesFollowTheEditedBuffer() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-ripple-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // Unopened files each naming Norway: more than one turn of the ripple publishes.
        let count = 150
        let fileURIs = (0..<count).map { root.appendingPathComponent(String(format: "f%03d.txt", $0)) }
        for url in fileURIs { try Data("Norway built 7 bridges last year.\n".utf8).write(to: url) }
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }

        let uri = "untitled:notes"
        client.open(uri, "Nothing yet.\n")
        client.sync()
        // The buffer starts naming Norway: every file's named-actor finding now counts one more file.
        client.sendBodies([client.changeBody(uri, version: 2, [["text": "Norway spoke.\n"]])])
        let newCount = "in \(count + 1) files"
        func saysNewCount(_ n: LSPAny) -> Bool {
            (n["params"]?["diagnostics"]?.arrayValue ?? []).contains { $0["message"]?.stringValue?.contains(newCount) == true }
        }
        // The first publish that carries the new count is the edited buffer's.
        let first = client.notification("textDocument/publishDiagnostics") { saysNewCount($0) }
        #expect(first?["params"]?["uri"] == .string(uri))
        for url in fileURIs {
            let p = client.notification("textDocument/publishDiagnostics") {
                $0["params"]?["uri"] == .string(url.absoluteString) && saysNewCount($0)
            }
            #expect(p != nil, "\(url.lastPathComponent) was not re-published with the new count")
        }
        #expect(client.shutdownAndExit() == 0)
    }
}
