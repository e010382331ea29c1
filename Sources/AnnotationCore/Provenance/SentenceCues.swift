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

    /// The best source for a figure of this sentence: a specific one beats a vague one.
    func source(for figure: Range<Int>) -> SourceAttribution? {
        let subject = coordinatedSubjects.first { $0.overlaps(figure) }
        let applicable = cues.filter { (cue: Cue) -> Bool in
            guard cue.attributes(figure) else { return false }
            guard let subject, cue.endsAtCoordination else { return true }
            return (cue.attribution.range ?? cue.sourceSpan).upperBound > subject.lowerBound
        }
        return applicable.first { $0.attribution.status == .specific }?.attribution
            ?? applicable.first { $0.attribution.status == .vague }?.attribution
    }

    static let pronouns: Set<String> = ["he", "she", "i", "we", "they", "it", "you"]
    /// Verbs a document governs when it gives figures ("the report lists", "the survey puts").
    static let documentVerbs: Set<String> = ["released", "conducted", "published", "lists", "listed", "puts", "put",
                                             "counts", "counted", "records", "recorded", "gives", "gave", "cites",
                                             "tallies", "tallied", "shows", "showed", "finds", "found", "estimates"]
    static let particles: Set<String> = ["off", "up", "down", "out", "away", "back"]
    static let clauseOnlyVerbs: Set<String> = ["maintain", "maintains", "maintained", "add", "adds", "added", "hold",
                                               "holds", "held", "record", "agree", "agrees", "agreed", "expect",
                                               "expects", "hope", "hopes", "hoped", "fear", "fears", "feared"]
    /// Verbs of speech: with any subject they name an identifiable source ("the ministry said").
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "tell", "tells", "told", "state", "stated", "announce", "announces", "announced",
        "report", "reports", "reported", "estimate", "estimates", "estimated", "write", "writes", "wrote", "claim",
        "claims", "claimed", "testify", "testified", "declare", "declared", "insist", "insisted", "warn", "warned",
        "acknowledge", "acknowledged", "concede", "conceded", "admit", "admitted", "note", "noted", "explain",
        "explained", "argue", "argued", "confirm", "confirmed", "tweet", "tweeted", "according", "show", "shows",
        "point", "points", "pointed", "observe", "observed", "observes", "add", "added", "adds",
        "showed", "shown", "find", "finds", "found", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed",
    ]
    /// Words that may stand between a subject and its verb ("Smith also said", "officials have estimated").
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might", "may",
        "recently", "previously", "earlier", "later", "then", "now", "once", "further", "repeatedly", "publicly",
        "privately", "reportedly", "separately", "again", "even", "already", "still", "not", "never", "did", "does",
        "do", "been", "last", "on", "this", "week", "month", "year", "today", "yesterday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "an", "statement",
    ]
    /// Words after which a verb form is a noun ("the report", "an estimate", "in his statement").
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                           "these", "those", "whose", "of", "to", "in", "for", "on", "by", "with"]
    static let articles: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                        "these", "those", "of", "to", "in", "for", "on", "by", "with"]
    /// Capitalised words that are not names: adjectives of origin and the like.
    static let notNames: Set<String> = [
        "western", "eastern", "northern", "southern", "european", "american", "russian", "chinese", "ukrainian",
        "korean", "north", "south", "british", "french", "german", "israeli", "iranian", "japanese", "indian",
        "foreign", "local", "state", "federal", "government", "officials", "the", "a", "an", "some", "many",
        "according", "but", "and", "as", "in", "on", "at", "for", "while", "with", "it", "this", "that", "these",
        "those", "there", "i", "we", "he", "she", "they", "mr", "mrs", "ms", "dr", "editor", "editor's", "editor’s",
    ]

    static func find(_ tokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                     mentions: [ActorMention], citations: [Range<Int>]) -> SentenceCues {
        var out = SentenceCues()
        out.sentence = sentence
        // A link, URL or footnote in the sentence cites it.
        if let c = citations.first(where: { $0.overlaps(sentence) }) {
            out.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(c), range: c), sourceSpan: c))
            return out
        }
        var i = 0
        while i < tokens.count {
            if let n = CueLexicon.match(cues.vaguePhrases, tokens, i) {
                let r = tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound
                out.cues.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: r))
            }
            if let n = CueLexicon.match(cues.sourcePhrases, tokens, i) {
                // "according to X", "data from X": X runs to the end of its clause.
                let objectStart = i + n
                var end = objectStart
                while end < tokens.count, !isBreak(tokens[end]) { end += 1 }
                if end > objectStart {
                    let r = tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
                    out.add(window: objectStart..<end, tokens, cueRange: r, text: text, cues: cues, mentions: mentions,
                            allowPronoun: false, speech: true)
                }
            }
            if cues.isReportingVerb(tokens[i].lower), isVerbUse(tokens, i, cues: cues) {
                let subject = subjectWindow(tokens, verb: i, cues: cues, mentions: mentions)
                var window = subject
                let verbStart = tokens[i].range.lowerBound
                var content: [Range<Int>]
                // Inversion: `…," said Jane Roe`; or the addressee of "told Reuters". A subject found before a
                // parenthetical ("Roe, the director, said") is not one.
                let beforeVerb = i > 0 ? tokens[i - 1] : nil
                let afterComma = beforeVerb?.lower == "," && subject.upperBound == i
                // ", saying 5,000 came": a participle has no subject of its own and reports what follows it.
                let participle = subject.isEmpty && tokens[i].lower.hasSuffix("ing")
                // "As the Post observed, Republicans control 30 states": the clause after the comma is reported.
                let clauseFollows = subject.isEmpty && i + 1 < tokens.count && tokens[i + 1].lower == ","
                // "…, said he and other leaders are…": a pronoun or "that" after the verb starts its clause.
                let inverts = i + 1 < tokens.count && tokens[i + 1].kind == .word && !pronouns.contains(tokens[i + 1].lower)
                    && tokens[i + 1].lower != "that"
                if !participle, !clauseFollows, inverts, subject.isEmpty || afterComma || beforeVerb.map(isQuoteToken) == true {
                    var e = i + 1
                    while e < tokens.count, e - i <= 4, !isBreak(tokens[e]), tokens[e].lower != "that" { e += 1 }
                    window = (i + 1)..<e
                    content = [sentence.lowerBound..<verbStart]
                    // What follows the source is its speech only after "that", a colon or a quote; after a comma it
                    // describes the source ("said Jane Roe, 44, who has given $400").
                    if e < tokens.count, tokens[e].lower == "that" || tokens[e].lower == ":" || isQuoteToken(tokens[e]) {
                        content.append(tokens[e].range.lowerBound..<sentence.upperBound)
                    }
                } else {
                    let start = contentStart(tokens, verb: i)
                    content = [start..<max(start, contentEnd(tokens, from: i + 1, sentence: sentence))]
                    // A trailing attribution ("…, Jane Roe said on Monday."; "“…,” Roe told reporters") covers
                    // what precedes it, and after a closing quote only that.
                    let before = subject.lowerBound > 0 ? tokens[subject.lowerBound - 1] : nil
                    if let b = before, isQuoteToken(b) {
                        content = [sentence.lowerBound..<tokens[subject.lowerBound].range.lowerBound]
                    } else if let b = before, b.lower == ",", tokens.count - i <= 5,
                              !subject.contains(where: { coordinators.contains(tokens[$0].lower) }) {
                        content.append(sentence.lowerBound..<tokens[subject.lowerBound].range.lowerBound)
                    }
                }
                if window == subject, let coordinated = coordinatedSubject(tokens, subject) { out.coordinatedSubjects.append(coordinated) }
                let lo = window.isEmpty ? i : min(window.lowerBound, i)
                let hi = window.isEmpty ? i : max(window.upperBound - 1, i)
                let r = tokens[lo].range.lowerBound..<tokens[hi].range.upperBound
                let added = out.cues.count
                out.add(window: window, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: true,
                        speech: isSpeechVerb(tokens[i].lower), content: content)
                // A poll or report that "showed that 59 percent…, and 74 percent said…" covers its whole sentence.
                let documentSource = window.contains { cues.documentNouns.contains(tokens[$0].lower) }
                for c in added..<out.cues.count { out.cues[c].endsAtCoordination = !documentSource }
            }
            if cues.documentNouns.contains(tokens[i].lower) {
                out.addDocument(at: i, tokens, text: text, cues: cues, mentions: mentions)
            }
            i += 1
        }
        return out
    }

    /// Where what a verb attributes begins: right after it, except after "told X", whose object is the
    /// audience: then at "that", a quote or a colon.
    static func contentStart(_ tokens: [Token], verb i: Int) -> Int {
        let w = tokens[i].lower
        guard w == "told" || w == "tell" || w == "tells" else { return tokens[i].range.upperBound }
        var k = i + 1
        while k < tokens.count, k - i < 8 {
            if tokens[k].lower == "that" || tokens[k].lower == ":" || isQuoteToken(tokens[k]) { return tokens[k].range.lowerBound }
            k += 1
        }
        return tokens.last.map(\.range.upperBound) ?? tokens[i].range.upperBound
    }

    /// What a verb attributes ends at a semicolon or a contrast ("compared with 64 percent who…", "while").
    static func contentEnd(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Int {
        var k = start
        while k < tokens.count {
            let w = tokens[k].lower
            if w == ";" { return tokens[k].range.lowerBound }
            if w == "compared", k + 1 < tokens.count, tokens[k + 1].lower == "with" || tokens[k + 1].lower == "to" {
                return tokens[k].range.lowerBound
            }
            k += 1
        }
        return sentence.upperBound
    }

    /// A verb of speech, or its -ing form ("saying", "noting").
    static func isSpeechVerb(_ w: String) -> Bool {
        if speechVerbs.contains(w) { return true }
        guard w.hasSuffix("ing"), w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return speechVerbs.contains(stem) || speechVerbs.contains(stem + "e")
    }

    static func isQuoteToken(_ t: Token) -> Bool { t.kind == .symbol && t.lower.unicodeScalars.first!.isQuote }

    static func isBreak(_ t: Token) -> Bool {
        switch t.lower {
        case ",", ";", ":", "—", "(", ")", ".", "?", "!": return true
        case "–": return t.spaceBefore
        default: return false
        }
    }

    /// A verb form that is often a noun ("report", "estimates") counts only right after its subject.
    static func isVerbUse(_ tokens: [Token], _ i: Int, cues: CueLexicon) -> Bool {
        let w = tokens[i].lower
        if w == "according" { return false } // handled as "according to"
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        // "pointed out", "points to" report; other verbs with a particle do not ("wrote off", "found out").
        if w == "point" || w == "points" || w == "pointed" { return next == "out" || next == "to" }
        if particles.contains(next) { return false }
        // "maintains an annual trade", "added 5,000 jobs": these report only before a clause or a quote.
        if clauseOnlyVerbs.contains(w), !(next == "that" || next == "," || next == "." || next == ":" || next.unicodeScalars.first.map(\.isQuote) == true
                                           || (i > 0 && (tokens[i - 1].lower == "," || isQuoteToken(tokens[i - 1])))) {
            return false
        }
        guard i > 0 else { return !CueLexicon.ambiguousVerbs.contains(w) }
        let p = tokens[i - 1]
        if determiners.contains(p.lower) { return false }
        // "Editor’s note": a possessive makes the next word a noun.
        if p.lower.hasSuffix("'s") || p.lower.hasSuffix("’s") { return false }
        if CueLexicon.ambiguousVerbs.contains(w) {
            // "…, a GOP consultant, notes that", "the candidate claims his": a clause after it makes it a verb.
            if next == "that" || ["his", "her", "their", "its", "he", "she", "they", "it", "we"].contains(next) { return true }
            return p.capitalized || pronouns.contains(p.lower) || cues.vagueSubjects.contains(p.lower)
                || auxiliaries.contains(p.lower) || cues.documentNouns.contains(p.lower) || p.lower == ")"
        }
        return true
    }

    /// The subject before a reporting verb: up to five words back, skipping auxiliaries and adverbs.
    static func subjectWindow(_ tokens: [Token], verb i: Int, cues: CueLexicon, mentions: [ActorMention]) -> Range<Int> {
        var end = i
        while end > 0, auxiliaries.contains(tokens[end - 1].lower) { end -= 1 }
        // "Jane Roe, the committee's director, said…", "Roe, in an interview, said…": the subject stands
        // before the parenthetical, when a name or pronoun is there.
        if end > 1, tokens[end - 1].lower == "," {
            var k = end - 2
            while k > 0, end - k < 25, tokens[k].lower != "," { k -= 1 }
            if k > 0, tokens[k].lower == ",", end - k < 12 || opensParenthetical(tokens[k + 1]),
               isParentheticalHead(tokens, k - 1, cues: cues, mentions: mentions) {
                end = k
            }
        }
        var start = end
        while start > 0, end - start < 5, !isBreak(tokens[start - 1]), tokens[start - 1].lower != "that" {
            start -= 1
        }
        return start..<end
    }

    static let coordinators: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet", ";"]

    /// The part of a subject window after a coordinator, when it is its own clause's subject
    /// ("…, while 9 percent found", "…; 39 have said").
    static func coordinatedSubject(_ tokens: [Token], _ window: Range<Int>) -> Range<Int>? {
        guard !window.isEmpty else { return nil }
        var k = window.upperBound - 1
        while k >= window.lowerBound, !coordinators.contains(tokens[k].lower) { k -= 1 }
        let first: Int
        if k >= window.lowerBound { first = k + 1 }
        else if window.lowerBound > 0, coordinators.contains(tokens[window.lowerBound - 1].lower) { first = window.lowerBound }
        else { return nil }
        guard first < window.upperBound else { return nil }
        return tokens[first].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound
    }

    /// Words that open a long parenthetical after a subject: a relative clause or an appositive
    /// ("Executives for Acme, which earned $3 billion last year, say…").
    static let parentheticalOpeners: Set<String> = ["who", "which", "whose", "a", "an", "the", "one", "in", "at"]

    static func opensParenthetical(_ t: Token) -> Bool {
        parentheticalOpeners.contains(t.lower) || (t.kind == .word && !t.capitalized && t.lower.hasSuffix("ed"))
    }

    /// The word before a parenthetical can head the subject: a name (not a sentence-opening adverb such as
    /// "Still,"), a pronoun, or a source noun ("The poll, released on Monday, showed…").
    static func isParentheticalHead(_ tokens: [Token], _ k: Int, cues: CueLexicon, mentions: [ActorMention]) -> Bool {
        let t = tokens[k]
        if pronouns.contains(t.lower) || cues.documentNouns.contains(t.lower) || cues.vagueSubjects.contains(t.lower) {
            return true
        }
        guard t.capitalized else { return false }
        return k > 0 || !mentions.starting(in: t.range).isEmpty || !(commonSentenceStart(t.lower) || ActorLexicon.shared.dictionaryWords.contains(NameKey.of(t.lower)))
    }

    /// Classifies the words of a source window: a named actor or a capitalised name → specific; a pronoun →
    /// specific (its antecedent is named nearby); an anonymous collective → vague; "the ministry said" →
    /// specific for verbs of speech, nothing otherwise.
    mutating func add(window: Range<Int>, _ tokens: [Token], cueRange: Range<Int>, text: SourceText, cues: CueLexicon,
                      mentions: [ActorMention], allowPronoun: Bool, speech: Bool, content: [Range<Int>]? = nil) {
        let cue = text.string(cueRange)
        // ", saying that …": the subject is the main clause's, out of reach; a verb of speech still reports.
        guard !window.isEmpty else {
            if speech { self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: cue, range: cueRange), sourceSpan: cueRange, content: content)) }
            return
        }
        let span = tokens[window.lowerBound].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound
        func add(_ status: SourceStatus, actor: String? = nil) {
            self.cues.append(Cue(attribution: SourceAttribution(status: status, text: cue, actor: actor, range: cueRange),
                                 sourceSpan: span, content: content))
        }
        if let m = mentions.starting(in: span).first { add(.specific, actor: m.name); return }
        var vagueWord = false
        var name: [String] = []
        for k in window {
            let t = tokens[k]
            if cues.vagueSubjects.contains(t.lower) { vagueWord = true }
            if t.kind == .word, t.capitalized, !SentenceCues.notNames.contains(t.lower), !cues.vagueSubjects.contains(t.lower),
               !(k == 0 && SentenceCues.commonSentenceStart(t.lower)) {
                name.append(text.string(t.range))
            } else if !name.isEmpty, t.kind == .word, !t.capitalized { break }
        }
        if !name.isEmpty { add(.specific, actor: name.joined(separator: " ")); return }
        if allowPronoun, window.contains(where: { SentenceCues.pronouns.contains(tokens[$0].lower) }), !vagueWord { add(.specific); return }
        if vagueWord { add(.vague) } else if speech { add(.specific) }
    }

    /// "a State Department fact sheet", "In an NBC News poll", "The April survey found": a document that
    /// carries figures is a source; a named one is specific.
    mutating func addDocument(at i: Int, _ tokens: [Token], text: SourceText, cues: CueLexicon, mentions: [ActorMention]) {
        var start = i
        var named: [String] = []
        while start > 0, i - start < 5, !SentenceCues.isBreak(tokens[start - 1]) {
            let t = tokens[start - 1]
            if SentenceCues.articles.contains(t.lower) { break }
            if t.kind == .number { break }
            if t.capitalized, !SentenceCues.notNames.contains(t.lower) { named.insert(text.string(t.range), at: 0) }
            start -= 1
        }
        let prev = start > 0 ? tokens[start - 1].lower : ""
        let beforeDeterminer = start > 1 ? tokens[start - 2].lower : ""
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let governs = next.map { cues.reportingVerbs.contains($0.lower) || SentenceCues.documentVerbs.contains($0.lower) } ?? false
        // "the city's annual report": a possessive owner makes the document identifiable.
        let owned = tokens[start..<i].contains { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") }
        let introduced = ["in", "by", "from"].contains(prev) || ["in", "by", "from"].contains(beforeDeterminer)
        guard governs || introduced || !named.isEmpty || owned else { return }
        let lo = start > 0 && SentenceCues.determiners.contains(prev) ? start - 1 : start
        let r = tokens[lo].range.lowerBound..<tokens[i].range.upperBound
        let span = tokens[start].range.lowerBound..<tokens[i].range.upperBound
        if let m = mentions.starting(in: span).first {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: m.name, range: r), sourceSpan: span))
        } else if !named.isEmpty {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: named.joined(separator: " "), range: r), sourceSpan: span))
        } else if owned {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), range: r), sourceSpan: span))
        } else if governs || introduced {
            self.cues.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: span))
        }
    }

    static func commonSentenceStart(_ w: String) -> Bool {
        ["the", "a", "an", "but", "and", "so", "in", "on", "at", "for", "as", "it", "this", "that", "these",
         "those", "there", "he", "she", "they", "we", "i", "some", "many", "most", "according"].contains(w)
    }
}
