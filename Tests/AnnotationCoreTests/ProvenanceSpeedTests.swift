import Testing
@testable import AnnotationCore

/// The provenance cue finder reads its lists as word facts and its tokens in place (issue 19): each shortcut
/// it takes gives the answer of what it replaced. (The whole finder was compared with the one before it on
/// 4,000 generated sentences before this landed; that comparison, which holds a copy of the old finder, was
/// not kept, as every later change of a cue rule would have to change the copy too.)
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
            #expect(cues.isReportingVerb(w) == Self.referenceIsReportingVerb(cues, w), "\(w)")
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

    /// Word lists read from their bytes (every lexicon's, the cue lists among them) are the lists read
    /// character by character: the five cue lists and texts with comments, blanks, tabs, fields, empty
    /// words, CRs and words beyond ASCII.
    @Test func wordListsReadByBytesAreTheCharacterReading() {
        var texts = [Lexicon.reportingVerbData, Lexicon.sourceDocumentData, Lexicon.sourcePrepositionData,
                     Lexicon.vaguePhraseData, Lexicon.vagueSubjectData]
        let pieces = ["said", " Told ", "\t", ",", ",", " ", "|", "# note", "\n", "\n", "according to", "A", "x,,y", "\r\n", "é", "#"]
        var random = SeededNumbers()
        for _ in 0..<400 {
            texts.append((0..<(random.next() % 30)).map { _ in pieces[random.next() % pieces.count] }.joined())
        }
        for text in texts {
            #expect(LexiconParsing.wordStrings(text) == LexiconParsing.wordStringsByCharacters(text), "\(text.debugDescription)")
        }
        // Phrases cut at their spaces as bytes: the words of a split by characters.
        for phrase in ["according to", " it  is said ", "", " ", "naïve  view", "a\r\nb c", "x"] + texts.prefix(60) {
            #expect(CueLexicon.phraseWords(phrase) == phrase.split(separator: " ").map(String.init), "\(phrase.debugDescription)")
        }
    }

    /// `CueLexicon.isReportingVerb` as it was before the -ing forms were read by their bytes.
    static func referenceIsReportingVerb(_ cues: CueLexicon, _ w: String) -> Bool {
        if cues.reportingVerbs.contains(w) { return true }
        guard w.utf8.count > 5, w.utf8.suffix(3).elementsEqual("ing".utf8), Bytes.hasSuffix(w, "ing"), w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return cues.reportingVerbs.contains(stem) || cues.reportingVerbs.contains(stem + "e")
            || (stem.count > 3 && stem.last == stem.dropLast().last && cues.reportingVerbs.contains(String(stem.dropLast())))
    }
}
