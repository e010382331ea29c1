import Testing
@testable import AnnotationCore

/// When an edit makes a document start or stop writing a name, `ActorDirectory.update` names the other
/// documents to re-publish: only those whose actor findings can change, not every document sharing a
/// name with it. Every document whose findings (message, data, related places) differ between directories
/// built afresh before and after the edit must be among them.
@Suite struct ActorRippleTests {
    let analyzer = Analyzer()
    let engine = RuleEngine()

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

    /// Each document's actor findings, all they say.
    func findings(_ dir: ActorDirectory, _ docs: [String: DocumentAnalysis]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for (id, doc) in docs {
            out[id] = ActorRules.findings(for: doc, directory: dir, engine: engine).map { f in
                "\(f.code) \(f.range) \(f.message) \(f.related.map { "\($0.document)@\($0.range) \($0.message)" }) \(f.data.map { "\($0)" } ?? "")"
            }
        }
        return out
    }

    static let others = [
        ("b.txt", "Kowalczyk told reporters that Norland would wait. Anna Berg agreed.\n"),
        ("c.txt", "Marta Kowalczyk left Norland on Monday, said the Norland Times.\n"),
        ("d.txt", "Berg arrived late. Marta spoke first, and Kim Jong Un listened.\n"),
        ("e.txt", "Kim Jong-un met Marta Kowalczyk in Norland.\n"),
        ("f.txt", "Norland voted on Sunday.\n"),
        ("g.txt", "Peter Lund spoke to Marta Kowalczyk. Lund left.\n"),
    ]

    // Each version writes a name the one before did not, or drops one (an edit that changes counts alone
    // re-publishes no other document: see `ActorDirectory.update`).
    static let versions = [
        "Norland signed the deal, Kowalczyk said.\n",
        "Norland signed the deal, Peter Kowalczyk said.\n",            // a second Kowalczyk: the lone one is no longer Marta's
        "Norland signed the deal, Peter Kowalczyk said. Anna Berg smiled.\n",
        "Norland signed the deal. Anna Berg smiled.\n",                 // Peter Kowalczyk gone again
        "Norland signed the deal. Anna Berg smiled at Marta Lund.\n",   // a second full name opening with Marta
        "Norland signed the deal, Kim Jong-un said.\n",                 // the full names all change
        "In Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n", // the variant spelling written twice
        "Anna Berg says that in Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n", // the variants only move
        "Kim Jong Un said it.\n",                                       // Norland no longer named here
        "Norland signed the deal.\n",                                   // no person left
    ]

    @Test func everyDocumentWhoseFindingsChangeIsReturned() {
        var (dir, docs) = directory([("a.txt", Self.versions[0])] + Self.others)
        var before = findings(dir, docs)
        var narrower = 0
        for text in Self.versions.dropFirst() {
            let a = analyzer.analyze(SourceText(text), id: "a.txt")
            // Counts alone are not re-published (`update`): every version must change the names written.
            #expect(Set(a.mentions.map { NameKey.of($0.name) }) != Set(docs["a.txt"]!.mentions.map { NameKey.of($0.name) }), "\(text)")
            let returned = dir.update(a)
            docs["a.txt"] = a
            let (fresh, freshDocs) = directory([("a.txt", text)] + Self.others)
            let after = findings(fresh, freshDocs)
            let changed = Set(Self.others.map(\.0).filter { before[$0] != after[$0] })
            #expect(changed.isSubset(of: returned), "after editing a.txt to: \(text); missing \(changed.subtracting(returned).sorted())")
            // The directory kept up to date answers as the fresh one.
            #expect(findings(dir, docs) == after, "after editing a.txt to: \(text)")
            if returned.count < Self.others.count { narrower += 1 }
            before = after
        }
        // Not every edit re-publishes every document naming Norland: the answer is narrower than "all".
        #expect(narrower > 0)
    }

    /// An edit that adds a name elsewhere moves the buffer's spellings of a full name the workspace spells two
    /// ways: a document writing the other spelling lists their places, and is returned, though the actor (kept
    /// in the cache while the buffer's use of it is unchanged) is the same.
    @Test func movedSpellingsOfAFullNameRepublishTheDocumentsListingThem() {
        let v1 = "In Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n"
        let v2 = "Olga Nowak heard that in Norland, Kim Jong-un said, Kim Jong-un told Peter Lund.\n"
        var (dir, docs) = directory([("a.txt", v1)] + Self.others)
        let before = findings(dir, docs)
        let a = analyzer.analyze(SourceText(v2), id: "a.txt")
        #expect(Set(a.mentions.map { NameKey.of($0.name) }) != Set(docs["a.txt"]!.mentions.map { NameKey.of($0.name) }))
        let returned = dir.update(a)
        docs["a.txt"] = a
        let after = findings(directory([("a.txt", v2)] + Self.others).0, directory([("a.txt", v2)] + Self.others).1)
        #expect(before["d.txt"] != after["d.txt"])
        #expect(returned.contains("d.txt"))
        #expect(findings(dir, docs) == after)
    }

    @Test func theEditsChangeOtherDocumentsFindingsSoTheTestAboveIsNotVacuous() {
        var changedSomewhere = 0
        var previous = findings(directory([("a.txt", Self.versions[0])] + Self.others).0,
                                directory([("a.txt", Self.versions[0])] + Self.others).1)
        for text in Self.versions.dropFirst() {
            let (dir, docs) = directory([("a.txt", text)] + Self.others)
            let now = findings(dir, docs)
            if Self.others.contains(where: { previous[$0.0] != now[$0.0] }) { changedSomewhere += 1 }
            previous = now
        }
        #expect(changedSomewhere >= Self.versions.count - 2)
    }
}
