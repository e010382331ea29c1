import Testing
@testable import AnnotationCore

@Suite struct TextBuilderTests {
    /// Numbers are written as `String(n)` writes them, whatever their sign and length.
    @Test func numbersReadAsSwiftWritesThem() {
        var r = SeededNumbers()
        var numbers = [0, 1, 9, 10, 99, 100, -1, -10, Int.max, Int.min]
        for _ in 0..<500 { numbers.append(r.next() >> (r.next() % 60) * (r.next() % 2 == 0 ? 1 : -1)) }
        for n in numbers {
            var b = TextBuilder(capacity: 4)
            b.add(n)
            #expect(b.string == String(n))
        }
    }

    /// Pieces of any script join as string concatenation joins them.
    @Test func piecesJoinAsStringsDo() {
        var b = TextBuilder(capacity: 8)
        b.add("Recep Tayyip Erdoğan")
        b.add(" (")
        b.add("person")
        b.add(") is named ")
        b.add(12)
        b.add(" times: 東京, “Kiev” ✓")
        #expect(b.string == "Recep Tayyip Erdoğan (person) is named 12 times: 東京, “Kiev” ✓")
    }

    /// The named-actor message counts in words up to two and in digits after.
    @Test func namedActorMessagesCountInWordsThenDigits() {
        let text = """
        Kestrel Airways cut 40 routes, Kestrel Airways said. Kestrel Airways also sold 3 jets.

        Mara Quinlan joined in 2019.
        """
        let analyzer = Analyzer()
        let doc = analyzer.analyze(SourceText(text), id: "a.txt")
        var index = WorkspaceIndex()
        _ = index.update(doc)
        let messages = RuleEngine(configuration: Configuration()).findings(for: "a.txt", in: index)
            .filter { $0.code == "named-actor" }.map(\.message)
        #expect(messages.contains("Kestrel Airways (organization) is named 3 times, only in this file"))
        #expect(messages.contains("Mara Quinlan (person) is named once, only in this file"))
    }
}
