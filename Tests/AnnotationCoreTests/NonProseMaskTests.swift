import Testing
@testable import AnnotationCore

/// The inline scan of `NonProseMask` reads a line a bounded number of times however its brackets nest; it
/// must mark exactly what the scan that started afresh at every bracket marked (`NonProseMaskBefore`).
@Suite struct NonProseMaskTests {
    static func expectSameMask(_ text: String, _ format: DocumentFormat, _ label: String = "") {
        let source = SourceText(text)
        let new = NonProseMask.compute(source, format: format)
        let old = NonProseMaskBefore.compute(source, format: format)
        #expect(new.excluded == old.excluded, "excluded \(label) \(format): \(text.prefix(200))")
        #expect(new.citations == old.citations, "citations \(label) \(format): \(text.prefix(200))")
        #expect(new.excludedLines == old.excludedLines, "lines \(label) \(format)")
    }

    static let sentences = [
        "The report ([see the [annex](https://example.org/a(b)c)]) counts 40 dead, officials said.",
        "[[[The agency](x)](y)](z) said 12 `[code]` spans and [^1] notes [^ no] follow.",
        "See [the [inner] link](u) and `a](b)` then ](orphan) and [last](http://x.org/y.).",
        "A `tick without close and [a [b](c) <b>bold</b> <!-- note --> [^2] www.example.com, done.",
        "[^open and [^shut] then <!-- open <!-- and --> closed --> plus <!-- unclosed",
        "Nested [[[[[[deep](1)](2)](3)](4)](5)](6) figures: 7 million, per https://a.b/c?d=[e].",
        "Parens [x](a(b(c)d)e) and [y](unclosed(( and ]( at the end",
        "<a href=\"x\">[link](y)</a> <tweet id=\"1\"> `` double `` ticks `x` [^a b] [^] [^c]",
    ]

    @Test func handWrittenLinesMaskAsBefore() {
        for s in Self.sentences {
            for format in [DocumentFormat.markdown, .plain] {
                Self.expectSameMask(s, format)
                Self.expectSameMask("# Title\n\n" + s + "\n\n    code " + s + "\n\n> " + s + "\n", format)
            }
        }
    }

    /// Deep nesting, the shape that was slow: the mask must still be the same.
    @Test func deeplyNestedLinksMaskAsBefore() {
        for n in [1, 2, 7, 300] {
            let line = String(repeating: "[", count: n) + "9 million" + String(repeating: "](x)", count: n)
            Self.expectSameMask(line + "\n", .markdown, "nested \(n)")
            Self.expectSameMask(String(repeating: "[^", count: n) + " [^x] " + String(repeating: "<!--", count: n) + "-->\n",
                                .markdown, "openers \(n)")
            Self.expectSameMask(String(repeating: "a](", count: n) + String(repeating: ")", count: n / 2) + "\n",
                                .markdown, "parens \(n)")
            // Unclosed link targets, then targets that close only after many opened ones.
            Self.expectSameMask(String(repeating: "[a](((", count: n) + String(repeating: ")", count: n * 2) + " end\n",
                                .markdown, "unclosed \(n)")
            Self.expectSameMask(String(repeating: "](x (", count: n) + "[b](c) " + String(repeating: "))](", count: n) + "\n",
                                .markdown, "closing late \(n)")
        }
    }

    /// After a link target that never closes, later targets that do close, with their `)` at every place
    /// of the 64-byte blocks the scan notes its counts in, and targets that do not.
    @Test func targetsAfterAnUnclosedOneMaskAsBefore() {
        for k in 0..<140 {
            for m in [0, 1, 2, 62, 63, 64, 65, 127, 128, 129] {
                let close = "[a](((" + String(repeating: "w", count: k) + "[b](" + String(repeating: "y", count: m) + ")"
                Self.expectSameMask(close + "\n", .markdown, "close \(k) \(m)")
                // The count is back where it was right after the close: only the close's own place shows it.
                Self.expectSameMask(close + "(\n", .markdown, "close then open \(k) \(m)")
                let open = "[a](" + String(repeating: "w", count: k) + "[b]((" + String(repeating: "y", count: m) + ") tail"
                Self.expectSameMask(open + "\n", .markdown, "open \(k) \(m)")
            }
        }
    }

    /// Lines made of the pieces the scan reacts to, in every order a seeded generator gives.
    @Test func generatedLinesMaskAsBefore() {
        let pieces = ["[", "]", "(", ")", "](", "[^", "`", "<", ">", "<!--", "-->", "<b>", "</p>", "http://a.b/c",
                      "https://x.org", "www.y.com", " ", "word", "4 million", ".", ",", ";", "é", "-", "!"]
        var numbers = SeededNumbers()
        func next() -> Int { numbers.next() }
        for round in 0..<600 {
            let count = 1 + next() % (round % 5 == 0 ? 400 : 60)
            var line = ""
            for _ in 0..<count { line += pieces[next() % pieces.count] }
            let format: DocumentFormat = round % 3 == 0 ? .plain : .markdown
            Self.expectSameMask(line + "\n" + line.reversed() + "\n", format, "round \(round)")
        }
    }
}
