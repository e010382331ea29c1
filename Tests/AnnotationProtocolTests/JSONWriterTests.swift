import Foundation
import Testing
import AnnotationProtocol

/// What `JSONWriter` writes for diagnostics and hovers must be the JSON `JSONEncoder` writes: the same members
/// and values once parsed. (Not the same bytes: this platform's encoder writes an object's members in hash
/// order, which changes from run to run; JSON gives member order no meaning.)
@Suite struct JSONWriterTests {
    func parsed(_ data: Data) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject)
    }

    /// Parsed alike by Foundation and by `LSPAny` (which tells ints from doubles).
    func expectSameJSON(_ written: Data, _ encoded: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try parsed(written) == (try parsed(encoded)), sourceLocation: sourceLocation)
        let a = try JSONDecoder().decode(LSPAny.self, from: written)
        let b = try JSONDecoder().decode(LSPAny.self, from: encoded)
        #expect(a == b, sourceLocation: sourceLocation)
    }

    static let awkward = "a \"quoted\" back\\slash, a/slash, tab\tnew\nline\r, bell\u{07}, nul\u{00}, esc\u{1B}, \u{7F}, é, 😀, \u{2028}"

    static func range(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> LSPRange {
        LSPRange(start: Position(line: a, character: b), end: Position(line: c, character: d))
    }

    static let full = Diagnostic(
        range: range(3, 14, 3, 27), severity: 2, code: "figure-conflict",
        codeDescription: CodeDescription(href: "https://example.org/rules/figure-conflict"), source: "annotd",
        message: "The figure \"1.2 million\" conflicts with 2 other figures:\n" + awkward,
        relatedInformation: [
            DiagnosticRelatedInformation(location: Location(uri: "file:///news/a%20b/x.txt", range: range(0, 0, 0, 4)),
                                         message: "stated as 1,500,000 here"),
            DiagnosticRelatedInformation(location: Location(uri: "file:///news/y.md", range: range(120, 3, 121, 0)),
                                         message: awkward),
        ],
        data: ["kind": "count", "values": [1_200_000, -3, 2.5, 3.0, 1e300, 1e-7, 0.1, true, false, nil],
               "nested": ["empty": [], "object": [:], "text": .string(awkward)], "nan": .double(.nan),
               "big": .int(Int.max), "small": .int(Int.min)])

    static let bare = Diagnostic(range: range(0, 0, 0, 1), severity: nil, code: nil, codeDescription: nil,
                                 source: nil, message: "", relatedInformation: nil, data: nil)

    @Test func diagnosticsAreWrittenAsTheEncoderWritesThem() throws {
        for version in [nil, 0, 7] as [Int?] {
            for diagnostics in [[], [Self.full], [Self.bare, Self.full, Self.bare]] {
                let params = PublishDiagnosticsParams(uri: "file:///news/" + Self.awkward, version: version,
                                                      diagnostics: diagnostics)
                let written = OutgoingMessage.notification(method: "textDocument/publishDiagnostics", written: params)
                let encoded = OutgoingMessage.notification(method: "textDocument/publishDiagnostics", params: params)
                try expectSameJSON(written, encoded)
            }
        }
    }

    @Test func hoverResponsesAreWrittenAsTheEncoderWritesThem() throws {
        let hovers: [Hover?] = [
            Hover(contents: .markdown("**1.2 million** people\n\n" + Self.awkward), range: Self.range(2, 5, 2, 16)),
            Hover(contents: MarkupContent(kind: "plaintext", value: "x"), range: nil),
            nil,
        ]
        for id in [RequestID.int(0), .int(-4), .int(981_234), .string("req-\"1\"")] {
            for hover in hovers {
                let written = OutgoingMessage.response(id: id, written: hover)
                let encoded = OutgoingMessage.response(id: id, result: hover)
                try expectSameJSON(written, encoded)
            }
        }
    }

    @Test func numbersAreWrittenAsJSONNumbers() throws {
        let ints = [0, 9, 10, -1, -10, 1_234_567, Int.max, Int.min]
        let doubles = [0.5, -2.25, 3.0, -0.0, 1e300, 1e-7, 123456.789, Double.infinity]
        var json = JSONWriter()
        json.beginArray()
        for i in ints { json.int(i) }
        for d in doubles { json.double(d) }
        json.endArray()
        let encoded = try JSONEncoder().encode(ints.map(LSPAny.int) + doubles.map(LSPAny.double))
        try expectSameJSON(json.data, encoded)
        #expect(String(decoding: json.data, as: UTF8.self).hasPrefix("[0,9,10,-1,-10,1234567,9223372036854775807,-9223372036854775808,0.5,-2.25,3,"))
        #expect(String(decoding: json.data, as: UTF8.self).hasSuffix(",null]"))
    }

    @Test func commasSeparateMembersAndElementsAtEveryDepth() {
        var json = JSONWriter()
        json.beginObject()
        json.key("a")
        json.beginArray()
        json.beginObject()
        json.endObject()
        json.beginArray()
        json.endArray()
        json.null()
        json.endArray()
        json.key("b")
        json.bool(false)
        json.key(escaping: "c\"d")
        json.string("")
        json.endObject()
        #expect(String(decoding: json.data, as: UTF8.self) == #"{"a":[{},[],null],"b":false,"c\"d":""}"#)
    }
}
