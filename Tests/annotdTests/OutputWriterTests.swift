import Foundation
import Testing
import AnnotationCore
@testable import annotd

/// The byte writers of `lint --format json|sarif|rdjsonl` and `annotd claims` against the tree-building
/// renderers they replaced (`OutputReference`): every byte must be the same, on texts written for this
/// test and on the repository's seeds.
@Suite struct OutputWriterTests {
    static let files: [String: String] = [
        "notes/budget.txt": LintTexts.unsourced,
        "wide.txt": LintTexts.wide,
        "vague.txt": LintTexts.vague,
        "a.txt": LintTexts.conflictA,
        "b.txt": LintTexts.conflictB,
        "clean.txt": LintTexts.clean,
        // Quotes, a backslash, a tab, a control character, curly quotes and non-ASCII letters in messages
        // and snippets; a Markdown file; names that JSON and URIs must escape.
        "odd \"name\"\\x.md": "# Rail\n\nThe \"C:\\depot\" office said\t1,200 workers left in 2023.\n\nSome experts say 300 trains\u{1}run late.\n",
        "café/über.txt": "Die Zeitung „Tagesblatt“ reported 45% of buses are late, officials said.\nThe city spent €3.5 million on 12 new trams.\n",
        "binary.txt": "a\u{0}b",
    ]

    static func run(_ paths: [String], in box: LintSandbox) throws -> LintRun {
        let options = try LintOptions.parse(["--no-config"] + paths.map { box.root.appendingPathComponent($0).path })
        return try LintRun.prepare(options, stdin: { Data() })
    }

    static func findings(_ run: LintRun) -> [(String, [Finding])] {
        run.order.map { ($0, run.findings($0)) }
    }

    static func expectSame(_ new: [UInt8], _ old: [UInt8], _ what: String) {
        #expect(!old.isEmpty)
        guard new != old else { return }
        let at = (0..<min(new.count, old.count)).first { new[$0] != old[$0] } ?? min(new.count, old.count)
        let around = { (b: [UInt8]) in String(decoding: b[max(0, at - 80)..<min(b.count, at + 80)], as: UTF8.self) }
        Issue.record("\(what): differs at byte \(at) of \(new.count) (was \(old.count)):\nnew …\(around(new))…\nold …\(around(old))…")
    }

    static func expectEveryFormatSame(_ run: LintRun, _ label: String) {
        let all = findings(run)
        #expect(all.contains { !$0.1.isEmpty }, "\(label): findings to write")
        expectSame(JSONFormat.render(run, all), OutputReference.json(run, all), "\(label) json")
        expectSame(SARIFFormat.render(run, all), OutputReference.sarif(run, all), "\(label) sarif")
        expectSame(RDJSONLFormat.render(run, all), OutputReference.rdjsonl(run, all), "\(label) rdjsonl")
        expectSame(ClaimsCommand.render(run), OutputReference.claims(run), "\(label) claims")
    }

    @Test func documentsAreTheBytesTheTreesGave() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let run = try Self.run(["."], in: box)
        #expect(!run.skipped.isEmpty, "the binary file is skipped, so SARIF has a notification")
        #expect(run.index.conflictSets().count > 0, "a conflict, so `others` get their ranges")
        Self.expectEveryFormatSame(run, "sandbox")
        // One file alone: its conflict partner is absent, and its figures have no `others`.
        Self.expectEveryFormatSame(try Self.run(["b.txt", "odd \"name\"\\x.md"], in: box), "two files")
    }

    @Test func seedsAreTheBytesTheTreesGave() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let run = try LintRun.prepare(try LintOptions.parse(["--no-config", seeds]), stdin: { Data() })
        #expect(run.order.count >= 4)
        Self.expectEveryFormatSame(run, "seeds")
    }

    /// A finding's `data` as the engine may shape it: the range goes after `path`, or first without one,
    /// or last when `path` is last; objects that have a range, other values and a count that does not match
    /// the related locations are written as they are.
    @Test func othersGetTheirRangeWhereTheTreeInsertedIt() throws {
        let box = try LintSandbox(Self.files)
        defer { box.remove() }
        let run = try Self.run(["a.txt", "b.txt"], in: box)
        let a = try #require(run.order.first)
        let b = try #require(run.order.last)
        let related = [RelatedLocation(document: b, range: 12..<30, message: "m"),
                       RelatedLocation(document: a, range: 0..<6, message: "m"),
                       RelatedLocation(document: "absent.txt", range: 3..<4, message: "m"),
                       RelatedLocation(document: a, range: 2..<3, message: "m"),
                       RelatedLocation(document: a, range: 4..<5, message: "m")]
        let others: JSONValue = .array([
            .object([("path", .string(b)), ("line", .number(2)), ("text", .string("x"))]),
            .object([("text", .string("no path")), ("value", .number(0.5))]),
            .object([("line", .number(1)), ("path", .string("absent.txt"))]),
            .object([("path", .string(a)), ("range", .null)]),
            .string("not an object"),
        ])
        let datas: [JSONValue?] = [
            nil, .null, .string("s"),
            .object([("figure", .object([("text", .string("6 million"))])), ("others", others), ("after", .bool(false))]),
            .object([("others", others)]),
            .object([("others", .array([]))]),
            .object([("others", .array([.object([])]))]),
            .object([("others", .string("not a list"))]),
            .object([("others", .array(Array(repeating: .object([("path", .string(a))]), count: 4)))]),
        ]
        for (i, data) in datas.enumerated() {
            var related = related
            if case .object(let pairs)? = data, case .array(let list)? = pairs.first(where: { $0.0 == "others" })?.1 {
                related = Array(related.prefix(list.count))
            }
            if i == datas.count - 1 { related = Array(related.prefix(3)) } // one short of the others: no ranges
            let f = Finding(code: "conflicting-figure", severity: .warning, range: 0..<3, message: "m", related: related, data: data)
            var out = JSONOutput()
            JSONFormat.data(&out, run, f)
            Self.expectSame(out.bytes, OutputReference.text(OutputReference.data(run, f)), "data \(i)")
        }
    }

    // MARK: values

    static let strings = ["", "plain", "\"quoted\"", "back\\slash", "tab\tnew\nline\rcr", "del\u{7F}", "é café",
                          "“curly” — dash", "🚀 rocket", "東京", "e\u{301}", "\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F} ",
                          String(repeating: "long ascii run ", count: 40) + "\"" + String(repeating: "x", count: 300)]
    static let numbers: [Double] = [0, -0.0, 1, -17, 0.5, -2.25, 1e-5, 1e20, 123_456_789_012_345, 9_006_999_999_999_999,
                                    9.007e15, -9.007e15, 9.1e15, 1e300, .nan, .infinity, -.infinity, 0.1 + 0.2]

    @Test func valuesAreWrittenAsTheOldSerializerWroteThem() {
        var values: [JSONValue] = [.null, .bool(true), .bool(false)]
        values += Self.strings.map { .string($0) }
        // Each character that needs an escape (and some that do not) at every place of an eight-byte word.
        let letters = Array("abcdefghijklmnopqrstuvwx")
        for k in 0...letters.count {
            for c in ["\"", "\\", "\u{1F}", "\n", "\u{0}", " ", "!", "#", "[", "]", "\u{7F}", "é", "🚀"] {
                values.append(.string(String(letters[..<k]) + c + String(letters[k...])))
            }
        }
        values += Self.numbers.map { .number($0) }
        values.append(.array(values))
        values.append(.object(Self.strings.map { ($0, .array([.number(1), .string($0), .object([])])) }))
        values.append(.array([.array([]), .object([]), .array([.array([.null])])]))
        for v in values {
            var out = JSONOutput()
            out.value(v)
            Self.expectSame(out.bytes, OutputReference.text(v), "value \(v)")
            var appended: [UInt8] = Array("x\n".utf8)
            v.serialized(into: &appended)
            Self.expectSame(appended, Array("x\n".utf8) + OutputReference.text(v), "serialized(into:) \(v)")
        }
    }

    @Test func integersAreTheDigitsOfTheirDouble() {
        let ints = [0, 1, 9, 10, 99, 100, -1, -10, 4_000, 65_535, 1 << 40, 9_006_999_999_999_999, 9_007_000_000_000_000,
                    -9_007_000_000_000_000, 1 << 60, Int.max, Int.min]
        for i in ints {
            var out = JSONOutput()
            out.int(i)
            Self.expectSame(out.bytes, OutputReference.text(.number(Double(i))), "int \(i)")
        }
    }

    /// The writer is a value: a copy written after it keeps its own bytes, and neither sees the other's.
    @Test func copiesOfAWriterAreApart() {
        var first = JSONOutput(capacity: 4)
        first.beginArray()
        first.string("shared")
        var second = first
        first.string(String(repeating: "a", count: 100))
        second.int(7)
        first.endArray()
        second.endArray()
        #expect(String(decoding: first.bytes, as: UTF8.self) == "[\"shared\",\"" + String(repeating: "a", count: 100) + "\"]")
        #expect(String(decoding: second.bytes, as: UTF8.self) == "[\"shared\",7]")
    }

    @Test func commasSeparateMembersAndLinesDoNot() {
        var out = JSONOutput()
        out.beginObject()
        out.key("a")
        out.beginArray()
        out.int(1)
        out.string(nil)
        out.strings(["x", "y"])
        out.endArray()
        out.key("b")
        out.number(nil)
        out.endObject()
        out.newline()
        out.beginObject()
        out.key("c")
        out.bool(true)
        out.endObject()
        out.newline()
        #expect(String(decoding: out.bytes, as: UTF8.self) == "{\"a\":[1,null,[\"x\",\"y\"]],\"b\":null}\n{\"c\":true}\n")
    }
}
