import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// Inlay hints: one after each claim (not after a year), at the figure's end in the negotiated encoding,
/// reading and source status, each part switchable in settings.
@Suite struct ServerInlayHintTests {
    static let lines = [
        "In Zürich 😀 the agency counted 12,500 refugees at the border.",
        "According to the Red Cross, 3,000 tents were delivered.",
        "Experts say about 40% of the wells are dry in 2023.",
    ]
    static let text = lines.joined(separator: "\n") + "\n"

    static func column(_ prefix: String, _ encoding: String) -> Int {
        encoding == "utf-8" ? prefix.utf8.count : prefix.utf16.count
    }

    static func hints(_ client: ServerTestClient, _ uri: String, _ range: LSPAny = .range(0, 0, 9, 0)) -> [LSPAny] {
        client.request("textDocument/inlayHint", ["textDocument": ["uri": .string(uri)], "range": range])?["result"]?.arrayValue ?? []
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func eachClaimGetsItsReadingAndSourceAtItsEnd(encoding: String) throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: ["general": ["positionEncodings": [.string(encoding)]]])
        let uri = "untitled:hints"
        client.open(uri, Self.text)
        let hints = Self.hints(client, uri)
        #expect(hints.map { $0["label"]?.stringValue ?? "" } == [
            "12.5k · unsourced", "3k · International Committee of the Red Cross", "≈40% · vague source",
        ])
        #expect(hints.map { $0["position"] } == [
            .position(0, Self.column("In Zürich 😀 the agency counted 12,500 refugees", encoding)),
            .position(1, Self.column("According to the Red Cross, 3,000 tents", encoding)),
            .position(2, Self.column("Experts say about 40%", encoding)),
        ])
        #expect(hints.allSatisfy { $0["paddingLeft"] == true })
        #expect(hints[2]["tooltip"]?.stringValue?.contains("Experts say") == true)
        // A range asks for the hints inside it only.
        #expect(Self.hints(client, uri, .range(1, 0, 2, 0)).map { $0["label"] } == ["3k · International Committee of the Red Cross"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func partsFollowTheSettingsAsTheyChange() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(options: ["annotd": ["inlayHints": ["sources": false]]])
        let uri = "untitled:settings"
        client.open(uri, Self.text)
        #expect(Self.hints(client, uri).map { $0["label"] } == ["12.5k", "3k", "≈40%"])
        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": ["inlayHints": ["figures": false]]]])
        #expect(Self.hints(client, uri).map { $0["label"] } == ["unsourced", "International Committee of the Red Cross", "vague source"])
        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": ["inlayHints": ["figures": false, "sources": false]]]])
        #expect(Self.hints(client, uri).isEmpty)
        // A typo is refused with a message and the previous settings stay.
        client.notify("workspace/didChangeConfiguration", ["settings": ["annotd": ["inlayHints": ["figure": true]]]])
        let shown = try #require(client.notification("window/showMessage"))
        #expect(shown["params"]?["message"]?.stringValue?.contains("inlayHints.figure") == true)
        #expect(Self.hints(client, uri).isEmpty)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func theProjectFileSetsHintsFromTheStart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotd-hints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"inlayHints": {"figures": false}}"#.utf8).write(to: dir.appendingPathComponent(".annotd.json"))
        let file = dir.appendingPathComponent("h.txt")
        try Data(Self.text.utf8).write(to: file)
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: dir.absoluteString)
        client.open(file.absoluteString, Self.text)
        #expect(Self.hints(client, file.absoluteString).first?["label"] == "unsourced")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func unknownDocumentsAndWildRangesGiveNoHintsAndNoCrash() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("untitled:wild", Self.text)
        #expect(Self.hints(client, "untitled:nothing").isEmpty)
        #expect(Self.hints(client, "untitled:wild", .range(50, 0, -4, -1)).count == 3)
        #expect(Self.hints(client, "untitled:wild", .range(90, 0, 99, 0)).isEmpty)
        #expect(client.request("textDocument/inlayHint", ["textDocument": ["uri": "untitled:wild"]])?["error"]?["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }
}
