import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Edits that make a buffer start or stop writing names re-publish only the files whose findings can
/// change (`ActorDirectory.update`); once the ripple has run, what the client last received for every file
/// of the workspace must be what the server computes for it from scratch.
@Suite struct ServerActorRippleTests {
    static let others = [
        ("b.txt", "Kowalczyk told reporters that Norland would wait. Anna Berg agreed.\n"),
        ("c.txt", "Marta Kowalczyk left Norland on Monday, said the Norland Times.\n"),
        ("d.txt", "Berg arrived late. Marta spoke first, and Kim Jong Un listened.\n"),
        ("e.txt", "Kim Jong-un met Marta Kowalczyk in Norland.\n"),
        ("f.txt", "Norland voted on Sunday.\n"),
        ("g.txt", "Peter Lund spoke to Marta Kowalczyk. Lund left.\n"),
    ]

    // Every version writes a name the one before did not, or drops one: such an edit re-publishes every
    // file whose findings it changes, so after each one the client holds every file's current findings.
    static let versions = [
        "Norland signed the deal, Kowalczyk said.\n",
        "Norland signed the deal, Peter Kowalczyk said.\n",
        "Norland signed the deal, Peter Kowalczyk said. Anna Berg smiled.\n",
        "Norland signed the deal. Anna Berg smiled.\n",
        "Norland signed the deal. Anna Berg smiled at Marta Lund.\n",
        "Norland signed the deal, Kim Jong-un said.\n",
        "In Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n",
        "Anna Berg says that in Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n",
        "Kim Jong Un said it.\n",
        "Norland signed the deal.\n",
    ]

    @Test func afterTheRippleEveryFileShowsWhatAFreshComputationSays() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-actor-ripple-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text) in Self.others + [("a.txt", Self.versions[0])] {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }
        let uriA = root.appendingPathComponent("a.txt").absoluteString
        client.open(uriA, Self.versions[0])
        var version = 1
        var checked = 0
        for text in Self.versions.dropFirst() {
            version += 1
            client.sendBodies([client.changeBody(uriA, version: version, [["text": .string(text)]])])
            client.settle()
            for name in (Self.others + [("a.txt", "")]).map(\.0) {
                let id = root.appendingPathComponent(name).path
                let uri = root.appendingPathComponent(name).absoluteString
                let expected = try #require(try client.freshDiagnostics(id))
                let shown = client.lastPublished(uri: uri)
                #expect(shown == expected, "\(name) after a.txt became: \(text)")
                if !(expected.arrayValue ?? []).isEmpty { checked += 1 }
            }
        }
        #expect(checked > 0)
        #expect(client.shutdownAndExit() == 0)
    }
}
