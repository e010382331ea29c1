import Testing
@testable import AnnotationCore

/// An edit that adds or drops a full person name keeps the actor cache's other answers (it used to empty
/// the cache), and drops those a lone surname or given name elsewhere may now read differently. Every
/// answer after every edit must equal a directory built afresh from the same texts, with the cache warmed
/// before each edit so that a kept stale answer would show.
@Suite struct ActorCacheFullNameTests {
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

    /// Findings, every mention's occurrences and its actor, per document: what rules, references and hovers read.
    func answers(_ dir: ActorDirectory, _ docs: [String: DocumentAnalysis]) -> [String] {
        var out: [String] = []
        for id in docs.keys.sorted() {
            for f in ActorRules.findings(for: docs[id]!, directory: dir, engine: engine) {
                out.append("\(id) \(f.code) \(f.range) \(f.message) \(f.related.map { "\($0.document)@\($0.range)" }) \(f.data.map { "\($0)" } ?? "")")
            }
            for m in docs[id]!.mentions {
                let a = dir.actor(document: id, offset: m.range.lowerBound)
                out.append("\(id) \(m.range) \(a.map { "\($0)" } ?? "none") → " + dir.occurrences(document: id, offset: m.range.lowerBound)
                    .map { "\($0.document)@\($0.mention.range)" }.joined(separator: ","))
            }
        }
        return out
    }

    @Test func fullNamesComingAndGoingAnswerAsAFreshDirectory() {
        let others = [
            ("b.txt", "Kowalczyk told reporters that Norland would wait. Anna Berg agreed.\n"),
            ("c.txt", "Marta Kowalczyk left Norland on Monday, said the Norland Times.\n"),
            ("d.txt", "Berg arrived late. Marta spoke first, and Kim Jong Un listened.\n"),
            ("e.txt", "Kim Jong-un met Marta Kowalczyk in Norland.\n"),
        ]
        let versions = [
            "Norland signed the deal, Kowalczyk said.\n",
            "Norland signed the deal, Peter Kowalczyk said.\n",            // a second Kowalczyk: the lone one is no longer Marta's
            "Norland signed the deal, Peter Kowalczyk said. Anna Berg smiled.\n",
            "Norland signed the deal. Anna Berg smiled.\n",                 // Peter Kowalczyk gone again
            "Norland signed the deal. Anna Berg smiled at Marta Lund.\n",   // a second full name opening with Marta
            "Norland signed the deal, Kim Jong-un said.\n",                 // the full names all change
            "Norland signed the deal.\n",                                   // no person left
        ]
        var (dir, docs) = directory([("a.txt", versions[0])] + others)
        for text in versions.dropFirst() {
            _ = answers(dir, docs) // warm every cache entry this state answers
            let a = analyzer.analyze(SourceText(text), id: "a.txt")
            dir.update(a)
            docs["a.txt"] = a
            let (fresh, freshDocs) = directory([("a.txt", text)] + others)
            #expect(answers(dir, docs) == answers(fresh, freshDocs), "after editing a.txt to: \(text)")
        }
    }
}
