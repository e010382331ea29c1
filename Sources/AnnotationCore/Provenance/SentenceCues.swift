/// The attribution cues of one sentence. Each cue knows what it attributes: what follows "X said" (or what
/// precedes a trailing "…, X said."), everything but the source's own words for "according to X" and named
/// documents. A figure in the source's words ("46 percent of voters said") is not what the source says.
struct SentenceCues: Sendable {
    struct Cue: Sendable {
        var attribution: SourceAttribution
        /// The source's words (subject of the verb, object of "according to").
        var sourceSpan: Range<Int>
        /// The parts of the sentence the cue attributes; nil means all but the source's words.
        var content: [Range<Int>]? = nil
        /// A reporting verb's cue reports its own clause: a later coordinated clause has its own source.
        var endsAtCoordination = false

        func attributes(_ figure: Range<Int>) -> Bool {
            if sourceSpan.overlaps(figure) { return false }
            guard let content else { return true }
            return content.contains { $0.contains(figure.lowerBound) }
        }
    }

    var cues: [Cue] = []
    var sentence: Range<Int> = 0..<0
    /// Subjects of reporting verbs that open a coordinated clause ("…, while 9 percent said…"): they are
    /// sources, so what an earlier cue reports ends where they begin.
    var coordinatedSubjects: [Range<Int>] = []

    /// Adds a cue. A sentence with cues has a few: room for four is made at the first, where appending one
    /// by one regrew the list at almost every cue.
    mutating func append(_ cue: Cue) {
        if cues.capacity == 0 { cues.reserveCapacity(4) }
        cues.append(cue)
    }

    /// The best source for a figure of this sentence: a specific one beats a vague one.
    func source(for figure: Range<Int>) -> SourceAttribution? {
        let subject = coordinatedSubjects.first { $0.overlaps(figure) }
        // The first applicable specific cue, else the first applicable vague one: read in one pass, with no
        // list of the applicable ones made for every claim.
        var vague: Int? = nil
        for k in cues.indices {
            let status = cues[k].attribution.status
            guard status == .specific || (status == .vague && vague == nil), cues[k].attributes(figure) else { continue }
            if let subject, cues[k].endsAtCoordination,
               (cues[k].attribution.range ?? cues[k].sourceSpan).upperBound <= subject.lowerBound { continue }
            if status == .specific { return cues[k].attribution }
            vague = k
        }
        return vague.map { cues[$0].attribution }
    }

    static let pronouns: WordSet = ["he", "she", "i", "we", "they", "it", "you"]

    /// A subject pronoun, also contracted with its auxiliary ("they’ve", "she'd", "we'll").
    static func isPronoun(_ w: String) -> Bool {
        pronouns.contains(w) || isContractedPronoun(w)
    }

    /// "they’ve", "she'd": a pronoun before an apostrophe.
    static func isContractedPronoun(_ w: String) -> Bool {
        // The bytes first: a word with neither apostrophe's bytes has neither apostrophe.
        guard Bytes.contains(w, where: { $0 == 0x27 || $0 == 0xE2 }),
              let cut = w.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return pronouns.contains(String(w[..<cut]))
    }
    /// Words that may stand between a subject and its verb ("Smith also said", "officials have estimated").
    static let auxiliaries: WordSet = [
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might", "may",
        "recently", "previously", "earlier", "later", "then", "now", "once", "further", "repeatedly", "publicly",
        "privately", "reportedly", "separately", "again", "even", "already", "still", "not", "never", "did", "does",
        "do", "been", "last", "on", "this", "week", "month", "year", "today", "yesterday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "an", "statement",
    ]
    /// Words after which a verb form is a noun ("the report", "an estimate", "in his statement").
    static let determiners: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                           "these", "those", "whose", "of", "to", "in", "for", "on", "by", "with"]
    static let articles: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                        "these", "those", "of", "to", "in", "for", "on", "by", "with"]
    /// Capitalised words that are not names: adjectives of origin and the like.
    static let notNames: WordSet = [
        "western", "eastern", "northern", "southern", "european", "american", "russian", "chinese", "ukrainian",
        "korean", "north", "south", "british", "french", "german", "israeli", "iranian", "japanese", "indian",
        "foreign", "local", "state", "federal", "government", "officials", "the", "a", "an", "some", "many",
        "according", "but", "and", "as", "in", "on", "at", "for", "while", "with", "it", "this", "that", "these",
        "those", "there", "i", "we", "he", "she", "they", "mr", "mrs", "ms", "dr", "editor", "editor's", "editor’s",
    ]

    static func find(_ sentenceTokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                     mentions: [ActorMention], citations: [Range<Int>]) -> SentenceCues {
        let tokens = withoutAbbreviationDots(sentenceTokens, text)
        var out = SentenceCues()
        out.sentence = sentence
        // A link, URL or footnote in the sentence cites it.
        if let c = citations.first(where: { $0.overlaps(sentence) }) {
            out.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(c), range: c), sourceSpan: c))
            return out
        }
        var i = 0
        while i < tokens.count {
            if let n = cues.vagueMatch(tokens, i) {
                let r = tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound
                out.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: r,
                                    content: [contrastClause(tokens, around: i, length: n, sentence: sentence)]))
            }
            if let n = cues.sourceMatch(tokens, i) {
                // "according to X", "data from X": X runs to the end of its clause.
                let objectStart = i + n
                var end = objectStart
                // "figures from the trade body show 12,000…": the source's words end at the verb that reports.
                while end < tokens.count, !isBreak(tokens[end]),
                      !(end > objectStart + 1 && isIn(objectVerbs, tokens, end)) { end += 1 }
                if end > objectStart {
                    let r = tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
                    out.add(window: objectStart..<end, tokens, cueRange: r, text: text, cues: cues, mentions: mentions,
                            allowPronoun: false, speech: true)
                }
            }
            if mayReport(tokens, i, text) {
                addReportingVerb(at: i, tokens, sentence: sentence, text: text, cues: cues, mentions: mentions, to: &out)
            }
            if tokens[i].facts.contains(.documentNoun) {
                out.addDocument(at: i, tokens, text: text, cues: cues, mentions: mentions)
            } else if tokens[i].facts.contains(.speechNoun), isOwnedOrClausal(tokens, i) {
                // "the mayor's claim that 90 percent…": the owner of a claim is its source.
                out.addDocument(at: i, tokens, text: text, cues: cues, mentions: mentions)
            }
            i += 1
        }
        return out
    }

    /// The clause an anonymous cue hedges: "were said to be at risk, while 8% had left" hedges only what comes
    /// before the contrast. A comma followed by a contrasting conjunction, or a semicolon, bounds it.
    static func contrastClause(_ tokens: [Token], around i: Int, length n: Int, sentence: Range<Int>) -> Range<Int> {
        func opensContrast(_ k: Int) -> Bool {
            guard tokens[k].kind == .symbol else { return false }
            if tokens[k].lower == ";" { return true }
            return tokens[k].lower == "," && k + 1 < tokens.count && isIn(contrastWords, tokens, k + 1)
        }
        var lo = sentence.lowerBound
        var k = i - 1
        while k >= 0, i - k <= clauseReach {
            if opensContrast(k) { lo = tokens[k].range.upperBound; break }
            k -= 1
        }
        var hi = sentence.upperBound
        k = i + n
        while k < tokens.count, k - i <= clauseReach {
            if opensContrast(k) { hi = tokens[k].range.lowerBound; break }
            k += 1
        }
        return lo..<max(lo, hi)
    }

    static let contrastWords: WordSet = ["while", "whereas", "but", "although", "though", "yet"]

    /// Present-tense verbs a data source governs ("data from the bureau show"): they end the source's name.
    static let objectVerbs: WordSet = ["show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
                                           "indicates", "indicated", "reveal", "reveals", "revealed", "put", "puts",
                                           "found", "find", "finds", "say", "says", "said"]

    /// Nouns of statements: a source when owned ("Clinton's claim") or followed by what was stated.
    static let speechNouns: WordSet = ["claim", "claims", "assertion", "assertions", "prediction", "predictions",
                                           "promise", "promises", "pledge", "pledges", "boast", "contention", "argument",
                                           // Requests made in words: "his call to raise the wage to $15".
                                           "call", "calls", "plea", "demand", "demands", "request", "requests"]

    static func isOwnedOrClausal(_ tokens: [Token], _ i: Int) -> Bool {
        if i + 1 < tokens.count, isWord(tokens, i + 1, "that", .determiner) { return true }
        return i > 0 && (isPossessive(tokens, i - 1) || isIn(possessiveDeterminers, tokens, i - 1))
    }

    /// "his claim", "their call": the owner is the subject named nearby.
    static let possessiveDeterminers: WordSet = ["his", "her", "their", "its"]

    /// "Clinton's", "the city’s": a possessive makes the next word a noun and names its owner.
    static func isPossessive(_ w: String) -> Bool { Bytes.hasPossessiveSuffix(w) }

    /// "the candidates’ estimates": an apostrophe written tight after a plural makes it a possessive.
    static func isPluralPossessive(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k].kind == .symbol, tokens[k].lower == "’" || tokens[k].lower == "'", !tokens[k].spaceBefore,
              tokens[k - 1].kind == .word, Bytes.hasSuffix(tokens[k - 1].lower, "s") else { return false }
        return k + 1 < tokens.count && tokens[k + 1].spaceBefore && tokens[k + 1].kind == .word
    }

    static func isQuoteToken(_ t: Token) -> Bool { t.kind == .symbol && t.lower.unicodeScalars.first!.isQuote }

    /// A double quotation mark, or the second of a doubled apostrophe ('' as some wires write it).
    static func isQuotationMark(_ tokens: [Token], _ k: Int) -> Bool {
        guard isQuoteToken(tokens[k]) else { return false }
        switch tokens[k].lower {
        case "\"", "“", "”", "«", "»", "„": return true
        default: return k > 0 && isQuoteToken(tokens[k - 1]) && !tokens[k].spaceBefore
                     && (k < 2 || !isQuoteToken(tokens[k - 2]))
        }
    }

    /// Quotation marks among the `clauseReach` tokens before `end` (bounded, so that a sentence of many verbs
    /// stays linear).
    static func quotationMarks(_ tokens: [Token], before end: Int) -> Int {
        var n = 0
        // The kind first, in place: every token of the reach is asked.
        for k in max(0, end - clauseReach)..<min(end, tokens.count) where tokens[k].kind == .symbol && isQuotationMark(tokens, k) { n += 1 }
        return n
    }

    /// How far, in tokens, a clause scan looks.
    static let clauseReach = 150

    /// A closing quotation mark after the quotation's last punctuation (`…,” Roe said`, `…,'' she told`), not an
    /// apostrophe ("Sanders' team") or quotes around a name ("a paper called “The Local” cited").
    static func closesQuotation(_ tokens: [Token], _ k: Int) -> Bool {
        guard k >= 0, isQuoteToken(tokens[k]) else { return false }
        var j = k - 1
        while j >= 0, isQuoteToken(tokens[j]) { j -= 1 }
        guard j >= 0 else { return false }
        return [",", ".", "?", "!", "…"].contains(tokens[j].lower)
    }

    static func isBreak(_ t: Token) -> Bool {
        // Every break is a symbol, and the kind is asked first: comparing a word with "—" as a String takes the
        // Unicode-normalising path, for every word of every sentence.
        guard t.kind == .symbol else { return false }
        switch t.lower {
        case ",", ";", ":", "—", "(", ")", ".", "?", "!": return true
        case "–": return t.spaceBefore
        default: return false
        }
    }

    /// Classifies the words of a source window: a named actor or a capitalised name → specific; a pronoun →
    /// specific (its antecedent is named nearby); an anonymous collective → vague; "the ministry said" →
    /// specific for verbs of speech, nothing otherwise.
    mutating func add(window: Range<Int>, _ tokens: [Token], cueRange: Range<Int>, text: SourceText, cues: CueLexicon,
                      mentions: [ActorMention], allowPronoun: Bool, speech: Bool, content: [Range<Int>]? = nil) {
        let cue = text.string(cueRange)
        // ", saying that …": the subject is the main clause's, out of reach; a verb of speech still reports.
        guard !window.isEmpty else {
            if speech { self.append(Cue(attribution: SourceAttribution(status: .specific, text: cue, range: cueRange), sourceSpan: cueRange, content: content)) }
            return
        }
        let span = tokens[window.lowerBound].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound
        func add(_ status: SourceStatus, actor: String? = nil) {
            self.append(Cue(attribution: SourceAttribution(status: status, text: cue, actor: actor, range: cueRange),
                                 sourceSpan: span, content: content))
        }
        // "Analysts estimate": a capitalised common plural opening the sentence is no one's name.
        if let m = SentenceCues.firstMention(mentions, startingIn: span),
           !SentenceCues.mayBeVagueSubject(mentions[m].name) || !cues.vagueSubjects.contains(mentions[m].name.lowercased()) {
            add(.specific, actor: mentions[m].name); return
        }
        // The words read through the array, not copied out of it (a token copy costs ~140 instructions);
        // the lists asked by the words' facts (`cues.vagueSubjects` is the standard list: no configuration
        // adds to it).
        var vagueWord = false
        var name: [String] = []
        for k in window {
            let vague = tokens[k].facts.contains(.vagueSubject)
            if vague { vagueWord = true }
            if tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].facts.contains(.notName), !vague,
               !(k == 0 && SentenceCues.isIn(SentenceCues.sentenceStarts, tokens, k)) {
                name.append(text.string(tokens[k].range))
            } else if !name.isEmpty, tokens[k].kind == .word, !tokens[k].capitalized { break }
        }
        if !name.isEmpty { add(.specific, actor: name.joined(separator: " ")); return }
        if allowPronoun, window.contains(where: { SentenceCues.isPronoun(tokens, $0) }), !vagueWord { add(.specific); return }
        if vagueWord { add(.vague) } else if speech || window.contains(where: { SentenceCues.isInstitution(tokens, $0) }) { add(.specific) }
    }

    /// "a State Department fact sheet", "In an NBC News poll", "The April survey found": a document that
    /// carries figures is a source; a named one is specific.
    mutating func addDocument(at i: Int, _ tokens: [Token], text: SourceText, cues: CueLexicon, mentions: [ActorMention]) {
        var start = i
        var named: [String] = []
        while start > 0, i - start < 5, !SentenceCues.isBreak(tokens[start - 1]) {
            let t = start - 1
            if tokens[t].facts.contains(.article) { break }
            // "the 50-state poll": a number fused to the name by a hyphen is part of it; others end it.
            if tokens[t].kind == .number, !(start < tokens.count && tokens[start].lower == "-" && !tokens[start].spaceBefore) { break }
            if tokens[t].capitalized, !tokens[t].facts.contains(.notName), !tokens[t].facts.contains(.vagueSubject) {
                named.insert(text.string(tokens[t].range), at: 0)
            }
            start -= 1
        }
        // "a statement by George Roe", "a survey by the Lakeside Institute": the author named after "by".
        var end = i
        if named.isEmpty, let author = authorAfter(tokens, i, text: text) {
            named = author.name
            end = author.end - 1
        }
        // The words before the document and after it, asked in place (an empty "previous word" is in no list).
        let governs = i + 1 < tokens.count
            && (tokens[i + 1].facts.contains(.reportingVerb) || SentenceCues.isIn(SentenceCues.documentVerbs, tokens, i + 1))
        // "the city's annual report": a possessive owner makes the document identifiable.
        let owned = (start..<i).contains { SentenceCues.isPossessive(tokens, $0) }
            || (start..<i).contains { SentenceCues.isPluralPossessive(tokens, $0) }
        // "his call to raise…", "their claim that…": a statement owned by the person the clause is about.
        let ownedBySubject = tokens[i].facts.contains(.speechNoun) && start > 0
            && SentenceCues.isIn(SentenceCues.possessiveDeterminers, tokens, start - 1)
        let introduced = (start > 0 && SentenceCues.introducesDocument(tokens, start - 1))
            || (start > 1 && SentenceCues.introducesDocument(tokens, start - 2))
        guard governs || introduced || !named.isEmpty || owned || ownedBySubject else { return }
        let lo = start > 0 && tokens[start - 1].facts.contains(.determiner) ? start - 1 : start
        let r = tokens[lo].range.lowerBound..<tokens[end].range.upperBound
        let span = tokens[start].range.lowerBound..<tokens[end].range.upperBound
        if let m = SentenceCues.firstMention(mentions, startingIn: span) {
            self.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: mentions[m].name, range: r), sourceSpan: span))
        } else if !named.isEmpty {
            self.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: named.joined(separator: " "), range: r), sourceSpan: span))
        } else if owned || ownedBySubject {
            self.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), range: r), sourceSpan: span))
        } else if governs || introduced {
            self.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: span))
        }
    }

    /// The capitalised name after "by" that follows a document noun, and the token after it.
    func authorAfter(_ tokens: [Token], _ i: Int, text: SourceText) -> (name: [String], end: Int)? {
        guard i + 2 < tokens.count, SentenceCues.isWord(tokens, i + 1, "by", .determiner) else { return nil }
        var k = i + 2
        if tokens[k].facts.contains(.article) { k += 1 }
        var name: [String] = []
        while k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized || (!name.isEmpty && ["of", "for"].contains(tokens[k].lower)),
              name.count < 6 {
            name.append(text.string(tokens[k].range))
            k += 1
        }
        while let last = name.last, last == "of" || last == "for" { name.removeLast(); k -= 1 }
        guard !name.isEmpty, !SentenceCues.notNames.contains(name[0].lowercased()) else { return nil }
        return (name, k)
    }

    /// The period of "Mr.", "Sen." or an initial ("Douglas J. Band") belongs to the name, so that it neither
    /// ends a subject nor breaks a clause.
    static func withoutAbbreviationDots(_ tokens: [Token], _ text: SourceText) -> [Token] {
        // Most sentences have no such dot: they are returned as they are, not copied token by token. Before
        // the first dot dropped, the token kept last is the one just before it.
        guard tokens.indices.contains(where: { $0 > 0 && isAbbreviationDot(tokens, $0, after: $0 - 1, text) }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        // The token before a dot is the last one kept.
        var kept: Int? = nil
        for k in tokens.indices {
            if let p = kept, isAbbreviationDot(tokens, k, after: p, text) { continue }
            out.append(tokens[k])
            kept = k
        }
        return out
    }

    /// A dot written tight after a title or a capital initial ("Mr.", "J."), token `p`: not the end of a
    /// clause. Read in place: copying two tokens out of the array for every token of a claim sentence cost
    /// more than the test. The dot is read as its byte in the text: a symbol's string is "." exactly when
    /// the symbol is that one byte (no other character is canonically equivalent to it).
    static func isAbbreviationDot(_ tokens: [Token], _ k: Int, after p: Int, _ text: SourceText) -> Bool {
        tokens[k].kind == .symbol && tokens[k].range.count == 1 && text.bytes[tokens[k].range.lowerBound] == 0x2E
            && !tokens[k].spaceBefore && tokens[p].kind == .word
            && (Abbreviations.titles.contains(tokens[p].lower) || (tokens[p].capitalized && tokens[p].lower.utf8.count == 1))
    }

    /// "the agency", "the campaign", "its board": a definite institution is an identifiable source.
    static func isInstitution(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, isIn(institutionDeterminers, tokens, k - 1) else { return false }
        let w = tokens[k].lower
        return institutionNouns.contains(w) || ActorLexicon.shared.organizationHeads.contains(NameKey.of(w))
    }

    static let institutionNouns: WordSet = ["campaign", "administration", "government", "panel", "board", "office",
                                                "firm", "network", "newspaper", "magazine", "website", "outlet", "pentagon",
                                                "ministry", "agency", "company", "committee", "council", "court", "party"]

    /// "in", "by" or "from" before a document (or its determiner): it introduces the document as a source.
    static func introducesDocument(_ tokens: [Token], _ k: Int) -> Bool {
        // "in" and "by" are determiners, "from" a function word: a word with neither bit is none of them.
        !tokens[k].facts.isDisjoint(with: [.determiner, .cueListWord])
            && (tokens[k].lower == "in" || tokens[k].lower == "by" || tokens[k].lower == "from")
    }
}
