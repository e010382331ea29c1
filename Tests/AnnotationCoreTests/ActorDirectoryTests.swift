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

    @Test func aLoneOrdinaryWordIsNoActorUnlessAFullNameClaimsIt() {
        let (dir, docs) = directory([
            ("a.txt", "Anna Berg spoke first.\n"),
            ("c.txt", "Anna Berg spoke again.\n"),
            ("b.txt", "Afterwards Berg left, and the Morning crowd cheered.\n"),
        ])
        let b = docs["b.txt"]!
        let berg = b.mentions.first { $0.text == "Berg" }!
        #expect(dir.actor(document: "b.txt", mention: berg)?.name == "Anna Berg")
        if let morning = b.mentions.first(where: { $0.text == "Morning" }) {
            #expect(dir.actor(document: "b.txt", mention: morning) == nil)
        }
        let rules = ActorRules.findings(for: b, directory: dir, engine: RuleEngine())
        #expect(rules.allSatisfy { !$0.message.contains("Morning") })
    }

    @Test func aLoneCommonWordJoinsAFullNameOnlyWhenTwoFilesWriteIt() {
        let (dir, docs) = directory([
            ("a.txt", "Organisers thanked Mason City for the flowers.\n"),
            ("b.txt", "Hotels in Atlantic City were full, and the City council met.\n"),
        ])
        for m in docs["b.txt"]!.mentions {
            #expect(dir.actor(document: "b.txt", mention: m)?.name != "Mason City")
        }
    }

    @Test func theWorkspaceKindIsTheOneMostMentionsShow() {
        let (dir, docs) = directory([
            ("a.txt", "Shares in Corvane rose. A Corvane spokesman said so. Corvane shares rose again.\n"),
            ("b.txt", "Officials said Corvane was late.\n"),
        ])
        let m = docs["b.txt"]!.mentions.first { $0.text == "Corvane" }!
        #expect(dir.actor(document: "b.txt", mention: m)?.kind == .organization)
    }

    @Test func theCanonicalNameIsTheFullSpellingMostOfTheWorkspaceWrites() {
        let (dir, docs) = directory([
            ("a.txt", "Envoys met Lee Soo-min.\n"),
            ("b.txt", "Lee Soo Min spoke. Lee Soo Min left. Later Lee Soo Min returned.\n"),
        ])
        let m = docs["a.txt"]!.mentions.first { $0.text == "Lee Soo-min" }!
        #expect(dir.actor(document: "a.txt", mention: m)?.name == "Lee Soo Min")
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
        #expect(variant.first?.related.map(\.document) == ["a.txt", "a.txt"], "the places are related locations")
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
        #expect(f.first?.message == "Norway (state) is named twice here and 3 times in 2 files")
        #expect(f.first?.data?["actor"]?["kind"] == .string("state"))
    }

    @Test func anActorOfUndecidedKindIsNotReported() {
        let (dir, docs) = directory([("a.txt", "Fans waited for Zorblatt. Norway paid.\n")])
        let f = ActorRules.findings(for: docs["a.txt"]!, directory: dir, engine: RuleEngine()).filter { $0.code == "named-actor" }
        #expect(docs["a.txt"]!.mentions.contains { $0.text == "Zorblatt" && $0.kind == .unknown }, "still a mention")
        #expect(f.map { $0.data?["actor"]?["name"] } == [.string("Norway")])
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

    /// Edits carry cached answers over only where the new state answers alike: moved mentions move, new
    /// mentions count, a new full name re-joins lone surnames, and a copy of the old directory keeps its answers.
    @Test func answersFollowEveryEditWhileCachesCarryOver() {
        let (start, _) = directory([
            ("a.txt", "Norland signed. Kowalczyk agreed.\n"),
            ("b.txt", "Norland refused.\n"),
        ])
        var dir = start
        func actor(_ id: String, _ text: String, in d: ActorDirectory) -> WorkspaceActor? {
            let a = analyzer.analyze(SourceText(text), id: id)
            let m = a.mentions.first { $0.text == "Norland" }!
            return d.actor(document: id, offset: m.range.lowerBound)
        }
        // Warm the caches.
        #expect(actor("b.txt", "Norland refused.\n", in: dir)?.mentions == 2)
        #expect(dir.occurrences(document: "b.txt", offset: 0).count == 2)

        // Typing before the name: same counts, positions move.
        dir.update(analyzer.analyze(SourceText("Then Norland signed. Kowalczyk agreed.\n"), id: "a.txt"))
        let moved = dir.occurrences(document: "b.txt", offset: 0).first { $0.document == "a.txt" }
        #expect(moved?.mention.range.lowerBound == 5)
        #expect(actor("b.txt", "Norland refused.\n", in: dir)?.mentions == 2)

        // A second mention: the count follows.
        let snapshot = dir
        dir.update(analyzer.analyze(SourceText("Norland signed. Norland paid. Kowalczyk agreed.\n"), id: "a.txt"))
        #expect(actor("b.txt", "Norland refused.\n", in: dir)?.mentions == 3)
        // The copy taken before still answers for its own state.
        #expect(actor("b.txt", "Norland refused.\n", in: snapshot)?.mentions == 2)

        // A full name appears elsewhere: the lone surname in a.txt joins it.
        let kowalczyk = analyzer.analyze(SourceText("Norland signed. Norland paid. Kowalczyk agreed.\n"), id: "a.txt")
            .mentions.first { $0.text == "Kowalczyk" }!
        #expect(dir.actor(document: "a.txt", offset: kowalczyk.range.lowerBound)?.name == "Kowalczyk")
        dir.update(analyzer.analyze(SourceText("Norland refused. Marta Kowalczyk left.\n"), id: "b.txt"))
        #expect(dir.actor(document: "a.txt", offset: kowalczyk.range.lowerBound)?.name == "Marta Kowalczyk")
    }

    /// Typing around names moves the edited file's mentions and nothing else: the cache carries over with them
    /// moved (`MentionMove`), and every answer — variants with their related places, counts, occurrences — is
    /// the one a directory built afresh from the same texts gives. Edits that change a name start afresh.
    @Test func editsThatOnlyMoveMentionsAnswerAsAFreshDirectory() {
        let others = [
            ("b.txt", "The envoy said Kim Jong-un was late. Marta Kowalczyk agreed.\n"),
            ("c.txt", "Kim Jong Un left early.\nLater, Kowalczyk spoke to Norland.\n"),
        ]
        let versions = [
            "Kim Jong Un met the envoy. Kim Jong-un smiled at Kowalczyk in Norland.\n",
            "Then Kim Jong Un met the envoy. Kim Jong-un smiled at Kowalczyk in Norland.\n",   // all moved
            "Then Kim Jong Un met the new envoy. Kim Jong-un smiled at Kowalczyk in Norland.\n", // the later ones
            "Then Kim Jong Un met the new envoy. Kim Jong-un smiled at Kowalczyk in Norland!\n", // none moved
            "Then Kim Jong Un met the new envoy. Kim Jong Un smiled at Kowalczyk in Norland!\n", // a spelling changed
            "Kim Jong Un met the envoy. Kim Jong Un smiled at Marta Kowalczyk in Norland.\n",  // a name changed
            "So Kim Jong Un met the envoy. Kim Jong Un smiled at Marta Kowalczyk in Norland.\n",
            "So Kim Jong Un met Kim Jong-un. Kim Jong Un smiled at Marta Kowalczyk in Norland.\n",
            "So Kim Jong-un met Kim Jong Un. Kim Jong Un smiled at Marta Kowalczyk in Norland.\n", // spellings swapped
        ]
        let engine = RuleEngine()
        func answers(_ dir: ActorDirectory, _ docs: [String: DocumentAnalysis]) -> [String] {
            var out: [String] = []
            for id in docs.keys.sorted() {
                for f in ActorRules.findings(for: docs[id]!, directory: dir, engine: engine) {
                    out.append("\(id) \(f.code) \(f.range) \(f.message) \(f.related.map { "\($0.document)@\($0.range)" }) \(f.data.map { "\($0)" } ?? "")")
                }
                for m in docs[id]!.mentions {
                    out.append("\(id) \(m.range) → " + dir.occurrences(document: id, offset: m.range.lowerBound)
                        .map { "\($0.document)@\($0.mention.range)" }.joined(separator: ","))
                }
            }
            return out
        }
        var (dir, docs) = directory([("a.txt", versions[0])] + others)
        _ = answers(dir, docs) // warm the caches
        for text in versions.dropFirst() {
            let a = analyzer.analyze(SourceText(text), id: "a.txt")
            dir.update(a)
            docs["a.txt"] = a
            let (fresh, freshDocs) = directory([("a.txt", text)] + others)
            let got = answers(dir, docs), want = answers(fresh, freshDocs)
            #expect(got == want, "after editing a.txt to: \(text)")
            #expect(got.contains { $0.contains("actor-variant") }, "the test exercises the spelling groups")
        }
    }
    /// Full names come and go with their documents: after each removal or rewrite, every mention's actor
    /// and occurrences are what a directory built afresh from the remaining texts answers (a full name
    /// some document no longer writes must stop drawing lone surnames to it).
    @Test func fullNamesLeavingTheWorkspaceAnswerAsAFreshDirectory() {
        var texts = [
            "a.txt": "Marta Kowalczyk opened the session in Norland.\n",
            "b.txt": "Later, Kowalczyk closed it.\n",
            "c.txt": "Marta Kowalczyk spoke first. Ivan Petrov replied.\n",
            "d.txt": "Petrov and Kowalczyk left Norland.\n",
        ]
        func answers(_ dir: ActorDirectory, _ docs: [String: DocumentAnalysis]) -> [String] {
            docs.keys.sorted().flatMap { id in
                docs[id]!.mentions.map { m in
                    "\(id) \(m.text) → \(dir.actor(document: id, offset: m.range.lowerBound)?.name ?? "-") "
                        + dir.occurrences(document: id, offset: m.range.lowerBound).map { "\($0.document)@\($0.mention.range)" }.joined(separator: ",")
                }
            }
        }
        var (dir, docs) = directory(texts.sorted { $0.key < $1.key })
        let joined = answers(dir, docs)
        #expect(joined.contains { $0.hasPrefix("b.txt Kowalczyk → Marta Kowalczyk") })
        for step in ["a.txt", "c.txt", "rewrite d.txt"] {
            if step.hasPrefix("rewrite") {
                texts["d.txt"] = "Ivan Petrov and Marta Kowalczyk left.\n"
                let a = analyzer.analyze(SourceText(texts["d.txt"]!), id: "d.txt")
                dir.update(a)
                docs["d.txt"] = a
            } else {
                dir.remove(step)
                docs[step] = nil
                texts[step] = nil
            }
            let (fresh, freshDocs) = directory(texts.sorted { $0.key < $1.key })
            #expect(answers(dir, docs) == answers(fresh, freshDocs), "after \(step)")
        }
        // The rewrite brought the full name back, and the lone surnames join it again.
        #expect(answers(dir, docs).contains { $0.hasPrefix("b.txt Kowalczyk → Marta Kowalczyk") })
        #expect(dir.fullNameWords(NameKey.of("Marta Kowalczyk")) == [NameKey.of("Kowalczyk"), NameKey.of("Marta")])
        dir.remove("d.txt")
        #expect(dir.fullNameWords(NameKey.of("Marta Kowalczyk")) == nil)
        #expect(dir.fullNameWords(NameKey.of("Ivan Petrov")) == nil)
    }

    /// One key, two ways to split it into words ("Mary Ann Smith", "Maryann Smith"): the words the lone
    /// names join by are those of a way some document still writes, whichever came first.
    @Test func aFullNameSplitTwoWaysKeepsTheWaysStillWritten() {
        var (dir, _) = directory([
            ("a.txt", "Mary Ann Smith opened the session.\n"),
            ("b.txt", "Minister Maryann Smith said she closed it.\n"),
        ])
        let key = NameKey.of("Mary Ann Smith")
        #expect(key == NameKey.of("Maryann Smith"))
        let words = dir.fullNameWords(key)
        #expect(words == [NameKey.of("Smith"), NameKey.of("Mary")] || words == [NameKey.of("Smith"), NameKey.of("Maryann")])
        dir.remove("a.txt")
        #expect(dir.fullNameWords(key) == [NameKey.of("Smith"), NameKey.of("Maryann")])
        dir.remove("b.txt")
        #expect(dir.fullNameWords(key) == nil)
    }
    /// An actor's members come in document order, and its files count every mention of each, whatever
    /// order the files were added in.
    @Test func membersAreInDocumentOrderAndFilesCountEachFileOnce() {
        let (dir, docs) = directory([
            ("z.txt", "Kowalczyk spoke. Marta Kowalczyk left Norland.\n"),
            ("a.txt", "Later, Kowalczyk closed it. Kowalczyk smiled.\n"),
            ("m.txt", "Marta Kowalczyk opened the session.\n"),
        ])
        let root = NameKey.of("Marta Kowalczyk")
        let members = dir.members(root)
        #expect(members.map(\.document) == ["a.txt", "m.txt", "z.txt"])
        let m = docs["a.txt"]!.mentions.first { $0.text == "Kowalczyk" }!
        let actor = dir.actor(document: "a.txt", mention: m)
        #expect(actor?.files.map(\.document) == ["a.txt", "m.txt", "z.txt"])
        #expect(actor?.files.map(\.mentions) == [2, 1, 2])
    }

    /// An edit that only moves a document's names (typing before them) keeps its filing and moves its
    /// mentions: every answer asked afterwards, none of them cached before, is the one a directory built
    /// from the new text gives.
    @Test func answersAfterAnEditThatOnlyMovesNamesAreThoseOfAFreshDirectory() {
        let before = [("a.txt", "Marta Kowalczyk spoke. Kim Jong-un left.\n"),
                      ("b.txt", "Marta Kowalczyk met Kim Jong Un in Norland.\n")]
        let moved = ("a.txt", "On Monday, Marta Kowalczyk spoke at length. Later, Kim Jong-un left.\n")
        var (dir, _) = directory(before)
        #expect(dir.update(analyzer.analyze(SourceText(moved.1), id: moved.0)).isEmpty)
        let (fresh, docs) = directory([moved, before[1]])
        for m in docs["b.txt"]!.mentions {
            let here = dir.occurrences(document: "b.txt", offset: m.range.lowerBound)
            let there = fresh.occurrences(document: "b.txt", offset: m.range.lowerBound)
            #expect(here.map { "\($0.document) \($0.mention.range)" } == there.map { "\($0.document) \($0.mention.range)" },
                    "\(m.text)")
            let folded = NameKey.of(m.text)
            #expect(dir.fullNameSpellings(document: "b.txt", mention: m, folded: folded).mapValues { $0.map { "\($0.0) \($0.1.range)" } }
                    == fresh.fullNameSpellings(document: "b.txt", mention: m, folded: folded).mapValues { $0.map { "\($0.0) \($0.1.range)" } },
                    "\(m.text)")
        }
        #expect(docs["a.txt"]!.mentions.count == 2)
    }

    /// A name no lone word joins is sorted by document alone (one comparison per pair): still in document
    /// order, each file once, with the mentions its summary indexes.
    @Test func membersOfANameAloneAreInDocumentOrder() {
        let (dir, _) = directory([
            ("z.txt", "Norland voted. Norland won.\n"),
            ("a.txt", "Later, Norland spoke.\n"),
            ("m.txt", "Norland and Estland met.\n"),
            ("b.txt", "Nobody voted.\n"),
        ])
        let members = dir.members(NameKey.of("Norland"))
        #expect(members.map(\.document) == ["a.txt", "m.txt", "z.txt"])
        #expect(members.map { m in m.summary.mentions.map { m.mentions[$0].text } } == [["Norland"], ["Norland"], ["Norland", "Norland"]])
    }

    /// While one document is edited, the other documents' tally of a widely named actor is kept and the
    /// edited one's members added to it (`ActorTally`). Edits that make the document start and stop naming
    /// the actor, name it as another kind, spell it otherwise, give a lone surname's full name or take it
    /// away, and now and then an edit of another file, must each leave every actor as a fresh directory
    /// has it.
    @Test func actorsWhileOneDocumentIsEditedAreAFreshDirectorys() {
        let n = ActorDirectory.talliedFrom * 2
        func other(_ k: Int) -> String {
            ["Norland voted. Marta Kowalczyk spoke for Norland. Kim Jong Un smiled.\n",
             "Later, Kowalczyk said Norland would wait. Kim Jong-un smiled.\n",
             "Norland and Estland met. Kim Jong Un waved.\n", "The Norland Party met.\n"][k % 4]
        }
        let versions = ["Nobody voted.\n", "Norland voted.\n", "Norland and Norland again.\n",
                        "Marta Kowalczyk met Norland.\n", "Kowalczyk met Norland.\n", "NORLAND voted. Norland's team won.\n",
                        "Marta Kowalczyk-Nowak spoke.\n", "Estland voted.\n", "Mr. Kowalczyk of Norland Holdings Inc. spoke.\n",
                        "Jan Kowalczyk spoke for Norland.\n", "Kim Jong-un met Norland.\n", "Kim Jong Un met Kim Jong-un.\n",
                        "Then Kim Jong Un met Kim Jong-un.\n"]
        let ids = (0..<n).map { "d\(($0 * 37) % n).txt" }
        var texts = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, other($0)) })
        var docs: [String: DocumentAnalysis] = [:]
        for (id, text) in texts { docs[id] = analyzer.analyze(SourceText(text), id: id) }
        var dir = ActorDirectory()
        dir.update(contentsOf: ids.map { docs[$0]! })
        let edited = "d5.txt"
        for step in 0..<40 {
            // Now and then another file: its names moved (typed before), or other names.
            let id = step % 9 == 8 || step % 7 == 3 ? ids[(step * 7) % n] : edited
            let text = id == edited ? versions[(step * 7) % versions.count] : step % 2 == 0 ? "Then " + texts[id]! : other(step)
            texts[id] = text
            let a = analyzer.analyze(SourceText(text), id: id)
            dir.update(a)
            docs[id] = a
            var fresh = ActorDirectory()
            for k in ids.sorted() { fresh.update(docs[k]!) }
            // Every document's actors, as its mentions resolve (asked twice: the second answer comes from the
            // cache, the first may have made the tally).
            for _ in 0..<2 {
                for k in ids {
                    #expect(dir.actors(in: k).map(\.actor) == fresh.actors(in: k).map(\.actor), "step \(step), \(id), \(k)")
                    // And where each spelling of a full name stands.
                    for m in docs[k]!.mentions where SpellingForm.isFullName(m.text) {
                        func places(_ d: ActorDirectory) -> [String: [String]] {
                            d.fullNameSpellings(document: k, mention: m, folded: NameKey.of(m.text))
                                .mapValues { $0.map { "\($0.0):\($0.1.range)" } }
                        }
                        #expect(places(dir) == places(fresh), "step \(step), \(id), \(k), \(m.text)")
                    }
                }
            }
        }
    }

    /// A name written in more files than `orderedFrom` keeps its files in path order through a batch and the
    /// single updates after it (files starting, stopping and going on naming it, files removed): its members
    /// and its actor must be a fresh directory's, in the same order, lone surnames joining it included.
    @Test func aWidelyNamedActorsMembersStayInDocumentOrderThroughUpdates() {
        let n = ActorDirectory.orderedFrom * 2 + 3
        func text(_ k: Int, _ step: Int) -> String {
            switch (k + step) % 4 {
            case 0: return "Norland voted. Marta Kowalczyk spoke for Norland.\n"
            case 1: return "Later, Kowalczyk said Norland would wait.\n"
            case 2: return "Nobody voted.\n"
            default: return "Norland and Estland met.\n"
            }
        }
        // Paths whose order is not the order they are filed in.
        let ids = (0..<n).map { "d\(($0 * 37) % n).txt" }
        var docs = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, analyzer.analyze(SourceText(text($0, 0)), id: $1)) })
        var dir = ActorDirectory()
        dir.update(contentsOf: ids.map { docs[$0]! })
        let roots = [NameKey.of("Norland"), NameKey.of("Marta Kowalczyk"), NameKey.of("Estland")]
        for step in 1...12 {
            let k = (step * 13) % n
            if step % 5 == 0 {
                dir.remove(ids[k])
                docs[ids[k]] = nil
            } else {
                let a = analyzer.analyze(SourceText(text(k, step)), id: ids[k])
                dir.update(a)
                docs[ids[k]] = a
            }
            var fresh = ActorDirectory()
            for id in ids.sorted().reversed() { if let a = docs[id] { fresh.update(a) } }
            for root in roots {
                #expect(dir.members(root).map(\.document) == fresh.members(root).map(\.document), "step \(step)")
                #expect(dir.members(root).map(\.key) == fresh.members(root).map(\.key), "step \(step)")
                #expect(dir.actor(root: root) == fresh.actor(root: root), "step \(step)")
            }
        }
    }
}


