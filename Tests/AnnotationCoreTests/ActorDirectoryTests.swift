import Testing
@testable import AnnotationCore

/// Workspace joins and the actor rules, over documents written for these tests.
@Suite struct ActorDirectoryTests {
    let analyzer = Analyzer()

    func directory(_ docs: [(String, String)]) -> (ActorDirectory, [String: DocumentAnalysis]) {
        var dir = ActorDirectory()
        var byId: [String: DocumentAnalysis] = [:]
        for (id, text) in docs {
            let a = analyzer.analyze(SourceText(text), id: id)
            dir.update(a)
            byId[id] = a
        }
        return (dir, byId)
    }

    @Test func surnameInOneFileJoinsFullNameInAnother() {
        let (dir, docs) = directory([
            ("a.txt", "Marta Kowalczyk opened the session.\n"),
            ("b.txt", "Later, Kowalczyk closed it.\n"),
        ])
        let b = docs["b.txt"]!
        let m = b.mentions.first { $0.text == "Kowalczyk" }!
        let occ = dir.occurrences(document: "b.txt", offset: m.range.lowerBound)
        #expect(Set(occ.map(\.document)) == ["a.txt", "b.txt"])
        #expect(dir.actor(document: "b.txt", offset: m.range.lowerBound)?.name == "Marta Kowalczyk")
        let card = dir.card(document: "b.txt", offset: m.range.lowerBound)
        #expect(card?.markdown.contains("a.txt: 1") == true)
        #expect(card?.markdown.contains("person") == true)
    }

    @Test func ambiguousSurnameStaysApart() {
        let (dir, docs) = directory([
            ("a.txt", "Anna Berg spoke first.\n"),
            ("b.txt", "Peter Berg spoke second.\n"),
            ("c.txt", "Afterwards Berg left.\n"),
        ])
        let c = docs["c.txt"]!.mentions.first { $0.text == "Berg" }!
        #expect(dir.occurrences(document: "c.txt", offset: c.range.lowerBound).map(\.document) == ["c.txt"])
    }

    @Test func variantSpellingIsFlaggedAcrossTwoFiles() {
        let (dir, docs) = directory([
            ("a.txt", "Kim Jong Un met the envoy.\nKim Jong Un smiled.\n"),
            ("b.txt", "The envoy said Kim Jong-un was late.\n"),
        ])
        let engine = RuleEngine()
        let fb = ActorRules.findings(for: docs["b.txt"]!, directory: dir, engine: engine)
        let variant = fb.filter { $0.code == "actor-variant" }
        #expect(variant.count == 1)
        #expect(variant.first?.message.contains("a.txt:1") == true)
        #expect(variant.first?.data?["preferred"] == .string("Kim Jong Un"))
        #expect(variant.first?.severity == .warning)
        // The dominant spelling is not flagged.
        let fa = ActorRules.findings(for: docs["a.txt"]!, directory: dir, engine: engine)
        #expect(fa.allSatisfy { $0.code != "actor-variant" })
    }

    @Test func namedActorAtFirstMentionWithCounts() {
        let (dir, docs) = directory([
            ("a.txt", "Norway signed. Norway paid.\n"),
            ("b.txt", "Norway refused.\n"),
        ])
        let f = ActorRules.findings(for: docs["a.txt"]!, directory: dir, engine: RuleEngine())
            .filter { $0.code == "named-actor" }
        #expect(f.count == 1)
        #expect(f.first?.range == 0..<6)
        #expect(f.first?.message.contains("2 mentions here, 3 across 2 files") == true)
        #expect(f.first?.data?["actor"]?["kind"] == .string("state"))
    }

    @Test func rulesCanBeTurnedOff() {
        let (dir, docs) = directory([("a.txt", "Norway signed.\n")])
        var config = Configuration()
        config.rules["named-actor"] = .off
        #expect(ActorRules.findings(for: docs["a.txt"]!, directory: dir, engine: RuleEngine(configuration: config)).isEmpty)
    }

    @Test func removeForgetsADocument() {
        var (dir, docs) = directory([
            ("a.txt", "Marta Kowalczyk opened the session.\n"),
            ("b.txt", "Later, Kowalczyk closed it.\n"),
        ])
        dir.remove("a.txt")
        let m = docs["b.txt"]!.mentions.first { $0.text == "Kowalczyk" }!
        #expect(dir.occurrences(document: "b.txt", offset: m.range.lowerBound).map(\.document) == ["b.txt"])
        docs["a.txt"] = nil
    }
}
