import Testing
@testable import AnnotationCore

/// The recogniser's cheaper paths (issue 19) against the code they replaced, kept here as the reference, on
/// sentences made from pieces written for these tests: every answer must be the same.
@Suite struct ActorRecognitionSpeedTests {
    static let pieces = ["United", "States", "Kim", "Jong", "Un", "Jong-un", "Bank", "of", "England", "NATO", "U.S.", "Iran",
                         "I", "Ran", "said", "the", "on", "Tuesday", "and", "de", "van", "Gaal", "Squad", "7", "HBL", "Harbor",
                         "Lenz", "Vale", "Morrow", "Morrow's", "New", "York", "Times", "European", "Union", "World", "Health",
                         "Organization", "WHO", "who", "G-7", "2", "al-Assad", "Bashar", ",", ".", "’s", "Minister", "Prime",
                         "North", "Korea", "Korean-American", "UNITED", "STATES", "Iranian", "Iowans", "Glorious",
                         "Interestingly", "Faustian", "bargain", "Unfazed", "Portuguese", "Rebecca", "Elm", "Grove", "F-16s",
                         "Used", "Bring", "Holy", "Asian", "Irish", "Zoë", "Ødegaard", "İstanbul", "Rene\u{0301}", "中",
                         "Jean-Marie", "SÃO", "Paulo", "&", "AT&T", "O'Brien", "Ⅻ",
                         // Whole phrases, so that runs of three and four words match.
                         "Bank of England", "World Health Organization", "Kim Jong Un", "Harbor Bank of Lenz", "Elm Grove Times",
                         "Vale Morrow", "United States", "North Korea", "European Union", "New York Times", "Squad 7"]

    /// A sentence of up to 14 pieces, most joined by a space, some without one ("Morrow,").
    static func sentence(_ numbers: inout SeededNumbers) -> String {
        var s = ""
        for k in 0..<(1 + numbers.next() % 14) {
            let p = pieces[numbers.next() % pieces.count]
            if k > 0, numbers.next() % 6 != 0 { s += " " }
            s += p
        }
        return s
    }

    static let configured = ActorRecognizer(extraActors: [
        ActorDefinition(name: "Squad 7", kind: .organization),
        ActorDefinition(name: "Harbor Bank of Lenz", kind: .organization, aliases: ["HBL"]),
    ])

    /// Each text read as one sentence, in each sentence mode, with and without configured actors and names
    /// the document knows.
    static func passes(_ count: Int, _ body: (inout RecognitionPass) -> Void) {
        var numbers = SeededNumbers()
        let plain = ActorRecognizer()
        let known: [IntegerKey: ActorLexicon.Entry] = [
            IntegerKey(NameKey.of("Vale Morrow")): ActorLexicon.Entry(name: "Vale Morrow", kind: .person, role: .name, capsOnly: false, tokens: 2),
            IntegerKey(NameKey.of("Morrow")): ActorLexicon.Entry(name: "Vale Morrow", kind: .person, role: .name, capsOnly: false, tokens: 1),
            IntegerKey(NameKey.of("Elm Grove Times")): ActorLexicon.Entry(name: "Elm Grove Times", kind: .organization, role: .name, capsOnly: false, tokens: 3),
        ]
        for n in 0..<count {
            var text = sentence(&numbers)
            text.withUTF8 { buf in
                let segmentation = Segmentation(sentences: [Sentence(range: 0..<buf.count, paragraph: 0)])
                var pass = RecognitionPass(buf: buf, recognizer: n % 2 == 0 ? plain : configured, segmentation: segmentation)
                pass.strict = [SentenceMode.prose, .titleCase, .allCaps][n % 3]
                if n % 5 < 3 { pass.known = known }
                body(&pass)
            }
        }
    }

    @Test func aPhraseMatchIsTheOneTheFullWalkFinds() {
        var compared = 0, found = 0
        Self.passes(6_000) { pass in
            let count = pass.tokens.count
            for j in 0..<count {
                for b in Set([j + 1, j + 2, j + 4, count]) where b <= count {
                    let new = pass.phraseMatch(at: j, end: b), old = pass.referencePhraseMatch(at: j, end: b)
                    #expect(new?.0.name == old?.0.name && new?.1 == old?.1 && new?.0.kind == old?.0.kind
                            && new?.0.tokens == old?.0.tokens && new?.0.role == old?.0.role)
                    compared += 1
                    if old != nil { found += 1 }
                }
            }
        }
        #expect(compared > 50_000)
        #expect(found > 5_000)
    }

    @Test func aCandidateIsTheOneBuiltWordByWord() {
        var numbers = SeededNumbers()
        Self.passes(2_000) { pass in
            let count = pass.tokens.count
            guard count > 0 else { return }
            for _ in 0..<4 {
                let lo = numbers.next() % count
                let hi = lo + 1 + numbers.next() % (count - lo)
                let new = pass.candidate(lo..<hi, kind: .person, name: nil, person: true, fixed: false)
                let old = pass.referenceCandidate(lo..<hi)
                #expect(new.key == old.key && new.wordKeys == old.wordKeys && new.range == old.range && new.tokens == old.tokens)
            }
        }
    }

    @Test func aWordsSuffixIsReadAsBefore() {
        var yes = 0
        Self.passes(4_000) { pass in
            for i in pass.tokens.indices {
                for (fast, suffix) in [(StaticString("ed"), "ed"), ("ing", "ing"), ("ly", "ly"), ("ian", "ian"), ("ean", "ean"),
                                       ("ese", "ese"), ("ish", "ish"), ("esque", "esque")] {
                    let new = pass.endsWith(i, fast)
                    #expect(new == pass.referenceEndsWith(i, suffix))
                    if new { yes += 1 }
                }
            }
        }
        #expect(yes > 300)
    }
}

/// The code the faster paths replaced, as it was.
extension RecognitionPass {
    func referencePhraseMatch(at j: Int, end b: Int) -> (ActorLexicon.Entry, Int)? {
        let first = tokens[j]
        guard first.has(.capitalised) || first.has(.allCaps) || startsLowercaseName(j) else { return nil }
        var running = NameKey()
        var best: (ActorLexicon.Entry, Int)? = nil
        let limit = min(b, j + maxPhraseTokens)
        var k = j
        while k < limit {
            let t = tokens[k]
            if k > j, !t.has(.joinsPrevious) { break }
            var ending = running
            ending.add(buf, t.start..<t.end)
            if t.has(.capitalised) || t.has(.allCaps) || t.has(.hasDigit) {
                let allCaps = first.has(.allCaps)
                let words = k - j + 1
                if let e = configured[ending.value], !(e.capsOnly && !allCaps), words <= max(e.tokens, 1) {
                    best = (e, words)
                } else if let e = lexicon.phrase(ending.value, allCaps: allCaps), words <= max(e.tokens, 1) {
                    best = (e, words)
                } else if strict != .prose, let e = known[IntegerKey(ending.value)], words <= max(e.tokens, 1) {
                    best = (e, words)
                }
            }
            if t.has(.possessive) { break }
            running = ending
            k += 1
        }
        return best
    }

    func referenceCandidate(_ r: Range<Int>) -> ActorCandidate {
        var key = NameKey()
        var words: [UInt64] = []
        for i in r {
            key.add(buf, tokens[i].start..<tokens[i].end)
            words.append(tokens[i].key)
        }
        return ActorCandidate(tokens: r, range: tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end,
                              kind: .person, name: nil, key: key.value, wordKeys: words, personEvidence: true, fixed: false)
    }

    /// The suffix test of `looksLikeAdjectiveOrVerb` as it was, with the suffix made into an array.
    func referenceEndsWith(_ i: Int, _ suffix: String) -> Bool {
        let t = tokens[i]
        let s = Array(suffix.utf8)
        guard t.end - t.start > s.count + 2 else { return false }
        for (k, c) in s.enumerated() where Bytes.lower(buf[t.end - s.count + k]) != c { return false }
        return true
    }
}
