/// Reporting verbs and the clauses they govern: who speaks (the subject, or the speaker after an inverted
/// verb) and which part of the sentence they are reported to have said.
extension SentenceCues {
    /// Who speaks and what they are reported to say, for one reporting verb.
    struct Clause {
        var window: Range<Int>
        var content: [Range<Int>]
    }

    /// Whether a reporting clause can be read at token `k`: only a verb of the three lists `addReportingVerb`
    /// asks, or an -ing form of a reporting verb, can pass its guard. Asked of every word of a claim sentence,
    /// so it reads a bit and at most three bytes, in place. Only a word can end in "ing" (a number's string
    /// is its digits, a symbol's one mark), and only a word written with a last "g" or "G" (no other character
    /// lowers to anything ending in "g"): that byte of the text is read before the word's string.
    @inline(__always)
    static func mayReport(_ tokens: [Token], _ k: Int, _ text: SourceText) -> Bool {
        !tokens[k].facts.isDisjoint(with: .mayReport)
            || (tokens[k].kind == .word && text.bytes[tokens[k].range.upperBound - 1] | 0x20 == UInt8(ascii: "g")
                && endsInIng(tokens[k].lower))
    }

    /// Whether a word's last three bytes are "ing".
    static func endsInIng(_ w: String) -> Bool {
        // From the string's own bytes: index arithmetic on its UTF-8 view cost ~80 instructions a word.
        if let answer = w.utf8.withContiguousStorageIfAvailable({ b in
            b.count >= 3 && b[b.count - 3] == UInt8(ascii: "i") && b[b.count - 2] == UInt8(ascii: "n") && b[b.count - 1] == UInt8(ascii: "g")
        }) { return answer }
        let u = w.utf8
        guard u.count >= 3 else { return false }
        let end = u.endIndex
        return u[u.index(end, offsetBy: -3)] == UInt8(ascii: "i") && u[u.index(end, offsetBy: -2)] == UInt8(ascii: "n")
            && u[u.index(before: end)] == UInt8(ascii: "g")
    }

    /// Adds the cue of the reporting verb at `i`, if it is used as one. The caller asks `mayReport` first.
    static func addReportingVerb(at i: Int, _ tokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                                 mentions: [ActorMention], to out: inout SentenceCues) {
        // The verb is a word: its lists are asked by its facts (`CueWordFacts.swift`).
        let estimates = tokens[i].facts.contains(.estimateVerb) && valuesAt(tokens, after: i)
        // "The campaign projects that…": a verb too ambiguous for the lexicon reports before a that-clause.
        let projects = tokens[i].facts.contains(.projectionVerb) && i > 0 && i + 1 < tokens.count && isWord(tokens, i + 1, "that", .determiner)
            && (tokens[i - 1].capitalized || isPronoun(tokens, i - 1) || isIn(institutionNouns, tokens, i - 1)
                || tokens[i - 1].facts.contains(.auxiliary))
        guard estimates || projects || (cues.isReportingVerb(tokens, i) && isVerbUse(tokens, i, cues: cues)) else { return }
        // "Boasting 108,000 residents, the county…": a participle opening the sentence with a figure for its
        // object says what the subject has, not what anyone reports.
        if i == 0, hasIng(tokens, i), !tokens[i].facts.contains(.forecastVerb), i + 1 < tokens.count,
           tokens[i + 1].kind == .number || tokens[i + 1].kind == .symbol && tokens[i + 1].lower != "“" && tokens[i + 1].lower != "\"" {
            return
        }
        var subject = subjectWindow(tokens, verb: i, cues: cues, mentions: mentions)
        if subject.isEmpty, readsAsAdjective(tokens, i) { return }
        // "the 1.2 billion dollars it expects": the subject is the pronoun or name, the figure heads the clause.
        let head = relativeSubject(tokens, subject: subject, verb: i).flatMap { s -> Range<Int>? in
            guard let h = relativeHead(tokens, subject: s) else { return nil }
            subject = s
            return h
        }
        // "The second half showed 12 shots": "show" reports only for a source of figures (a document, data, a
        // named body, a collective such as "studies"); otherwise it only says what happened.
        if isIn(displayVerbs, tokens, i), !subject.isEmpty,
           !subject.contains(where: { k in
               tokens[k].facts.contains(.documentNoun) || tokens[k].facts.contains(.vagueSubject) || isPronoun(tokens, k)
                   || isIn(recordNouns, tokens, k)
                   || (tokens[k].capitalized && !(k == 0 && isIn(sentenceStarts, tokens, k)) && !tokens[k].facts.contains(.notName))
           }),
           !subject.contains(where: { isInstitution(tokens, $0) }), !mentionsIn(tokens, subject, mentions) {
            return
        }
        // "Expecting thousands for the march, Mr. Burke said…": an opening participle's subject is the main
        // clause's, named right after the comma; what the participle governs runs to that comma.
        if i == 0, subject.isEmpty, hasIng(tokens, i), let opening = openingParticipleClause(tokens, verb: i) {
            let r = tokens[i].range.lowerBound..<tokens[i].range.upperBound
            out.add(window: opening.window, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: true,
                    speech: isSpeechVerb(tokens, i), content: opening.content)
            return
        }
        var clause = passiveClause(tokens, verb: i, subject: subject)
            ?? invertedClause(tokens, verb: i, subject: subject, sentence: sentence)
            ?? subjectClause(tokens, verb: i, subject: subject, sentence: sentence)
        guard !clause.content.isEmpty else { return }
        // A non-restrictive relative clause ("Sanders, who has endorsed Roe, raised $235 million") or a
        // participle's object ("denying claims of plagiarism, 721 delegates…") ends at the next comma.
        if let end = clauseCommaEnd(tokens, verb: i) {
            clause.content = clause.content.map { $0.lowerBound..<min($0.upperBound, max($0.lowerBound, end)) }
        }
        if let head { clause.content.append(head) }
        let window = clause.window
        if window.upperBound == subject.upperBound, !window.isEmpty, let coordinated = coordinatedSubject(tokens, subject) {
            out.coordinatedSubjects.append(coordinated)
        }
        let lo = window.isEmpty ? i : min(window.lowerBound, i)
        let hi = window.isEmpty ? i : max(window.upperBound - 1, i)
        let r = tokens[lo].range.lowerBound..<tokens[hi].range.upperBound
        let added = out.cues.count
        out.add(window: window, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: true,
                speech: estimates || isSpeechVerb(tokens, i), content: clause.content)
        // A poll or report that "showed that 59 percent…, and 74 percent said…" covers its whole sentence.
        let documentSource = window.contains { tokens[$0].facts.contains(.documentNoun) }
        for c in added..<out.cues.count { out.cues[c].endsAtCoordination = !documentSource }
    }

    /// "…, proposed federal legislation", "alleged government conspiracies": a past participle with no subject,
    /// followed by an ordinary word, modifies that word.
    static func readsAsAdjective(_ tokens: [Token], _ i: Int) -> Bool {
        guard Bytes.hasSuffix(tokens[i].lower, "ed"), i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && !next.capitalized && !functionWords.contains(next.lower)
    }

    static let functionWords: WordSet = [
        "that", "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those", "to", "in", "on",
        "at", "by", "for", "with", "about", "of", "from", "it", "he", "she", "they", "we", "i", "you", "there", "him",
        "them", "us", "me", "some", "many", "several", "more", "less", "up", "out", "as", "how", "what", "why", "when",
        "where", "whether", "if", "repeatedly", "also", "again", "publicly", "privately", "earlier", "last", "officials",
    ]

    /// "the votes are tallied", "which was first reported last week by the Gazette": the subject of a passive
    /// is what is reported. Its source is the agent after "by", when there is one; without one, nobody speaks.
    static func passiveClause(_ tokens: [Token], verb i: Int, subject: Range<Int>) -> Clause? {
        guard isPassive(tokens, verb: i) else { return nil }
        guard isIn(agentVerbs, tokens, i) else { return Clause(window: i..<i, content: []) }
        var k = i + 1
        while k < tokens.count, k - i <= 4, !isWord(tokens, k, "by", .determiner), !isBreak(tokens[k]) { k += 1 }
        guard k + 1 < tokens.count, isWord(tokens, k, "by", .determiner) else { return Clause(window: i..<i, content: []) }
        var e = k + 1
        while e < tokens.count, e - k <= 6, !isBreak(tokens[e]), !isWord(tokens, e, "that", .determiner) { e += 1 }
        // What was reported is the passive's subject ("the letter, which was first reported by…" → the letter).
        guard !subject.isEmpty else { return Clause(window: i..<i, content: []) }
        let content = tokens[subject.lowerBound].range.lowerBound..<tokens[subject.upperBound - 1].range.upperBound
        return Clause(window: (k + 1)..<e, content: [content])
    }

    /// Passives whose "by" agent is a source of figures ("was estimated by the agency").
    static let agentVerbs: WordSet = [
        "reported", "estimated", "calculated", "counted", "tallied", "published", "released", "cited", "quoted", "found",
        "compiled", "projected", "predicted", "forecast", "documented", "confirmed", "revealed", "disclosed", "announced",
        "said", "stated", "put", "pegged",
    ]

    /// `…," said Jane Roe`: the speaker follows the verb and what precedes it is the speech. A subject found
    /// before a parenthetical ("Roe, the director, said") is not an inversion, nor is ", saying 5,000 came",
    /// "As the Post observed, …" or "…, said he".
    static func invertedClause(_ tokens: [Token], verb i: Int, subject: Range<Int>, sentence: Range<Int>) -> Clause? {
        let afterComma = i > 0 && isMark(tokens, i - 1, ",") && subject.upperBound == i
        let participle = subject.isEmpty && hasIng(tokens, i)
        let clauseFollows = subject.isEmpty && i + 1 < tokens.count && isMark(tokens, i + 1, ",")
        let inverts = i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].facts.contains(.pronoun)
            && !isWord(tokens, i + 1, "that", .determiner)
        guard !participle, !clauseFollows, inverts,
              subject.isEmpty || afterComma || (i > 0 && isQuoteToken(tokens[i - 1])) else { return nil }
        var e = i + 1
        while e < tokens.count, e - i <= 4, !isBreak(tokens[e]), !isWord(tokens, e, "that", .determiner) { e += 1 }
        var content = [sentence.lowerBound..<tokens[i].range.lowerBound]
        // What follows the source is its speech only after "that", a colon or a quote; after a comma it
        // describes the source ("said Jane Roe, 44, who has given $400").
        if e < tokens.count, isWord(tokens, e, "that", .determiner) || isMark(tokens, e, ":") || isQuoteToken(tokens[e]) {
            content.append(tokens[e].range.lowerBound..<sentence.upperBound)
        }
        return Clause(window: (i + 1)..<e, content: content)
    }

    /// "Jane Roe said …": the subject speaks and what follows the verb is reported. A trailing attribution
    /// ("…, Jane Roe said on Monday."; "“…,” Roe told reporters") covers what precedes it, and after a closing
    /// quote only that.
    static func subjectClause(_ tokens: [Token], verb i: Int, subject: Range<Int>, sentence: Range<Int>) -> Clause {
        let start = contentStart(tokens, verb: i)
        // Room for the trailing attribution's second part from the start (appending it regrew the list).
        var content: [Range<Int>] = []
        content.reserveCapacity(2)
        content.append(start..<max(start, contentEnd(tokens, from: i + 1, sentence: sentence)))
        var clause = Clause(window: subject, content: content)
        guard !subject.isEmpty else { return clause }
        if closesQuotation(tokens, subject.lowerBound - 1) {
            clause.content = [sentence.lowerBound..<tokens[subject.lowerBound].range.lowerBound]
        } else if endsClause(tokens, after: i), !subject.contains(where: { isCoordinator(tokens, $0) }),
                  let comma = commaBefore(tokens, subject) {
            // "…, a study by the Lakeside Institute found." The whole noun phrase back to the comma is the source.
            clause.window = (comma + 1)..<subject.upperBound
            clause.content.append(sentence.lowerBound..<tokens[comma].range.lowerBound)
        }
        return clause
    }

    /// Where a relative clause after a comma or a participle's object ends: the next comma.
    static func clauseCommaEnd(_ tokens: [Token], verb i: Int) -> Int? {
        let participle = hasIng(tokens, i)
            && !(i + 1 < tokens.count && (isWord(tokens, i + 1, "that", .determiner) || isMark(tokens, i + 1, ":") || isMark(tokens, i + 1, ",")))
            && !(i + 1 < tokens.count && isQuoteToken(tokens[i + 1]))
        var k = i - 1
        var relative = false
        while k > 0, i - k <= 6, !isBreak(tokens[k]) {
            if opensRelative(tokens, k), isMark(tokens, k - 1, ",") { relative = true; break }
            k -= 1
        }
        guard participle || relative else { return nil }
        // The next comma outside a quotation.
        var e = i + 1
        var quoted = false
        while e < tokens.count, e - i < clauseReach, quoted || !isMark(tokens, e, ",")
                || (participle && e + 1 < tokens.count && extendsParticiple(tokens, e + 1)) {
            if tokens[e].kind == .symbol, isQuotationMark(tokens, e) { quoted.toggle() }
            e += 1
        }
        return e < tokens.count && isMark(tokens, e, ",") ? tokens[e].range.lowerBound : nil
    }

    /// "who", "which", "whose" (all of them function words or relative pronouns).
    static func opensRelative(_ tokens: [Token], _ k: Int) -> Bool {
        !tokens[k].facts.isDisjoint(with: [.cueListWord, .determiner])
            && (tokens[k].lower == "who" || tokens[k].lower == "which" || tokens[k].lower == "whose")
    }

    /// "which", "who", "including" after a comma: the participle's object runs on past that comma.
    static func extendsParticiple(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].kind == .word && (tokens[k].lower == "which" || tokens[k].lower == "who" || tokens[k].lower == "including")
    }

    /// Verbs a document governs when it gives figures ("the report lists", "the survey puts").
    static let documentVerbs: WordSet = ["released", "conducted", "published", "lists", "listed", "puts", "put",
                                             "surveyed", "polled", "sampled", "interviewed", "questioned",
                                             "counts", "counted", "records", "recorded", "gives", "gave", "cites",
                                             "tallies", "tallied", "shows", "showed", "finds", "found", "estimates"]
    static let particles: WordSet = ["off", "up", "down", "out", "away", "back"]
    static let clauseOnlyVerbs: WordSet = ["maintain", "maintains", "maintained", "add", "adds", "added", "hold",
                                               "holds", "held", "record", "agree", "agrees", "agreed", "expect",
                                               "expects", "hope", "hopes", "hoped", "fear", "fears", "feared"]
    /// Verbs of speech: with any subject they name an identifiable source ("the ministry said").
    static let speechVerbs: WordSet = [
        "say", "says", "said", "tell", "tells", "told", "state", "stated", "announce", "announces", "announced",
        "report", "reports", "reported", "estimate", "estimates", "estimated", "write", "writes", "wrote", "claim",
        "claims", "claimed", "testify", "testified", "declare", "declared", "insist", "insisted", "warn", "warned",
        "acknowledge", "acknowledged", "concede", "conceded", "admit", "admitted", "note", "noted", "explain",
        "explained", "argue", "argued", "confirm", "confirmed", "tweet", "tweeted", "according", "show", "shows",
        "point", "points", "pointed", "observe", "observed", "observes", "add", "added", "adds",
        "showed", "shown", "find", "finds", "found", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed",
        // Verbs of communication: what follows is what the subject conveyed.
        "conclude", "concludes", "concluded", "predict", "predicts", "predicted", "calculate", "calculates", "calculated",
        "assert", "asserts", "asserted", "contend", "contends", "contended", "declares", "boast", "boasts", "boasted",
        "brag", "brags", "bragged", "allege", "alleges", "alleged", "complain", "complains", "complained", "promise",
        "promised", "vow", "vows", "vowed", "propose", "proposes", "proposed", "urge", "urges", "urged",
        "deny", "denies", "denied", "recall", "recalls", "recalled", "describe", "describes", "described", "respond",
        "responds", "responded", "reply", "replied", "answered", "emphasize", "emphasizes", "emphasized", "emphasise",
        "emphasised", "stressed", "mention", "mentions", "mentioned", "caution", "cautions", "cautioned", "cite", "cites",
        "cited", "comment", "commented", "tally", "tallies", "tallied", "testifies", "insists", "warns", "notes",
        "explains", "argues", "confirms", "acknowledges", "concedes", "admits", "tweets", "claimed", "list", "lists",
        "listed", "publish", "publishes", "published", "blamed",
        // A ruling states a finding; talk about something reports it.
        "rule", "rules", "ruled", "talk", "talks", "talked",
    ]

    /// Where what a verb attributes begins: right after it, except after "told X", whose object is the
    /// audience: then at "that", a quote or a colon.
    static func contentStart(_ tokens: [Token], verb i: Int) -> Int {
        guard isIn(tellVerbs, tokens, i) else { return tokens[i].range.upperBound }
        var k = i + 1
        while k < tokens.count, k - i < 8 {
            if isWord(tokens, k, "that", .determiner) || isMark(tokens, k, ":") || isQuoteToken(tokens[k]) { return tokens[k].range.lowerBound }
            k += 1
        }
        // "told the Harbour Gazette he had 300 boats": what is told follows the audience ("a crowd of 1,300").
        k = i + 1
        while k < tokens.count, isAudienceWord(tokens, k) {
            k += 1
            if k + 1 < tokens.count, isIn(audienceWords, tokens, k - 1), isWord(tokens, k, "of", .determiner), tokens[k + 1].kind == .number {
                k += 2
            }
        }
        return k < tokens.count ? tokens[k].range.lowerBound : tokens[i].range.upperBound
    }

    /// Verbs that give a value with "at": "Forbes put his net worth at $45 billion", "pegged the cost at".
    static let estimateVerbs: WordSet = ["put", "puts", "peg", "pegs", "pegged", "placed", "places", "place"]

    static func valuesAt(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        while k + 1 < tokens.count, k - i <= 8, !isBreak(tokens[k]) {
            // "at $45 billion", "at a solid 50 percent", "at about 300".
            if tokens[k].lower == "at" {
                for j in (k + 1)..<min(k + 4, tokens.count) {
                    if tokens[j].kind == .number || tokens[j].lower.unicodeScalars.first?.properties.generalCategory == .currencySymbol {
                        return true
                    }
                    if isBreak(tokens[j]) { break }
                }
            }
            k += 1
        }
        return false
    }

    static let projectionVerbs: WordSet = ["project", "projects", "projected"]

    static let relativePronouns: WordSet = ["who", "which", "that", "who's", "who’s", "which's"]

    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being"]

    /// "which was first reported last week by the Gazette": the subject of a passive is what is reported.
    static func isPassive(_ tokens: [Token], verb i: Int) -> Bool {
        // "is reporting", "are vowing": a progressive, not a passive.
        guard !hasIng(tokens, i) else { return false }
        var k = i - 1
        while k >= 0, i - k <= 3, tokens[k].kind == .word {
            if isIn(beForms, tokens, k) { return true }
            k -= 1
        }
        return false
    }

    static let tellVerbs: WordSet = ["tell", "tells", "told"]

    /// A word of the audience after "told": a name, an article, or a word such as "reporters" (read in place
    /// and by the word's facts).
    static func isAudienceWord(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].kind == .word && (tokens[k].capitalized || tokens[k].facts.contains(.article) || isIn(audienceWords, tokens, k))
    }

    static let audienceWords: WordSet = ["reporters", "journalists", "him", "her", "them", "me", "us", "you",
                                             "lawmakers", "supporters", "viewers", "listeners", "readers", "voters",
                                             "audience", "crowd", "congress", "parliament", "committee"]

    /// The verb ends its clause: the sentence, a parenthesis or a comma comes next, or only a time or place
    /// ("…, she said on Monday.", "…, he said in an interview.").
    static func endsClause(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        // "…, the former executive told The Harbour Gazette, …": the audience is part of the attribution.
        if isIn(tellVerbs, tokens, i) {
            while k < tokens.count, isAudienceWord(tokens, k) { k += 1 }
        }
        guard k < tokens.count, !isBreak(tokens[k]) else { return true }
        guard isIn(trailingAdjuncts, tokens, k) else { return false }
        while k < tokens.count, !isBreak(tokens[k]) {
            if isWord(tokens, k, "that", .determiner) || isQuoteToken(tokens[k]) || k - i > clauseReach { return false }
            k += 1
        }
        return true
    }

    static let trailingAdjuncts: WordSet = [
        "in", "on", "at", "during", "last", "this", "yesterday", "today", "earlier", "later", "recently", "after",
        "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "when", "via",
    ]

    /// The comma that opens a trailing attribution: at most ten words before the subject, with no clause
    /// break between.
    static func commaBefore(_ tokens: [Token], _ subject: Range<Int>) -> Int? {
        var k = subject.lowerBound - 1
        while k >= 0, subject.lowerBound - k <= 10 {
            if isMark(tokens, k, ",") { return k }
            if isBreak(tokens[k]) || isWord(tokens, k, "that", .determiner) || isQuoteToken(tokens[k]) || isCoordinator(tokens, k) { return nil }
            k -= 1
        }
        return nil
    }

    /// What a verb attributes ends at a semicolon or a contrast ("compared with 64 percent who…", "while").
    static func contentEnd(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Int {
        // A verb inside a quotation ("I liked what he said at the time," said Roe, who gave $2,400) reports
        // only up to the closing mark.
        let quoted = quotationMarks(tokens, before: start) % 2 == 1
        var k = start
        while k < tokens.count, k - start < clauseReach {
            // Every test but "compared" is of a mark: a word is compared with one string, and only when it has
            // the 8 bytes "compared" has (a lower-cased word equal to it was written in those 8 ASCII letters).
            if tokens[k].kind == .symbol {
                if endsContent(tokens, at: k, quoted: quoted) { return tokens[k].range.lowerBound }
            } else if tokens[k].range.count == 8, tokens[k].lower == "compared", k + 1 < tokens.count,
                      isWord(tokens, k + 1, "with", .determiner) || isWord(tokens, k + 1, "to", .determiner) {
                return tokens[k].range.lowerBound
            }
            k += 1
        }
        return sentence.upperBound
    }

    /// A mark at which what a verb attributes ends: a semicolon, the quotation's closing mark, or a comma
    /// before a new clause or the writer's inference.
    static func endsContent(_ tokens: [Token], at k: Int, quoted: Bool) -> Bool {
        let w = tokens[k].lower
        if w == ";" || (quoted && isQuotationMark(tokens, k)) { return true }
        guard w == "," else { return false }
        // "…, and he put $100 million into the fund": a new clause with its own subject.
        if k + 2 < tokens.count, isWord(tokens, k + 1, "and", .coordinator) || isWord(tokens, k + 1, "but", .coordinator),
           tokens[k + 2].facts.contains(.pronoun) {
            return true
        }
        // "…, meaning there were 5 incidents per 1,000 residents": the writer's inference, not the source's.
        return k + 1 < tokens.count && tokens[k + 1].kind == .word
            && (tokens[k + 1].lower == "meaning" || tokens[k + 1].lower == "which" && k + 2 < tokens.count && tokens[k + 2].lower == "means")
    }

    /// A verb of speech, or its -ing form ("saying", "noting").
    static func isSpeechVerb(_ w: String) -> Bool {
        speechVerbs.contains(w) || (Bytes.hasSuffix(w, "ing") && isSpeechIngForm(w))
    }

    /// `isSpeechVerb(tokens[k].lower)`, its list asked by the word's facts and its -ing test by bytes first.
    static func isSpeechVerb(_ tokens: [Token], _ k: Int) -> Bool {
        isIn(speechVerbs, tokens, k) || (hasIng(tokens, k) && isSpeechIngForm(tokens[k].lower))
    }

    /// A word ending in "ing" that is the -ing form of a verb of speech ("saying", "noting").
    private static func isSpeechIngForm(_ w: String) -> Bool {
        guard w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return speechVerbs.contains(stem) || speechVerbs.contains(stem + "e")
    }

    /// A verb form that is often a noun ("report", "estimates") counts only right after its subject.
    static func isVerbUse(_ tokens: [Token], _ i: Int, cues: CueLexicon) -> Bool {
        let w = tokens[i].lower
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        // The verbs with rules of their own, asked only of a word that starts with their first letter: a
        // string equal to "told" or starting with "talk" starts with the byte "t".
        if let rule = specialVerbRule(tokens, i, w, next) { return rule }
        // "the polls that show", "documents that showed": a relative "that" after a source noun.
        if i > 1, isWord(tokens, i - 1, "that", .determiner) {
            return tokens[i - 2].facts.contains(.documentNoun) || tokens[i - 2].facts.contains(.vagueSubject)
                || tokens[i - 2].capitalized
        }
        // "his strong second-place showing", "the polling": an -ing form is a verb only when it opens a clause
        // or follows an auxiliary or a preposition ("by announcing").
        let ing = hasIng(tokens, i)
        let hasNext = i + 1 < tokens.count
        if ing, hasNext, tokens[i + 1].facts.contains(.nounFollower) { return false }
        // "pointed out", "points to" report; other verbs with a particle do not ("wrote off", "found out").
        if w.utf8.first == UInt8(ascii: "p"), w == "point" || w == "points" || w == "pointed" || w == "pointing" {
            return next == "out" || next == "to"
        }
        if hasNext, tokens[i + 1].facts.contains(.particle) { return false }
        // The verb's own lists, asked by its facts.
        let facts = tokens[i].facts
        // "agreed to pay $325 million", "expects to save $2 billion": the subject's own commitment or forecast.
        if facts.contains(.intentionVerb), next == "to" { return true }
        // "the carmaker expects sales of 90,000", "which expects 5,000 to attend": an expectation whose object
        // holds a figure is the subject's forecast.
        if facts.contains(.forecastVerb), figureSoonAfter(tokens, i) { return true }
        // "Officials expect it to raise rates by one point": a forecast about its object.
        if facts.contains(.intentionVerb), i + 2 < tokens.count, ["it", "them", "him", "her", "prices", "rates"].contains(next),
           tokens[i + 2].lower == "to" {
            return true
        }
        // "maintains an annual trade", "added 5,000 jobs": these report only before a clause or a quote.
        if facts.contains(.clauseOnlyVerb), !(next == "that" || next == "," || next == "." || next == ":" || next.unicodeScalars.first.map(\.isQuote) == true
                                           || (i > 0 && (isMark(tokens, i - 1, ",") || isQuoteToken(tokens[i - 1])))) {
            return false
        }
        let ambiguous = facts.contains(.ambiguousVerb)
        guard i > 0 else { return !ambiguous }
        let p = i - 1
        // "erred in saying that", "by announcing it would…": a gerund after a preposition is a verb.
        if ing, tokens[p].facts.contains(.gerundPreposition) { return true }
        // "to brag that the rate fell": an infinitive with a clause after it.
        if isWord(tokens, p, "to", .determiner), next == "that" || (hasNext && tokens[i + 1].facts.contains(.pronoun)) { return true }
        if tokens[p].facts.contains(.determiner) { return false }
        // "Editor’s note": a possessive makes the next word a noun.
        if isPossessive(tokens, p) { return false }
        if ambiguous {
            // "…, a GOP consultant, notes that", "the candidate claims his": a clause after it makes it a verb.
            if next == "that" || ["his", "her", "their", "its", "he", "she", "they", "it", "we", "there"].contains(next) { return true }
            return tokens[p].capitalized || tokens[p].facts.contains(.pronoun) || tokens[p].facts.contains(.vagueSubject)
                || tokens[p].facts.contains(.auxiliary) || tokens[p].facts.contains(.documentNoun) || isMark(tokens, p, ")")
                || isInstitution(tokens, p) || documentHeadsSubject(tokens, before: i, cues: cues)
        }
        return true
    }

    /// The rules of "according", "told", "call", "talk", "rule", "threaten" and "asked", in that order: the
    /// answer of the first that applies, nil when none does.
    static func specialVerbRule(_ tokens: [Token], _ i: Int, _ w: String, _ next: String) -> Bool? {
        switch w.utf8.first {
        case UInt8(ascii: "a"):
            if w == "according" { return false } // handled as "according to"
            // "When asked which quality mattered, 23 percent…": the asker is no one; the answer is the respondents'.
            if w == "asked", i > 0, ["when", "if", "once", "after", "before"].contains(tokens[i - 1].lower) { return false }
        case UInt8(ascii: "t"):
            if w == "told", i > 0, tokens[i - 1].lower == "all" { return false } // "All told, …"
            // "talked about deporting millions", "talks of 5,000 jobs": talk reports only what it is about.
            if w.hasPrefix("talk") {
                return (next == "about" || next == "of" || next == "that") && !(i > 0 && tokens[i - 1].facts.contains(.determiner))
            }
            // "threatened to sue for $5 million" reports; "will threaten the city with bombs" is an act.
            if w.hasPrefix("threaten") { return next == "to" || next == "that" || next == "not" }
        case UInt8(ascii: "c"):
            // "called for a $15 wage", "calls on Congress to": other uses of "call" name things.
            if w == "call" || w == "calls" || w == "called" || w == "calling" { return next == "for" || next == "on" }
        case UInt8(ascii: "r"):
            // "the judge ruled that…": a ruling reports its finding; "ruled out", "ruled the city", "a ruling" do not.
            if w == "ruling" { return false }
            if w == "rule" || w == "rules" || w == "ruled" { return next == "that" }
        default: break
        }
        return nil
    }

    /// "A poll of 1,204 adults found", "a survey by the institute shows": a document followed by its "of" or
    /// "by" phrase heads the subject, so the word before the verb belongs to that phrase.
    static func documentHeadsSubject(_ tokens: [Token], before i: Int, cues: CueLexicon) -> Bool {
        var k = i - 1
        while k > 0, i - k <= 7, !isBreak(tokens[k]) {
            if tokens[k - 1].facts.contains(.documentNoun), ["of", "by", "from", "among"].contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// The subject before a reporting verb: up to five words back, skipping auxiliaries and adverbs.
    static func subjectWindow(_ tokens: [Token], verb i: Int, cues: CueLexicon, mentions: [ActorMention]) -> Range<Int> {
        var end = i
        while end > 0, tokens[end - 1].facts.contains(.auxiliary) { end -= 1 }
        // "the polls that show…", "Kasich, who brags…": a relative pronoun's antecedent is the subject.
        if end > 1, isIn(relativePronouns, tokens, end - 1) {
            let antecedent = isMark(tokens, end - 2, ",") ? end - 2 : end - 1
            if antecedent > 0, !isBreak(tokens[antecedent - 1]) || isMark(tokens, end - 2, ",") { end = antecedent }
        }
        // "Jane Roe, the committee's director, said…", "Roe, in an interview, said…": the subject stands
        // before the parenthetical, when a name or pronoun is there.
        if end > 1, isMark(tokens, end - 1, ",") {
            var k = end - 2
            while k > 0, end - k < 25, !isMark(tokens, k, ",") { k -= 1 }
            if k > 0, isMark(tokens, k, ","), end - k < 12 || opensParenthetical(tokens, k + 1),
               isParentheticalHead(tokens, k - 1, cues: cues, mentions: mentions) {
                end = k
            }
        }
        var start = end
        while start > 0, end - start < 5, !isBreak(tokens[start - 1]), !isWord(tokens, start - 1, "that", .determiner),
              !(tokens[start - 1].kind == .symbol && closesQuotation(tokens, start - 1)) {
            start -= 1
        }
        return start..<end
    }

    static let coordinators: WordSet = ["and", "but", "while", "whereas", "although", "though", "yet", ";"]

    /// The part of a subject window after a coordinator, when it is its own clause's subject
    /// ("…, while 9 percent found", "…; 39 have said").
    static func coordinatedSubject(_ tokens: [Token], _ window: Range<Int>) -> Range<Int>? {
        guard !window.isEmpty else { return nil }
        var k = window.upperBound - 1
        while k >= window.lowerBound, !isCoordinator(tokens, k) { k -= 1 }
        let first: Int
        if k >= window.lowerBound { first = k + 1 }
        else if window.lowerBound > 0, isCoordinator(tokens, window.lowerBound - 1) { first = window.lowerBound }
        else { return nil }
        guard first < window.upperBound else { return nil }
        return tokens[first].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound
    }

    /// The subject after an opening participial clause: a pronoun or a capitalised name right after its comma.
    static func openingParticipleClause(_ tokens: [Token], verb i: Int) -> Clause? {
        var comma = i + 1
        while comma < tokens.count, comma - i < 25, tokens[comma].lower != "," {
            if isBreak(tokens[comma]) || isQuoteToken(tokens[comma]) { return nil }
            comma += 1
        }
        guard comma + 1 < tokens.count, tokens[comma].lower == "," else { return nil }
        var e = comma + 1
        if isPronoun(tokens, e) { e += 1 } else {
            while e < tokens.count, e - comma <= 4, tokens[e].kind == .word, tokens[e].capitalized
                    || (tokens[e].lower == "." && !tokens[e].spaceBefore) { e += 1 }
        }
        guard e > comma + 1 else { return nil }
        return Clause(window: (comma + 1)..<e, content: [tokens[i].range.upperBound..<tokens[comma].range.lowerBound])
    }

    /// The last one or two words of a subject window when they are a pronoun or a capitalised name.
    static func relativeSubject(_ tokens: [Token], subject: Range<Int>, verb i: Int) -> Range<Int>? {
        guard subject.count >= 2 else { return nil }
        var k = subject.upperBound - 1
        while k > subject.lowerBound, tokens[k].facts.contains(.auxiliary) { k -= 1 }
        if isPronoun(tokens, k) { return k..<subject.upperBound }
        guard tokens[k].capitalized else { return nil }
        let lo = k > subject.lowerBound && tokens[k - 1].capitalized ? k - 1 : k
        return lo..<subject.upperBound
    }

    /// "the 1.2 billion dollars it expects to collect", "the 300 jobs Acme says it will add": a figure right
    /// before the subject heads a relative clause without "that", and the clause's verb is about it.
    static func relativeHead(_ tokens: [Token], subject: Range<Int>) -> Range<Int>? {
        guard !subject.isEmpty, subject.count <= 2, subject.lowerBound > 0 else { return nil }
        let first = subject.lowerBound
        guard isPronoun(tokens, first) || (tokens[first].capitalized && !isIn(sentenceStarts, tokens, first)) else { return nil }
        // The words before the subject: a number within three tokens, with no break or verb-like word between.
        var k = subject.lowerBound - 1
        while k >= 0, subject.lowerBound - k <= 3 {
            let t = tokens[k]
            // "72 percent of Democrats said": a preposition makes the subject part of the figure's phrase.
            if isBreak(t) || isQuoteToken(t) || t.lower == "that" || t.lower == "and" || t.lower == "or"
                || t.facts.contains(.function) { return nil }   // `.function`: `FigureParser.unitStopWords`
            // Between the figure and the subject only its counted noun or scale may stand ("dollars", "million").
            if t.kind == .symbol, t.lower != "%" { return nil }
            if t.kind == .word, !FigureParser.isPluralHead(t.lower), FigureLexicon.shared.wordScale(t.lower) == nil,
               t.lower != "percent" { return nil }
            if t.kind == .number {
                var start = k
                // Take in the currency sign and a qualifier ("some $75,000").
                while start > 0, k - start < 3, !isBreak(tokens[start - 1]), !tokens[start - 1].facts.contains(.article) { start -= 1 }
                return tokens[start].range.lowerBound..<tokens[subject.lowerBound].range.lowerBound
            }
            k -= 1
        }
        return nil
    }

    static let displayVerbs: WordSet = ["show", "shows", "showed", "shown", "showing"]
    /// Records of events that show what they record ("the outcome showed", "past elections show").
    static let recordNouns: WordSet = ["outcome", "outcomes", "result", "results", "returns", "numbers", "history",
                                           "record", "trend", "trends", "election", "elections", "tests", "test", "evidence"]

    static func mentionsIn(_ tokens: [Token], _ window: Range<Int>, _ mentions: [ActorMention]) -> Bool {
        guard !window.isEmpty else { return false }
        return !mentions.starting(in: tokens[window.lowerBound].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound).isEmpty
    }

    static let forecastVerbs: WordSet = ["expect", "expects", "expected", "expecting", "anticipate", "anticipates",
                                             "anticipated", "anticipating", "forecast", "forecasts", "forecasting", "predict",
                                             "predicts", "predicted", "predicting"]

    /// A number within the next few words of the verb, before any clause break: the verb's object is a figure.
    static func figureSoonAfter(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, k - i <= 4, !isBreak(tokens[k]) {
            if tokens[k].kind == .number { return true }
            k += 1
        }
        return false
    }

    static let intentionVerbs: WordSet = ["agree", "agrees", "agreed", "expect", "expects", "hope", "hopes", "hoped"]

    static let gerundPrepositions: WordSet = ["in", "by", "after", "before", "while", "when", "without", "since"]

    /// Words after which an -ing form reads as a noun ("his second-place showing in Iowa", "polling of").
    static let nounFollowers: WordSet = ["in", "of", "at", "on", "for", "from", "by", "with", "among"]

    /// Words that open a long parenthetical after a subject: a relative clause or an appositive
    /// ("Executives for Acme, which earned $3 billion last year, say…").
    static let parentheticalOpeners: WordSet = ["who", "which", "whose", "a", "an", "the", "one", "in", "at"]

    /// Whether token `k` opens a parenthetical: one of those words, or a lowercase participle in "-ed" (read
    /// in place and by the word's facts).
    static func opensParenthetical(_ tokens: [Token], _ k: Int) -> Bool {
        isIn(parentheticalOpeners, tokens, k) || (tokens[k].kind == .word && !tokens[k].capitalized && Bytes.hasSuffix(tokens[k].lower, "ed"))
    }

    /// The word before a parenthetical can head the subject: a name (not a sentence-opening adverb such as
    /// "Still,"), a pronoun, or a source noun ("The poll, released on Monday, showed…").
    static func isParentheticalHead(_ tokens: [Token], _ k: Int, cues: CueLexicon, mentions: [ActorMention]) -> Bool {
        if !tokens[k].facts.isDisjoint(with: [.pronoun, .documentNoun, .vagueSubject]) { return true }
        guard tokens[k].capitalized else { return false }
        return k > 0 || !mentions.starting(in: tokens[k].range).isEmpty
            || !(isIn(sentenceStarts, tokens, k) || ActorLexicon.shared.dictionaryWords.contains(NameKey.of(tokens[k].lower)))
    }

}
