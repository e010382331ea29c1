import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// A finding's `data` is written straight from the engine's `JSONValue` (`writeLSP`) when the server publishes
/// diagnostics; the bytes must be those of the `LSPAny` it used to be converted to, which other requests
/// (pull diagnostics, code actions) still send.
@Suite struct DiagnosticDataWriterTests {
    static func viaLSPAny(_ value: JSONValue) -> [UInt8] {
        var json = JSONWriter()
        LSPAny(value).writeJSON(into: &json)
        return json.bytes
    }

    static func direct(_ value: JSONValue) -> [UInt8] {
        var json = JSONWriter()
        value.writeLSP(into: &json)
        return json.bytes
    }

    static let values: [JSONValue] = [
        .null, .bool(true), .number(3), .number(-2), .number(2.5), .number(1e16), .number(-0.0), .number(9e15 - 1),
        .string("quote \" backslash \\ tab \t control \u{1} curly “x” café"),
        .array([]), .object([]),
        // Keys out of order, a key twice (the last value stays, under the first spelling), keys that sort by
        // their scalars rather than their bytes, nesting.
        .object([("z", .number(1)), ("a", .array([.number(1.25), .string("b"), .object([("y", .null), ("x", .bool(false))])])),
                 ("m", .string("first")), ("m", .string("second")), ("É", .number(0)), ("e", .number(7)), ("\u{65}\u{301}", .null)]),
        .object([("actor", .object([("name", .string("Ivo Brandt")), ("kind", .string("person")),
                                    ("aliases", .array([.string("Brandt")])), ("mentions", .number(4)), ("files", .number(2))]))]),
    ]

    @Test func theseValuesAreWrittenAsTheirLSPAnyIs() {
        for value in Self.values {
            #expect(Self.direct(value) == Self.viaLSPAny(value), "\(value)")
        }
    }

    @Test func everyFindingsDataOfTheSeedsIsWrittenAsItsLSPAnyIs() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let options = try LintOptions.parse(["--no-config", seeds.path])
        let run = try LintRun.prepare(options, stdin: { Data() })
        var checked = 0
        for id in run.order {
            for f in run.findings(id) {
                guard let data = f.data else { continue }
                #expect(Self.direct(data) == Self.viaLSPAny(data), "\(id): \(f.code)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
