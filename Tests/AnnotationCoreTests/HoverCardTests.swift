import Testing
@testable import AnnotationCore

@Suite struct HoverCardTests {
    func index(_ docs: [(String, String)]) -> WorkspaceIndex {
        var index = WorkspaceIndex()
        for (id, text) in docs { index.update(Analyzer().analyze(SourceText(text), id: id)) }
        return index
    }

    func offset(of needle: String, in text: String) -> Int {
        text.utf8.count - text.components(separatedBy: needle).dropFirst().joined(separator: needle).utf8.count - needle.utf8.count
    }

    @Test func figureCardReadsTheFigureAndSaysNoSource() {
        let text = "Norland supplied nearly 6 million shells to Estland."
        let idx = index([("a.txt", text)])
        let card = HoverCards.card(document: "a.txt", offset: offset(of: "6 million", in: text), index: idx)
        #expect(card?.markdown.contains("**5.1 to 6 million shells**") == true, "read as people say it")
        #expect(card?.markdown.contains("none — no source in this sentence") == true)
        #expect(card?.markdown.contains("measure supply") == true)
    }

    @Test func figureCardNamesASpecificSource() {
        let text = "According to a Treasury Department fact sheet, Norland shipped 10,000 crates to Estland."
        let idx = index([("a.txt", text)])
        let card = HoverCards.card(document: "a.txt", offset: offset(of: "10,000", in: text), index: idx)
        #expect(card?.markdown.contains("Treasury Department") == true)
        #expect(card?.markdown.contains("specific") == true)
    }

    @Test func aSourceIsNamedOnce() {
        let text = "“We sent 2 million shells,” said Jane Roe."
        let idx = index([("a.txt", text)])
        let card = HoverCards.card(document: "a.txt", offset: offset(of: "2 million", in: text), index: idx)
        let markdown = card?.markdown ?? ""
        let source = markdown.split(separator: "\n").first { $0.hasPrefix("Source:") }
        #expect(source == "Source: specific — Jane Roe", "“said Jane Roe” adds nothing to the name: \(markdown)")
    }

    @Test func figureCardListsConflictingFiguresElsewhere() throws {
        let a = "Norland supplied nearly 6 million shells to Estland."
        let b = "Norland supplied several hundred thousand shells to Estland."
        let c = "Norland supplied some 5.8 million shells to Estland, officials said."
        let idx = index([("a.txt", a), ("b.txt", b), ("c.txt", c)])
        let card = HoverCards.card(document: "a.txt", offset: offset(of: "6 million", in: a), index: idx)
        let md = card?.markdown ?? ""
        // The disagreeing figure is listed as a conflict, the agreeing one as corroboration.
        let conflicts = try #require(md.range(of: "Conflicts with:"))
        let corroborated = try #require(md.range(of: "Corroborated by:"))
        #expect(md.contains("b.txt:1") && md.contains("c.txt:1"))
        #expect(md[conflicts.upperBound..<corroborated.lowerBound].contains("b.txt:1"))
        #expect(md[corroborated.upperBound...].contains("c.txt:1"))
    }

    @Test func nonClaimsSayWhatTheyAre() {
        let text = "The treaty was signed in 2014 in Oslo."
        let idx = index([("a.txt", text)])
        let card = HoverCards.card(document: "a.txt", offset: offset(of: "2014", in: text), index: idx)
        #expect(card?.markdown.contains("not a claim") == true)
    }
}
