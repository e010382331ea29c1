import Testing
import AnnotationProtocol
@testable import annotd

/// Semantic tokens decode, in the negotiated encoding, to exactly the figures, cues and actors of the text:
/// no overlaps (an actor inside a cue splits the cue), no token across a line break.
@Suite struct ServerSemanticTokenTests {
    static let lines = [
        "In Zürich 😀 the agency counted 12,500 refugees at the border in 2023.",
        "According to figures from",
        "the Red Cross, 3,000 tents were delivered.",
        "Experts say about 40% of the wells are dry.",
        "President Amara Diallo said Ghana sent 200 trucks.",
    ]
    static let text = lines.joined(separator: "\n") + "\n"

    struct Token: Equatable, CustomStringConvertible {
        var line: Int
        var text: String
        var type: String
        var modifiers: [String]
        var description: String { "\(line):\(text) \(type)\(modifiers.isEmpty ? "" : "." + modifiers.joined(separator: "."))" }
    }

    static let expected: [Token] = [
        Token(line: 0, text: "12,500 refugees", type: "number", modifiers: ["claim", "unsourced"]),
        Token(line: 0, text: "2023", type: "number", modifiers: []),
        Token(line: 1, text: "According to figures from", type: "decorator", modifiers: []),
        Token(line: 2, text: "the", type: "decorator", modifiers: []),
        Token(line: 2, text: "Red Cross", type: "namespace", modifiers: []),
        Token(line: 2, text: "3,000 tents", type: "number", modifiers: ["claim"]),
        Token(line: 3, text: "Experts say", type: "decorator", modifiers: ["vague"]),
        Token(line: 3, text: "about 40%", type: "number", modifiers: ["claim", "vague"]),
        Token(line: 4, text: "President", type: "decorator", modifiers: []),
        Token(line: 4, text: "Amara Diallo", type: "class", modifiers: []),
        Token(line: 4, text: "said", type: "decorator", modifiers: []),
        Token(line: 4, text: "Ghana", type: "enum", modifiers: []),
        Token(line: 4, text: "200 trucks", type: "number", modifiers: ["claim"]),
    ]

    /// Undoes LSP's relative encoding and reads each token's text back through the encoding's code units.
    static func decode(_ data: [Int], encoding: String, legend: LSPAny) -> [Token] {
        let types = legend["tokenTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let modifiers = legend["tokenModifiers"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var out: [Token] = []
        var line = 0, start = 0
        for i in stride(from: 0, to: data.count - 4, by: 5) {
            line += data[i]
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1]
            let length = data[i + 2]
            let source = lines[line]
            let text: String
            if encoding == "utf-8" {
                text = String(decoding: Array(source.utf8)[start..<start + length], as: UTF8.self)
            } else {
                text = String(decoding: Array(source.utf16)[start..<start + length], as: UTF16.self)
            }
            let mods = modifiers.enumerated().filter { data[i + 4] & (1 << $0.offset) != 0 }.map(\.element)
            out.append(Token(line: line, text: text, type: types[data[i + 3]], modifiers: mods))
        }
        return out
    }

    static func data(_ response: LSPAny?) -> [Int] {
        response?["result"]?["data"]?.arrayValue?.compactMap(\.intValue) ?? []
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func fullDocumentTokensDecodeToTheExpectedSpans(encoding: String) throws {
        let client = ServerTestClient.inProcess()
        let result = try #require(client.initialize(capabilities: ["general": ["positionEncodings": [.string(encoding)]]]))
        let legend = try #require(result["capabilities"]?["semanticTokensProvider"]?["legend"])
        let uri = "untitled:tokens"
        client.open(uri, Self.text)
        let data = Self.data(client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(uri)]]))
        #expect(data.count % 5 == 0)
        #expect(Self.decode(data, encoding: encoding, legend: legend) == Self.expected)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test(arguments: ["utf-16", "utf-8"])
    func aRangeGetsItsOwnTokensCountedFromTheDocumentStart(encoding: String) throws {
        let client = ServerTestClient.inProcess()
        let result = try #require(client.initialize(capabilities: ["general": ["positionEncodings": [.string(encoding)]]]))
        let legend = try #require(result["capabilities"]?["semanticTokensProvider"]?["legend"])
        let uri = "untitled:range"
        client.open(uri, Self.text)
        let data = Self.data(client.request("textDocument/semanticTokens/range",
                                            ["textDocument": ["uri": .string(uri)], "range": .range(2, 0, 4, 0)]))
        #expect(data.first == 2) // the first token's line is relative to the document start
        #expect(Self.decode(data, encoding: encoding, legend: legend) == Array(Self.expected[3...7]))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func unknownDocumentsAndBadRangesGiveEmptyOrErrorsNeverACrash() {
        let client = ServerTestClient.inProcess()
        client.initialize()
        client.open("untitled:t", Self.text)
        #expect(Self.data(client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "untitled:none"]])).isEmpty)
        #expect(Self.data(client.request("textDocument/semanticTokens/range",
                                         ["textDocument": ["uri": "untitled:t"], "range": .range(99, 0, 120, 3)])).isEmpty)
        #expect(Self.data(client.request("textDocument/semanticTokens/range",
                                         ["textDocument": ["uri": "untitled:t"], "range": .range(4, 0, -1, -1)])).count == 5 * 8)
        #expect(client.request("textDocument/semanticTokens/range", ["textDocument": ["uri": "untitled:t"]])?["error"]?["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }
}

extension ServerSemanticTokenTests {
    @Test func aSurnameAloneTakesItsKindFromTheWorkspace() throws {
        let client = ServerTestClient.inProcess()
        let result = try #require(client.initialize())
        let legend = try #require(result["capabilities"]?["semanticTokensProvider"]?["legend"])
        client.open("untitled:full", "Minister Amara Diallo arrived on Monday.\n")
        client.open("untitled:short", "Diallo left early.\n")
        let data = Self.data(client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "untitled:short"]]))
        let types = legend["tokenTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(data.count == 5)
        #expect(data.count == 5 && types[data[3]] == "class")
        #expect(client.shutdownAndExit() == 0)
    }
}
