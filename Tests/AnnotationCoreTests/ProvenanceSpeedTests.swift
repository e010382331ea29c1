import Testing
@testable import AnnotationCore

/// The provenance cue finder reads its lists as word facts and its tokens in place (issue 19): it must find
/// exactly the cues the finder before it found (`ReferenceSentenceCues`), for any sentence.
@Suite struct ProvenanceSpeedTests {
    /// Each provenance fact beside the list it stands for, for every word of the lists and words of none.
    @Test func eachCueFactIsTheAnswerOfItsLists() {
        var queries = Set(SentenceCues.cueWordLists.flatMap(\.0))
        queries.formUnion(["", ";", "x", "Then", "they’ve", "editor’s", "naïve", "cafe\u{301}", "\u{37E}", "whos"])
        for (list, fact) in SentenceCues.cueWordLists where fact != .cueListWord {
            for w in queries { #expect(Vocabulary.facts(of: w).contains(fact) == list.contains(w), "\(fact.rawValue): \(w)") }
        }
        for w in queries {
            let listed = SentenceCues.otherCueLists.contains { $0.contains(w) }
            #expect(Vocabulary.facts(of: w).contains(.cueListWord) == listed, "cueListWord: \(w)")
        }
        // A token without facts (a number, a mark) is no word of a standard phrase.
        for phrases in [CueLexicon.shared.sourcePhrases, CueLexicon.shared.vaguePhrases] {
            for w in phrases.dictionary.values.joined().joined() {
                #expect(w.unicodeScalars.first.map(\.properties.isAlphabetic) == true, "\(w)")
            }
        }
        // The lists the pass asks through the standard lexicon's facts are the ones every lexicon holds.
        let configured = CueLexicon(extraSource: ["data compiled by"], extraVague: ["it is rumoured"])
        #expect(configured.vagueSubjects == CueLexicon.shared.vagueSubjects)
        #expect(configured.documentNouns == CueLexicon.shared.documentNouns)
        #expect(configured.reportingVerbs == CueLexicon.shared.reportingVerbs)
    }

    /// Sentences built from the lists' own words, names, numbers and marks: the cues found are the
    /// reference's, with the standard lexicon and with a configured one.
    @Test func cuesAreTheReferenceCues() {
        var random = SeededNumbers()
        let configured = CueLexicon(extraSource: ["data compiled by"], extraVague: ["it is rumoured", "insiders say"])
        var differences: [String] = []
        var cuesFound = 0
        for n in 0..<4_000 {
            let sentence = Self.sentence(&random)
            let source = SourceText(sentence)
            let range = 0..<source.bytes.count
            let tokens = source.bytes.withUnsafeBufferPointer { WordTokenizer.tokens($0, range, excluded: []) }
            let mentions = Self.mentions(tokens, source, &random)
            for cues in [CueLexicon.shared, configured] {
                let new = SentenceCues.find(tokens, sentence: range, text: source, cues: cues, mentions: mentions, citations: [])
                let old = ReferenceSentenceCues.find(tokens, sentence: range, text: source, cues: cues, mentions: mentions, citations: [])
                cuesFound += new.cues.count
                if Self.describe(new) != Self.describe(old), differences.count < 5 {
                    differences.append("#\(n) \(sentence)\n new: \(Self.describe(new))\n old: \(Self.describe(old))")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        // The sentences do carry cues: the comparison is not of empty answers.
        #expect(cuesFound > 4_000)
    }

    /// The -ing forms read by their bytes: every form of every reporting verb, doubled, cut, capitalised or
    /// spelt beyond ASCII, is a reporting verb exactly when the string test said so.
    @Test func ingFormsAreTheStringTestsAnswers() {
        let cues = CueLexicon.shared
        var forms: Set<String> = ["ing", "sing", "thing", "during", "evening", "morning", "saying", "noting", "submitting",
                                  "naïveting", "cafe\u{301}ing", "sayıng", "say\r\ning", "stopping", "seing", "ising"]
        for v in cues.reportingVerbs.strings.union(SentenceCues.speechVerbs.strings) {
            let stem = v.hasSuffix("e") ? String(v.dropLast()) : v
            for f in [v + "ing", stem + "ing", v + String(v.last!) + "ing", stem + "e" + "ing", String(v.dropLast(2)) + "ing"] {
                forms.insert(f)
                forms.insert(f.uppercased())
                forms.insert("é" + f)
            }
        }
        for w in forms {
            #expect(cues.isReportingVerb(w) == ReferenceSentenceCues.isReportingVerb(cues, w), "\(w)")
        }
    }

    /// A paragraph's leading speaker, its first colon found eight bytes at a time: the answer of the byte loop
    /// before it, for paragraphs with their marks at every place around the 60th byte, within a larger text.
    @Test func leadingSpeakersAreTheByteLoopsAnswers() {
        var random = SeededNumbers()
        let pieces = ["Jane", "Roe", "Acme", "Türkiye", "said", "we", "will", "cut", "jobs", "500", ":", ": ", ",", ".", "é",
                      "Q", "Editor", "NOTE", "—", "“", "\"", "the", "JANE ROE", "of", "x"]
            // Long names, so that a colon falls on each side of the 60th byte.
            + (17...31).map { "Ab" + String(repeating: "c", count: $0) }
        var checked = 0
        for _ in 0..<20_000 {
            var paragraph = ""
            for _ in 0..<(1 + random.next() % 24) {
                let piece = pieces[random.next() % pieces.count]
                paragraph += random.next() % 3 == 0 || piece.first == ":" ? piece : " " + piece
            }
            let text = Array(("lead " + paragraph + " tail").utf8)
            let r = 5..<(text.count - 5)
            let (new, old) = text.withUnsafeBufferPointer { buf in
                (SpeechStructure.leadingSpeaker(buf, r), Self.referenceLeadingSpeaker(buf, r))
            }
            #expect(new == old, "\(paragraph)")
            if new != nil { checked += 1 }
        }
        #expect(checked > 50)
    }

    /// `SpeechStructure.leadingSpeaker` before its colon was found eight bytes at a time.
    static func referenceLeadingSpeaker(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound < 60, buf[i] != 0x3A, buf[i] != 0x2E, buf[i] != 0x2C { i += 1 }
        guard i < r.upperBound, buf[i] == 0x3A, i + 1 < r.upperBound, buf[i + 1] == 0x20 else { return nil }
        let words = String(decoding: UnsafeBufferPointer(rebasing: buf[r.lowerBound..<i]), as: UTF8.self).split(separator: " ")
        guard (2...3).contains(words.count),
              words.allSatisfy({ $0.unicodeScalars.first!.properties.isUppercase && $0.unicodeScalars.contains { $0.properties.isLowercase } }),
              !SpeechStructure.labelWords.contains(words[0].lowercased()) else { return nil }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: buf[(i + 1)..<r.upperBound]), as: UTF8.self)
        guard rest.split(separator: " ").filter({ $0.unicodeScalars.contains { $0.properties.isAlphabetic } }).count >= 3 else { return nil }
        return words.joined(separator: " ")
    }

    /// The first mention in a range is found with one search.
    @Test func mentionHelpersAreTheirReferences() {
        var random = SeededNumbers()
        for _ in 0..<2_000 {
            var starts = (0..<(random.next() % 8)).map { _ in random.next() % 60 }
            starts.sort()
            let mentions = starts.map { ActorMention(range: $0..<($0 + 3), text: "A", name: "A\($0)", kind: .person) }
            let lo = random.next() % 64
            let r = lo..<(lo + random.next() % 20)
            #expect(SentenceCues.firstMention(mentions, startingIn: r).map { mentions[$0] } == mentions.starting(in: r).first, "\(starts) \(r)")
        }
        // A name with a space is no vague subject, lowered or not.
        #expect(SentenceCues.vagueSubjectsAreWords)
        for name in ["Jane Roe", "Some Analysts", "ANALYSTS", "Analysts", "İnsiders", "x y"] where !SentenceCues.mayBeVagueSubject(name) {
            #expect(!CueLexicon.shared.vagueSubjects.contains(name.lowercased()), "\(name)")
        }
    }

    /// A word's lower-cased string ends in "g" only when the word was written with a last "g" or "G": no
    /// other character's lower case ends in that letter (so `mayReport` reads the text's last byte first).
    @Test func onlyGLowersToAnEndingG() {
        var endingInG: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v), c != "g", c != "G", c.properties.changesWhenLowercased else { continue }
            // A character that keeps its case ends in its own last byte, which is "g" only for "g".
            if c.properties.lowercaseMapping.utf8.last == UInt8(ascii: "g") { endingInG.append("U+\(String(v, radix: 16))") }
        }
        #expect(endingInG.isEmpty, "\(endingInG)")
        // And a symbol's string is "." only when the symbol is the full stop (its dot is read as a byte).
        var dots: [String] = []
        for v in UInt32(0x80)...0x10FFFF {
            if let c = Unicode.Scalar(v), String(c) == "." { dots.append("U+\(String(v, radix: 16))") }
        }
        #expect(dots.isEmpty, "\(dots)")
    }

    /// The cue lists read from their bytes are the lists `LexiconParsing` reads: the five of the lexicon and
    /// texts with comments, blanks, tabs, fields, empty words, CRs and words beyond ASCII.
    @Test func cueListsReadByBytesAreTheParsersLists() {
        var texts = [Lexicon.reportingVerbData, Lexicon.sourceDocumentData, Lexicon.sourcePrepositionData,
                     Lexicon.vaguePhraseData, Lexicon.vagueSubjectData]
        let pieces = ["said", " Told ", "\t", ",", ",", " ", "|", "# note", "\n", "\n", "according to", "A", "x,,y", "\r\n", "é", "#"]
        var random = SeededNumbers()
        for _ in 0..<400 {
            texts.append((0..<(random.next() % 30)).map { _ in pieces[random.next() % pieces.count] }.joined())
        }
        for text in texts {
            #expect(CueLexicon.wordStrings(text) == LexiconParsing.wordStrings(text), "\(text.debugDescription)")
        }
        // Phrases cut at their spaces as bytes: the words of a split by characters.
        for phrase in ["according to", " it  is said ", "", " ", "naïve  view", "a\r\nb c", "x"] + texts.prefix(60) {
            #expect(CueLexicon.phraseWords(phrase) == phrase.split(separator: " ").map(String.init), "\(phrase.debugDescription)")
        }
    }

    static func describe(_ c: SentenceCues) -> String {
        let cues = c.cues.map { "\($0.attribution) \($0.sourceSpan) \(String(describing: $0.content)) \($0.endsAtCoordination)" }
        return "\(cues) \(c.coordinatedSubjects)"
    }

    static func describe(_ c: ReferenceSentenceCues) -> String {
        let cues = c.cues.map { "\($0.attribution) \($0.sourceSpan) \(String(describing: $0.content)) \($0.endsAtCoordination)" }
        return "\(cues) \(c.coordinatedSubjects)"
    }

    /// Every word the pass asks about, and the verbs' -ing forms.
    static let listWords: [String] = {
        var words = Set(SentenceCues.cueWordLists.flatMap(\.0))
        let lexicon = CueLexicon.shared
        words.formUnion(lexicon.reportingVerbs.strings)
        words.formUnion(lexicon.documentNouns.strings)
        words.formUnion(SentenceCues.speechNouns.strings)
        words.formUnion(SentenceCues.estimateVerbs.strings)
        words.formUnion(SentenceCues.projectionVerbs.strings)
        words.formUnion(CueLexicon.excludedVerbs.strings)
        words.formUnion(Abbreviations.titles.strings)
        words.formUnion(["compared", "meaning", "means", "including", "whose", "all", "asked", "when", "call", "called",
                         "calling", "ruling", "ruled", "threatened", "talked", "pointed", "point", "among", "or"])
        for phrases in lexicon.sourcePhrases.dictionary.values.joined() { words.formUnion(phrases) }
        for phrases in lexicon.vaguePhrases.dictionary.values.joined() { words.formUnion(phrases) }
        for v in lexicon.reportingVerbs.strings.sorted().prefix(400) where v.count > 3 {
            words.insert(v.hasSuffix("e") ? String(v.dropLast()) + "ing" : v + "ing")
        }
        return words.filter { !$0.contains(" ") }.sorted()
    }()

    /// The phrases of both lexicons the test reads with.
    static let phrases: [[String]] = {
        let configured = CueLexicon(extraSource: ["data compiled by"], extraVague: ["it is rumoured", "insiders say"])
        let tables = [configured.sourcePhrases, configured.vaguePhrases]
        return tables.flatMap { $0.dictionary.values.joined() }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }()

    /// Names, numbers, marks and words beyond ASCII.
    static let others: [String] = [
        "Jane", "Roe", "Acme", "Smith", "Gazette", "Lakeside", "Institute", "NBC", "J", "Mr", "Sen", "Türkiye",
        "naïve", "they’ve", "she'd", "Editor’s", "city’s", "Clinton's", "candidates", "5,000", "46", "1.2", "2024",
        "12th", "$", "%", "percent", "million", "billion", "dollars", "voters", "jobs", "residents", "sales",
    ]
    static let marks: [String] = [",", ",", ",", ".", ";", ":", "“", "”", "\"", "'", "’", "(", ")", "—", "–", "?", "!",
                                  "«", "»", "„", "…", "\u{37E}", "''"]

    static func sentence(_ random: inout SeededNumbers) -> String {
        var out = ""
        let length = 3 + random.next() % 36
        for _ in 0..<length {
            let roll = random.next() % 100
            var piece: String
            var tight = false
            if roll < 6 {
                // A whole cue phrase, at times with an adverb it may skip after its first word.
                var words = phrases[random.next() % phrases.count]
                if words.count > 1, random.next() % 3 == 0 {
                    let adverbs = CueLexicon.interveningAdverbs.strings.sorted()
                    words.insert(adverbs[random.next() % adverbs.count], at: 1)
                }
                piece = words.joined(separator: " ")
            } else if roll < 55 {
                piece = listWords[random.next() % listWords.count]
            } else if roll < 75 {
                piece = others[random.next() % others.count]
            } else {
                piece = marks[random.next() % marks.count]
                tight = random.next() % 3 != 0
            }
            if roll < 75, random.next() % 4 == 0 { piece = piece.prefix(1).uppercased() + piece.dropFirst() }
            if roll < 75, random.next() % 40 == 0 { piece = piece.uppercased() }
            if !out.isEmpty, !tight { out += " " }
            out += piece
        }
        return out
    }

    /// Some capitalised words are mentions of actors (some named as an anonymous collective is).
    static func mentions(_ tokens: [Token], _ text: SourceText, _ random: inout SeededNumbers) -> [ActorMention] {
        var out: [ActorMention] = []
        for t in tokens where t.capitalized && random.next() % 3 == 0 {
            let name = random.next() % 4 == 0 ? "Analysts" : text.string(t.range)
            out.append(ActorMention(range: t.range, text: text.string(t.range), name: name, kind: .person))
        }
        return out
    }
}
