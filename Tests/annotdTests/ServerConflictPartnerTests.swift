import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// A keystroke in a buffer moves its figures by bytes; a file whose conflict findings name them has its
/// findings computed again only when what the client is shown of them changes (their line or column, or what
/// they say). After every edit, what the client last received for it must be what the server computes from
/// scratch. (Whether it was sent says nothing: a publication found unchanged is not sent. An open partner's
/// findings as last written, with the conflict revision they were computed at, show whether they were.)
@Suite struct ServerConflictPartnerTests {
    static let partner = "Norland supplied several hundred thousand shells to Estland, officials think.\n"
    static let lines = [
        "Trade talks resumed on Tuesday.\n",
        "Norland supplied nearly 6 million shells to Estland in the spring.\n",
        "The talks went on late.\n",
    ]
    static var base: String { lines.joined() }

    /// Each version, edited from the one before, and whether the partner's findings read otherwise after it
    /// (nil: not asserted).
    static let versions: [(text: String, partnerChanges: Bool?)] = [
        // Typed on the line after the figure's, and deleted.
        (lines[0] + lines[1] + "The talks went on very late.\n", false),
        (base, false),
        // Typed on the line before it: the figure moves by bytes, its line and column stay.
        ("Trade talks resumed late on Tuesday.\n" + lines[1] + lines[2], false),
        (base, false),
        // Typed on its line, before it: its column moves.
        (lines[0] + "Norland quietly supplied nearly 6 million shells to Estland in the spring.\n" + lines[2], true),
        (base, true),
        // Typed on its line, after it.
        (lines[0] + "Norland supplied nearly 6 million shells to Estland in the spring, again.\n" + lines[2], nil),
        (base, nil),
        // A line break before it: its line moves.
        ("\n" + base, true),
        (base, true),
        // What it says changes.
        (lines[0] + "Norland supplied nearly 7 million shells to Estland in the spring.\n" + lines[2], true),
        (base, true),
    ]

    @Test(arguments: [false, true])
    func aPartnerIsComputedAgainOnlyWhenWhatItShowsChanges(partnerOpen: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-partner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.base.utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data(Self.partner.utf8).write(to: root.appendingPathComponent("b.txt"))
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: root.absoluteString)
        _ = client.notification("window/logMessage") { $0["params"]?["message"]?.stringValue?.hasPrefix("indexed") == true }
        let uriA = root.appendingPathComponent("a.txt").absoluteString
        let uriB = root.appendingPathComponent("b.txt").absoluteString
        let idB = root.appendingPathComponent("b.txt").path
        if partnerOpen { client.open(uriB, Self.partner) }
        client.open(uriA, Self.base)
        client.settle()
        let conflict = try #require(try client.freshDiagnostics(idB))
        #expect(conflict.arrayValue?.contains { $0["code"] == "conflicting-figure" } == true)
        func computedAt() -> Int? { client.serverState { $0.writtenFindings[idB]?.parts.conflictRevision } ?? nil }
        var recomputed = 0
        for (k, version) in Self.versions.enumerated() {
            let before = computedAt()
            client.sendBodies([client.changeBody(uriA, version: k + 2, [["text": .string(version.text)]])])
            client.settle()
            let expected = try #require(try client.freshDiagnostics(idB))
            #expect(client.lastPublished(uri: uriB) == expected, "b.txt after a.txt became: \(version.text)")
            if partnerOpen, let changes = version.partnerChanges {
                #expect((computedAt() != before) == changes, "b.txt computed again after: \(version.text)")
                if computedAt() != before { recomputed += 1 }
            }
        }
        #expect(!partnerOpen || recomputed > 0)
        #expect(client.shutdownAndExit() == 0)
    }
}
