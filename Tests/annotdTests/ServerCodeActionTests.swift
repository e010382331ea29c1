import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Quick fixes: each returned edit, applied to the text as a client would, gives the expected text, and the
/// finding it fixes is gone afterwards.
@Suite struct ServerCodeActionTests {
    static let plain = """
        The council met on Monday.
        In Zürich the fleet burned 4,000 litres of fuel a day. Officials were pleased.

        """
    static let markdown = """
        # Fuel

        The fleet burned 4,000 litres of fuel a day. Officials were pleased.

        A second claim[^1] says 300 trucks arrived.

        [^1]: A ministry report.

        """
    static let names = """
        President Lee Jae Myung met the envoy, and Lee Jae Myung spoke first.
        Lee Jae Myung thanked the hosts. Later Lee Jae-myung left.
        Aides said Lee Jae-myung would return.

        """

    static func capabilities(encoding: String = "utf-16", versioned: Bool = true, showDocument: Bool = false) -> LSPAny {
        ["general": ["positionEncodings": [.string(encoding)]],
         "workspace": ["workspaceEdit": ["documentChanges": .bool(versioned)]],
         "window": ["showDocument": ["support": .bool(showDocument)]]]
    }

    static func codeActions(_ client: ServerTestClient, _ uri: String, _ range: LSPAny, only: [String]? = nil) -> [LSPAny] {
        var context: [String: LSPAny] = ["diagnostics": []]
        if let only { context["only"] = .array(only.map { .string($0) }) }
        return client.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": range,
                                                          "context": .object(context)])?["result"]?.arrayValue ?? []
    }

    static func action(_ actions: [LSPAny], titled prefix: String) -> LSPAny? {
        actions.first { $0["title"]?.stringValue?.hasPrefix(prefix) == true }
    }

    /// Columns of `needle` in `line` in an encoding (to build request ranges on a non-ASCII line).
    static func column(_ prefix: String, _ encoding: String) -> Int {
        switch encoding {
        case "utf-8": return prefix.utf8.count
        case "utf-32": return prefix.unicodeScalars.count
        default: return prefix.utf16.count
        }
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func citationPlaceholderGoesInsideThePlainSentence(encoding: String) throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities(encoding: encoding))
        let uri = "untitled:plain-\(encoding)"
        client.open(uri, Self.plain, version: 7)
        let col = Self.column("In Zürich the fleet burned 4,0", encoding)
        let actions = Self.codeActions(client, uri, .range(1, col, 1, col))
        let fix = try #require(Self.action(actions, titled: "Add “[citation needed]”"))
        #expect(fix["kind"] == "quickfix")
        #expect(fix["isPreferred"] == true)
        #expect(fix["diagnostics"]?[0]?["code"] == "unsourced-figure")
        #expect(LSPEdits.edits(fix["edit"], uri: uri).version == 7)
        let fixed = try #require(LSPEdits.apply(fix["edit"], uri: uri, to: Self.plain, encoding: ColumnEncoding(rawValue: encoding)!))
        #expect(fixed == Self.plain.replacingOccurrences(of: "a day.", with: "a day [citation needed]."))
        // The other actions on this finding: a suppression, and nothing preferred besides the citation.
        #expect(actions.filter { $0["isPreferred"] == true }.count == 1)
        #expect(Self.action(actions, titled: "Suppress unsourced-figure") != nil)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func markdownGetsAnUnusedFootnoteAndTheFindingGoes() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities())
        let uri = "untitled:notes.md"
        client.open(uri, Self.markdown, languageId: "markdown")
        let fix = try #require(Self.action(Self.codeActions(client, uri, .range(2, 20, 2, 20)), titled: "Add a footnote [^2]"))
        let fixed = try #require(LSPEdits.apply(fix["edit"], uri: uri, to: Self.markdown))
        #expect(fixed == """
            # Fuel

            The fleet burned 4,000 litres of fuel a day[^2]. Officials were pleased.

            A second claim[^1] says 300 trucks arrived.

            [^1]: A ministry report.

            [^2]:

            """)
        // The footnote reference is a citation: with the fix applied, the finding is gone.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                 "contentChanges": [["text": .string(fixed)]]])
        let after = Self.codeActions(client, uri, .range(2, 20, 2, 20))
        #expect(!after.contains { $0["diagnostics"]?[0]?["code"] == "unsourced-figure" })
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aFootnoteAtTheVeryEndIsOneEdit() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities())
        let uri = "untitled:end.md", text = "The depot holds 9,000 tonnes of grain"
        client.open(uri, text, languageId: "markdown")
        let fix = try #require(Self.action(Self.codeActions(client, uri, .range(0, 17, 0, 17)), titled: "Add a footnote [^1]"))
        #expect(LSPEdits.edits(fix["edit"], uri: uri).edits.count == 1)
        #expect(LSPEdits.apply(fix["edit"], uri: uri, to: text) == text + "[^1]\n\n[^1]:\n")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func variantIsRespelledHereOrThroughoutTheFile() throws {
        let client = ServerTestClient.inProcess()
        // No documentChanges support: the edit comes as plain `changes`.
        client.initialize(capabilities: Self.capabilities(versioned: false))
        let uri = "untitled:names"
        client.open(uri, Self.names)
        let actions = Self.codeActions(client, uri, .range(1, 40, 1, 40))
        let one = try #require(Self.action(actions, titled: "Spell ‘Lee Jae-myung’ as ‘Lee Jae Myung’"))
        #expect(one["isPreferred"] == true)
        #expect(one["edit"]?["documentChanges"] == nil)
        #expect(LSPEdits.apply(one["edit"], uri: uri, to: Self.names) == """
            President Lee Jae Myung met the envoy, and Lee Jae Myung spoke first.
            Lee Jae Myung thanked the hosts. Later Lee Jae Myung left.
            Aides said Lee Jae-myung would return.

            """)
        let all = try #require(Self.action(actions, titled: "Spell all 2 variants"))
        #expect(all["isPreferred"] == nil)
        #expect(LSPEdits.apply(all["edit"], uri: uri, to: Self.names) == Self.names.replacingOccurrences(of: "Jae-myung", with: "Jae Myung"))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test(arguments: [("plaintext", "untitled:s", "annotd-disable-next-line unsourced-figure"),
                      ("markdown", "untitled:s.md", "<!-- annotd-disable-next-line unsourced-figure -->")])
    func suppressionLineSilencesTheFinding(languageId: String, uri: String, directive: String) throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities())
        let text = "Intro line.\n  The fleet burned 4,000 litres of fuel a day.\n"
        client.open(uri, text, languageId: languageId)
        let fix = try #require(Self.action(Self.codeActions(client, uri, .range(1, 20, 1, 20)), titled: "Suppress unsourced-figure"))
        #expect(fix["isPreferred"] == nil)
        let fixed = try #require(LSPEdits.apply(fix["edit"], uri: uri, to: text))
        #expect(fixed == "Intro line.\n  \(directive)\n  The fleet burned 4,000 litres of fuel a day.\n")
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                 "contentChanges": [["text": .string(fixed)]]])
        // Silenced, and the directive is used (no unused-suppression hint on it).
        let everything = Self.codeActions(client, uri, .range(0, 0, 3, 0))
        #expect(!everything.contains { $0["diagnostics"]?[0]?["code"] == "unsourced-figure" })
        #expect(!everything.contains { $0["diagnostics"]?[0]?["code"] == "unused-suppression" })
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aSecondCodeJoinsTheDirectiveAboveAndAnUnusedOneCanBeRemoved() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities())
        let uri = "untitled:both"
        let text = "annotd-disable-next-line vague-source\nThe fleet burned 4,000 litres of fuel a day.\n"
        client.open(uri, text)
        let actions = Self.codeActions(client, uri, .range(1, 18, 1, 18))
        let fix = try #require(Self.action(actions, titled: "Suppress unsourced-figure"))
        #expect(LSPEdits.apply(fix["edit"], uri: uri, to: text)
            == "annotd-disable-next-line vague-source unsourced-figure\nThe fleet burned 4,000 litres of fuel a day.\n")
        // vague-source silences nothing here: its hint offers to remove the line.
        let unused = Self.codeActions(client, uri, .range(0, 3, 0, 3))
        let remove = try #require(Self.action(unused, titled: "Remove this unused suppression"))
        #expect(LSPEdits.apply(remove["edit"], uri: uri, to: text) == "The fleet burned 4,000 litres of fuel a day.\n")
        #expect(!unused.contains { $0["title"]?.stringValue?.hasPrefix("Suppress unused-suppression") == true })
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func conflictOffersToShowTheOtherFigures() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities(showDocument: true))
        let a = "file:///tmp/annotd-actions/a.txt", b = "file:///tmp/annotd-actions/b.txt"
        client.open(a, "Norland delivered about 2 million shells to Sudria.\n")
        client.open(b, "Norland delivered a few thousand shells to Sudria.\n")
        let actions = Self.codeActions(client, a, .range(0, 30, 0, 30))
        let show = try #require(Self.action(actions, titled: "Show the other figure"))
        let command = try #require(show["command"])
        #expect(command["command"] == "annotd.showOtherFigures")
        let location = try #require(command["arguments"]?[0])
        #expect(location["uri"] == .string(b))
        // Running it opens the other file at the figure, and returns the locations.
        let result = client.request("workspace/executeCommand", ["command": "annotd.showOtherFigures",
                                                                 "arguments": command["arguments"]!])
        #expect(result?["result"]?[0] == location)
        let shown = try #require(client.waitFor { $0["method"] == "window/showDocument" })
        #expect(shown["params"]?["uri"] == .string(b))
        #expect(shown["params"]?["selection"] == location["range"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func badRequestsGetNoActionsOrAnErrorAndTheServerLives() throws {
        let client = ServerTestClient.inProcess()
        client.initialize(capabilities: Self.capabilities())
        let uri = "untitled:bad"
        client.open(uri, Self.plain)
        #expect(Self.codeActions(client, "untitled:never-opened", .range(0, 0, 0, 1)).isEmpty)
        // Inverted, negative and far-out ranges clamp: no crash, whatever comes back is well-formed.
        _ = Self.codeActions(client, uri, .range(9, 0, -3, -8))
        _ = Self.codeActions(client, uri, .range(1_000_000, 5, 2_000_000, 0))
        #expect(Self.codeActions(client, uri, .range(1, 28, 1, 28), only: ["refactor"]).isEmpty)
        #expect(!Self.codeActions(client, uri, .range(1, 28, 1, 28), only: ["quickfix"]).isEmpty)
        let unknown = client.request("workspace/executeCommand", ["command": "annotd.nothing"])
        #expect(unknown?["error"]?["code"] == -32602)
        let noArgs = client.request("workspace/executeCommand", ["command": "annotd.showOtherFigures", "arguments": [1, "x"]])
        #expect(noArgs?["error"]?["code"] == -32602)
        let malformed = client.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)]])
        #expect(malformed?["error"]?["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }
}
