import Testing
@testable import AnnotationCore

/// A large open buffer's figure and conflict findings are carried from one publication to the next while
/// nothing they read changed (`RuleEngine.findings(for:in:reusing:)`). Whatever changes in the workspace,
/// what is carried over must be what a fresh computation gives.
@Suite struct FindingPartsTests {
    let analyzer = Analyzer()

    func doc(_ id: String, _ text: String) -> DocumentAnalysis { analyzer.analyze(SourceText(text), id: id) }

    /// The words of a figure's finding are taken from the last publication for a figure the edit left as the
    /// scan read it, with the same actors and source; an edit that changes its source's words or its actors
    /// must still give the fresh findings (the buffer analysed through its sentence cache, as a server does).
    @Test func figureFindingsOfAnEditedBufferAreTheFreshOnes() {
        let engine = RuleEngine()
        var index = WorkspaceIndex()
        let edits = [
            "Norland spent $2 billion on roads, analysts say. Estland built 40 bridges.\n\nMore later.",
            "Norland spent $2 billion on roads, experts say. Estland built 40 bridges.\n\nMore later.",
            "Norland spent $2 billion on roads, experts say. Vell built 40 bridges.\n\nMore later.",
            "Update: Norland spent $2 billion on roads, experts say. Vell built 40 bridges.\n\nMore later.",
            "Update: Norland spent $3 billion on roads, experts say. Vell built 40 bridges.\n\nMore later.",
            // The figure's sentence left as it was, its actor read otherwise: "Kowalczyk" is Marta Kowalczyk
            // only while the document names her in full.
            "Marta Kowalczyk met them.\n\nKowalczyk's team spent $2 billion on roads, analysts say. Vell built 40 bridges.",
            "Marta Nowak met them.\n\nKowalczyk's team spent $2 billion on roads, analysts say. Vell built 40 bridges.",
        ]
        var cache = SentenceCache()
        var parts: FindingParts? = nil
        for (n, text) in edits.enumerated() {
            let (analysis, next) = analyzer.analyze(SourceText(text), id: "open.txt", reusing: cache)
            cache = next
            index.update(analysis)
            let (got, kept) = engine.findings(for: "open.txt", in: index, reusing: parts)
            #expect(got == engine.findings(for: "open.txt", in: index), "edit \(n)")
            #expect(got.contains { $0.code == "vague-source" } && got.contains { $0.code == "unsourced-figure" }, "edit \(n)")
            parts = kept
        }
    }

    @Test func carriedFindingsAreTheFreshOnesThroughEveryKindOfChange() {
        let engine = RuleEngine()
        var index = WorkspaceIndex()
        index.update(doc("open.txt", "Norland spent $2 billion on roads, the ministry said.\n\nEstland met Norland."))
        index.update(doc("other.txt", "Norland spent $90 million on roads."))
        index.update(doc("third.txt", "Estland held talks."))
        var parts: FindingParts? = nil
        func check(_ step: Comment) {
            let (got, next) = engine.findings(for: "open.txt", in: index, reusing: parts)
            #expect(got == engine.findings(for: "open.txt", in: index), step)
            parts = next
        }
        check("first")
        #expect(engine.findings(for: "open.txt", in: index).contains { $0.code == "conflicting-figure" })
        check("nothing changed")
        index.update(doc("third.txt", "Estland and Norland held talks."))
        check("another file names the open one's actor")
        index.update(doc("other.txt", "Officials say Norland spent $90 million on roads."))
        check("the conflicting claim moved")
        index.update(doc("other.txt", "Norland spent $2 billion on roads."))
        check("the conflicting claim now agrees")
        index.update(doc("fourth.txt", "Norland spent $10 million on roads."))
        check("a new file conflicts")
        index.tolerance = 1_000
        check("a wider tolerance")
        index.tolerance = 0.1
        check("the tolerance back")
        index.remove("fourth.txt")
        check("the conflicting file removed")
        index.update(contentsOf: [doc("fifth.txt", "Norland spent $5 million on roads."),
                                  doc("other.txt", "Norland spent $70 million on roads.")])
        check("a batch")
        index.update(doc("open.txt", "Norland spent $3 billion on roads, the ministry said.\n\nEstland met Norland."))
        check("the open file edited")
    }
    /// A buffer large enough that its figures' and actors' findings are computed on two threads gives the
    /// findings one thread gives, in the same order, with conflicts and actor findings among them.
    @Test func aLargeBufferReadOnTwoThreadsGivesTheSameFindings() {
        let engine = RuleEngine()
        var index = WorkspaceIndex()
        let names = ["Marta Kowalczyk", "Ines Lehtonen", "Johan Demir", "Kim Jong Un", "Kim Jong-un"]
        var text = ""
        var n = 0
        while text.utf8.count < Analyzer.twoThreadBytes + 2_000 {
            let who = names[n % names.count]
            text += "\(who) said Norland spent $\(2 + n % 3) billion on roads in 2023, analysts say. "
            text += "Estland built \(40 + n) bridges, officials said.\n\n"
            n += 1
        }
        index.update(doc("open.txt", text))
        index.update(doc("other.txt", "Norland spent $9 billion on roads in 2023, the ministry said. Ines Lehtonen agreed.\n"))
        let one = engine.findings(for: "open.txt", in: index)
        let (two, _) = engine.findings(for: "open.txt", in: index, reusing: nil)
        // Compared apart from the expectation: the findings of an 18 KB buffer print as megabytes.
        let same = two == one
        #expect(same, "\(two.count) findings on two threads, \(one.count) on one")
        #expect(one.contains { $0.code == "named-actor" } && one.contains { $0.code == "actor-variant" })
        #expect(one.contains { $0.code == "conflicting-figure" } && one.contains { $0.code == "vague-source" })
    }
}
