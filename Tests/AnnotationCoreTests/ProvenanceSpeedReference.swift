@testable import AnnotationCore

// The provenance cue finder as it was before its lists became word facts and its tokens were read in place
// (main 16142ea, `SentenceCues.swift` and `ReportingClause.swift`, doc comments dropped): the reference the
// speed work is compared with (`ProvenanceSpeedTests`). Its lists are the production ones, so that only the
// way they are asked differs.
struct ReferenceSentenceCues: Sendable {
    struct Cue: Sendable {
        var attribution: SourceAttribution
        var sourceSpan: Range<Int>
        var content: [Range<Int>]? = nil
        var endsAtCoordination = false

        func attributes(_ figure: Range<Int>) -> Bool {
            if sourceSpan.overlaps(figure) { return false }
            guard let content else { return true }
            return content.contains { $0.contains(figure.lowerBound) }
        }
    }

    var cues: [Cue] = []
    var sentence: Range<Int> = 0..<0
    var coordinatedSubjects: [Range<Int>] = []

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

    static var pronouns: WordSet { SentenceCues.pronouns }

    static func isPronoun(_ w: String) -> Bool {
        if pronouns.contains(w) { return true }
        // The bytes first: a word with neither apostrophe's bytes has neither apostrophe.
        guard w.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }),
              let cut = w.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return pronouns.contains(String(w[..<cut]))
    }
    static var auxiliaries: WordSet { SentenceCues.auxiliaries }
    static var determiners: WordSet { SentenceCues.determiners }
    static var articles: WordSet { SentenceCues.articles }
    static var notNames: WordSet { SentenceCues.notNames }

    static func find(_ sentenceTokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                     mentions: [ActorMention], citations: [Range<Int>]) -> ReferenceSentenceCues {
        let tokens = withoutAbbreviationDots(sentenceTokens)
        var out = ReferenceSentenceCues()
        out.sentence = sentence
        // A link, URL or footnote in the sentence cites it.
        if let c = citations.first(where: { $0.overlaps(sentence) }) {
            out.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(c), range: c), sourceSpan: c))
            return out
        }
        var i = 0
        while i < tokens.count {
            if let n = Self.vagueMatch(cues, tokens, i) {
                let r = tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound
                out.cues.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: r,
                                    content: [contrastClause(tokens, around: i, length: n, sentence: sentence)]))
            }
            if let n = Self.sourceMatch(cues, tokens, i) {
                // "according to X", "data from X": X runs to the end of its clause.
                let objectStart = i + n
                var end = objectStart
                // "figures from the trade body show 12,000…": the source's words end at the verb that reports.
                while end < tokens.count, !isBreak(tokens[end]),
                      !(end > objectStart + 1 && objectVerbs.contains(tokens[end].lower)) { end += 1 }
                if end > objectStart {
                    let r = tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
                    out.add(window: objectStart..<end, tokens, cueRange: r, text: text, cues: cues, mentions: mentions,
                            allowPronoun: false, speech: true)
                }
            }
            if mayReport(tokens[i]) {
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

    static func contrastClause(_ tokens: [Token], around i: Int, length n: Int, sentence: Range<Int>) -> Range<Int> {
        func opensContrast(_ k: Int) -> Bool {
            if tokens[k].lower == ";" { return true }
            return tokens[k].lower == "," && k + 1 < tokens.count && contrastWords.contains(tokens[k + 1].lower)
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

    static var contrastWords: WordSet { SentenceCues.contrastWords }

    static var objectVerbs: WordSet { SentenceCues.objectVerbs }

    static var speechNouns: WordSet { SentenceCues.speechNouns }

    static func isOwnedOrClausal(_ tokens: [Token], _ i: Int) -> Bool {
        if i + 1 < tokens.count, tokens[i + 1].lower == "that" { return true }
        return i > 0 && (isPossessive(tokens[i - 1].lower) || possessiveDeterminers.contains(tokens[i - 1].lower))
    }

    static var possessiveDeterminers: WordSet { SentenceCues.possessiveDeterminers }

    static func isPossessive(_ w: String) -> Bool { Bytes.hasPossessiveSuffix(w) }

    static func isPluralPossessive(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k].kind == .symbol, tokens[k].lower == "’" || tokens[k].lower == "'", !tokens[k].spaceBefore,
              tokens[k - 1].kind == .word, Bytes.hasSuffix(tokens[k - 1].lower, "s") else { return false }
        return k + 1 < tokens.count && tokens[k + 1].spaceBefore && tokens[k + 1].kind == .word
    }

    static func isQuoteToken(_ t: Token) -> Bool { t.kind == .symbol && t.lower.unicodeScalars.first!.isQuote }

    static func isQuotationMark(_ tokens: [Token], _ k: Int) -> Bool {
        guard isQuoteToken(tokens[k]) else { return false }
        switch tokens[k].lower {
        case "\"", "“", "”", "«", "»", "„": return true
        default: return k > 0 && isQuoteToken(tokens[k - 1]) && !tokens[k].spaceBefore
                     && (k < 2 || !isQuoteToken(tokens[k - 2]))
        }
    }

    static func quotationMarks(_ tokens: [Token], before end: Int) -> Int {
        var n = 0
        for k in max(0, end - clauseReach)..<min(end, tokens.count) where isQuotationMark(tokens, k) { n += 1 }
        return n
    }

    static let clauseReach = 150

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
        // "Analysts estimate": a capitalised common plural opening the sentence is no one's name.
        if let m = mentions.starting(in: span).first, !cues.vagueSubjects.contains(m.name.lowercased()) {
            add(.specific, actor: m.name); return
        }
        var vagueWord = false
        var name: [String] = []
        for k in window {
            let t = tokens[k]
            if cues.vagueSubjects.contains(t.lower) { vagueWord = true }
            if t.kind == .word, t.capitalized, !ReferenceSentenceCues.notNames.contains(t.lower), !cues.vagueSubjects.contains(t.lower),
               !(k == 0 && ReferenceSentenceCues.commonSentenceStart(t.lower)) {
                name.append(text.string(t.range))
            } else if !name.isEmpty, t.kind == .word, !t.capitalized { break }
        }
        if !name.isEmpty { add(.specific, actor: name.joined(separator: " ")); return }
        if allowPronoun, window.contains(where: { ReferenceSentenceCues.isPronoun(tokens[$0].lower) }), !vagueWord { add(.specific); return }
        if vagueWord { add(.vague) } else if speech || window.contains(where: { ReferenceSentenceCues.isInstitution(tokens, $0) }) { add(.specific) }
    }

    mutating func addDocument(at i: Int, _ tokens: [Token], text: SourceText, cues: CueLexicon, mentions: [ActorMention]) {
        var start = i
        var named: [String] = []
        while start > 0, i - start < 5, !ReferenceSentenceCues.isBreak(tokens[start - 1]) {
            let t = tokens[start - 1]
            if ReferenceSentenceCues.articles.contains(t.lower) { break }
            // "the 50-state poll": a number fused to the name by a hyphen is part of it; others end it.
            if t.kind == .number, !(start < tokens.count && tokens[start].lower == "-" && !tokens[start].spaceBefore) { break }
            if t.capitalized, !ReferenceSentenceCues.notNames.contains(t.lower), !cues.vagueSubjects.contains(t.lower) { named.insert(text.string(t.range), at: 0) }
            start -= 1
        }
        // "a statement by George Roe", "a survey by the Lakeside Institute": the author named after "by".
        var end = i
        if named.isEmpty, let author = authorAfter(tokens, i, text: text) {
            named = author.name
            end = author.end - 1
        }
        let prev = start > 0 ? tokens[start - 1].lower : ""
        let beforeDeterminer = start > 1 ? tokens[start - 2].lower : ""
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let governs = next.map { cues.reportingVerbs.contains($0.lower) || ReferenceSentenceCues.documentVerbs.contains($0.lower) } ?? false
        // "the city's annual report": a possessive owner makes the document identifiable.
        let owned = tokens[start..<i].contains { ReferenceSentenceCues.isPossessive($0.lower) }
            || (start..<i).contains { ReferenceSentenceCues.isPluralPossessive(tokens, $0) }
        // "his call to raise…", "their claim that…": a statement owned by the person the clause is about.
        let ownedBySubject = ReferenceSentenceCues.speechNouns.contains(tokens[i].lower) && ReferenceSentenceCues.possessiveDeterminers.contains(prev)
        let introduced = ["in", "by", "from"].contains(prev) || ["in", "by", "from"].contains(beforeDeterminer)
        guard governs || introduced || !named.isEmpty || owned || ownedBySubject else { return }
        let lo = start > 0 && ReferenceSentenceCues.determiners.contains(prev) ? start - 1 : start
        let r = tokens[lo].range.lowerBound..<tokens[end].range.upperBound
        let span = tokens[start].range.lowerBound..<tokens[end].range.upperBound
        if let m = mentions.starting(in: span).first {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: m.name, range: r), sourceSpan: span))
        } else if !named.isEmpty {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), actor: named.joined(separator: " "), range: r), sourceSpan: span))
        } else if owned || ownedBySubject {
            self.cues.append(Cue(attribution: SourceAttribution(status: .specific, text: text.string(r), range: r), sourceSpan: span))
        } else if governs || introduced {
            self.cues.append(Cue(attribution: SourceAttribution(status: .vague, text: text.string(r), range: r), sourceSpan: span))
        }
    }

    func authorAfter(_ tokens: [Token], _ i: Int, text: SourceText) -> (name: [String], end: Int)? {
        guard i + 2 < tokens.count, tokens[i + 1].lower == "by" else { return nil }
        var k = i + 2
        if ReferenceSentenceCues.articles.contains(tokens[k].lower) { k += 1 }
        var name: [String] = []
        while k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized || (!name.isEmpty && ["of", "for"].contains(tokens[k].lower)),
              name.count < 6 {
            name.append(text.string(tokens[k].range))
            k += 1
        }
        while let last = name.last, last == "of" || last == "for" { name.removeLast(); k -= 1 }
        guard !name.isEmpty, !ReferenceSentenceCues.notNames.contains(name[0].lowercased()) else { return nil }
        return (name, k)
    }

    static func withoutAbbreviationDots(_ tokens: [Token]) -> [Token] {
        // Most sentences have no such dot: they are returned as they are, not copied token by token. Before
        // the first dot dropped, the token kept last is the one just before it.
        guard tokens.indices.contains(where: { $0 > 0 && isAbbreviationDot(tokens[$0], after: tokens[$0 - 1]) }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for t in tokens {
            if let p = out.last, isAbbreviationDot(t, after: p) { continue }
            out.append(t)
        }
        return out
    }

    static func isAbbreviationDot(_ t: Token, after p: Token) -> Bool {
        // The kind first: a "." is always a symbol token, and comparing every token's string cost more.
        t.kind == .symbol && t.lower == "." && !t.spaceBefore && p.kind == .word
            && (Abbreviations.titles.contains(p.lower) || (p.capitalized && p.lower.utf8.count == 1))
    }

    static func isInstitution(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, ["the", "its", "their", "his", "her", "our"].contains(tokens[k - 1].lower) else { return false }
        let w = tokens[k].lower
        return institutionNouns.contains(w) || ActorLexicon.shared.organizationHeads.contains(NameKey.of(w))
    }

    static var institutionNouns: WordSet { SentenceCues.institutionNouns }

    static func commonSentenceStart(_ w: String) -> Bool {
        ["the", "a", "an", "but", "and", "so", "in", "on", "at", "for", "as", "it", "this", "that", "these",
         "those", "there", "he", "she", "they", "we", "i", "some", "many", "most", "according"].contains(w)
    }
}

extension ReferenceSentenceCues {
    struct Clause {
        var window: Range<Int>
        var content: [Range<Int>]
    }

    static func mayReport(_ t: Token) -> Bool {
        !t.facts.isDisjoint(with: .mayReport) || endsInIng(t.lower)
    }

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

    static func addReportingVerb(at i: Int, _ tokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                                 mentions: [ActorMention], to out: inout ReferenceSentenceCues) {
        let estimates = estimateVerbs.contains(tokens[i].lower) && valuesAt(tokens, after: i)
        // "The campaign projects that…": a verb too ambiguous for the lexicon reports before a that-clause.
        let projects = projectionVerbs.contains(tokens[i].lower) && i > 0 && i + 1 < tokens.count && tokens[i + 1].lower == "that"
            && (tokens[i - 1].capitalized || isPronoun(tokens[i - 1].lower) || institutionNouns.contains(tokens[i - 1].lower)
                || auxiliaries.contains(tokens[i - 1].lower))
        guard estimates || projects || (Self.isReportingVerb(cues, tokens[i].lower) && isVerbUse(tokens, i, cues: cues)) else { return }
        // "Boasting 108,000 residents, the county…": a participle opening the sentence with a figure for its
        // object says what the subject has, not what anyone reports.
        if i == 0, Bytes.hasSuffix(tokens[i].lower, "ing"), !forecastVerbs.contains(tokens[i].lower), i + 1 < tokens.count,
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
        if displayVerbs.contains(tokens[i].lower), !subject.isEmpty,
           !subject.contains(where: { k in
               let t = tokens[k]
               return cues.documentNouns.contains(t.lower) || cues.vagueSubjects.contains(t.lower) || isPronoun(t.lower)
                   || recordNouns.contains(t.lower)
                   || (t.capitalized && !(k == 0 && commonSentenceStart(t.lower)) && !notNames.contains(t.lower))
           }),
           !subject.contains(where: { isInstitution(tokens, $0) }), !mentionsIn(tokens, subject, mentions) {
            return
        }
        // "Expecting thousands for the march, Mr. Burke said…": an opening participle's subject is the main
        // clause's, named right after the comma; what the participle governs runs to that comma.
        if i == 0, subject.isEmpty, Bytes.hasSuffix(tokens[i].lower, "ing"), let opening = openingParticipleClause(tokens, verb: i) {
            let r = tokens[i].range.lowerBound..<tokens[i].range.upperBound
            out.add(window: opening.window, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: true,
                    speech: isSpeechVerb(tokens[i].lower), content: opening.content)
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
                speech: estimates || isSpeechVerb(tokens[i].lower), content: clause.content)
        // A poll or report that "showed that 59 percent…, and 74 percent said…" covers its whole sentence.
        let documentSource = window.contains { cues.documentNouns.contains(tokens[$0].lower) }
        for c in added..<out.cues.count { out.cues[c].endsAtCoordination = !documentSource }
    }

    static func readsAsAdjective(_ tokens: [Token], _ i: Int) -> Bool {
        guard Bytes.hasSuffix(tokens[i].lower, "ed"), i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && !next.capitalized && !functionWords.contains(next.lower)
    }

    static var functionWords: WordSet { SentenceCues.functionWords }

    static func passiveClause(_ tokens: [Token], verb i: Int, subject: Range<Int>) -> Clause? {
        guard isPassive(tokens, verb: i) else { return nil }
        guard agentVerbs.contains(tokens[i].lower) else { return Clause(window: i..<i, content: []) }
        var k = i + 1
        while k < tokens.count, k - i <= 4, tokens[k].lower != "by", !isBreak(tokens[k]) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].lower == "by" else { return Clause(window: i..<i, content: []) }
        var e = k + 1
        while e < tokens.count, e - k <= 6, !isBreak(tokens[e]), tokens[e].lower != "that" { e += 1 }
        // What was reported is the passive's subject ("the letter, which was first reported by…" → the letter).
        guard !subject.isEmpty else { return Clause(window: i..<i, content: []) }
        let content = tokens[subject.lowerBound].range.lowerBound..<tokens[subject.upperBound - 1].range.upperBound
        return Clause(window: (k + 1)..<e, content: [content])
    }

    static var agentVerbs: WordSet { SentenceCues.agentVerbs }

    static func invertedClause(_ tokens: [Token], verb i: Int, subject: Range<Int>, sentence: Range<Int>) -> Clause? {
        let beforeVerb = i > 0 ? tokens[i - 1] : nil
        let afterComma = beforeVerb?.lower == "," && subject.upperBound == i
        let participle = subject.isEmpty && Bytes.hasSuffix(tokens[i].lower, "ing")
        let clauseFollows = subject.isEmpty && i + 1 < tokens.count && tokens[i + 1].lower == ","
        let inverts = i + 1 < tokens.count && tokens[i + 1].kind == .word && !pronouns.contains(tokens[i + 1].lower)
            && tokens[i + 1].lower != "that"
        guard !participle, !clauseFollows, inverts,
              subject.isEmpty || afterComma || beforeVerb.map(isQuoteToken) == true else { return nil }
        var e = i + 1
        while e < tokens.count, e - i <= 4, !isBreak(tokens[e]), tokens[e].lower != "that" { e += 1 }
        var content = [sentence.lowerBound..<tokens[i].range.lowerBound]
        // What follows the source is its speech only after "that", a colon or a quote; after a comma it
        // describes the source ("said Jane Roe, 44, who has given $400").
        if e < tokens.count, tokens[e].lower == "that" || tokens[e].lower == ":" || isQuoteToken(tokens[e]) {
            content.append(tokens[e].range.lowerBound..<sentence.upperBound)
        }
        return Clause(window: (i + 1)..<e, content: content)
    }

    static func subjectClause(_ tokens: [Token], verb i: Int, subject: Range<Int>, sentence: Range<Int>) -> Clause {
        let start = contentStart(tokens, verb: i)
        var clause = Clause(window: subject, content: [start..<max(start, contentEnd(tokens, from: i + 1, sentence: sentence))])
        guard !subject.isEmpty else { return clause }
        if closesQuotation(tokens, subject.lowerBound - 1) {
            clause.content = [sentence.lowerBound..<tokens[subject.lowerBound].range.lowerBound]
        } else if endsClause(tokens, after: i), !subject.contains(where: { coordinators.contains(tokens[$0].lower) }),
                  let comma = commaBefore(tokens, subject) {
            // "…, a study by the Lakeside Institute found." The whole noun phrase back to the comma is the source.
            clause.window = (comma + 1)..<subject.upperBound
            clause.content.append(sentence.lowerBound..<tokens[comma].range.lowerBound)
        }
        return clause
    }

    static func clauseCommaEnd(_ tokens: [Token], verb i: Int) -> Int? {
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        let participle = Bytes.hasSuffix(tokens[i].lower, "ing") && !["that", ":", ","].contains(next)
            && !(i + 1 < tokens.count && isQuoteToken(tokens[i + 1]))
        var k = i - 1
        var relative = false
        while k > 0, i - k <= 6, !isBreak(tokens[k]) {
            if ["who", "which", "whose"].contains(tokens[k].lower), tokens[k - 1].lower == "," { relative = true; break }
            k -= 1
        }
        guard participle || relative else { return nil }
        // The next comma outside a quotation.
        var e = i + 1
        var quoted = false
        while e < tokens.count, e - i < clauseReach, quoted || tokens[e].lower != ","
                || (participle && e + 1 < tokens.count && ["which", "who", "including"].contains(tokens[e + 1].lower)) {
            if isQuotationMark(tokens, e) { quoted.toggle() }
            e += 1
        }
        return e < tokens.count && tokens[e].lower == "," ? tokens[e].range.lowerBound : nil
    }

    static var documentVerbs: WordSet { SentenceCues.documentVerbs }
    static var particles: WordSet { SentenceCues.particles }
    static var clauseOnlyVerbs: WordSet { SentenceCues.clauseOnlyVerbs }
    static var speechVerbs: WordSet { SentenceCues.speechVerbs }

    static func contentStart(_ tokens: [Token], verb i: Int) -> Int {
        guard tellVerbs.contains(tokens[i].lower) else { return tokens[i].range.upperBound }
        var k = i + 1
        while k < tokens.count, k - i < 8 {
            if tokens[k].lower == "that" || tokens[k].lower == ":" || isQuoteToken(tokens[k]) { return tokens[k].range.lowerBound }
            k += 1
        }
        // "told the Harbour Gazette he had 300 boats": what is told follows the audience ("a crowd of 1,300").
        k = i + 1
        while k < tokens.count, isAudienceWord(tokens[k]) {
            k += 1
            if k + 1 < tokens.count, audienceWords.contains(tokens[k - 1].lower), tokens[k].lower == "of", tokens[k + 1].kind == .number {
                k += 2
            }
        }
        return k < tokens.count ? tokens[k].range.lowerBound : tokens[i].range.upperBound
    }

    static var estimateVerbs: WordSet { SentenceCues.estimateVerbs }

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

    static var projectionVerbs: WordSet { SentenceCues.projectionVerbs }

    static var relativePronouns: WordSet { SentenceCues.relativePronouns }

    static var beForms: WordSet { SentenceCues.beForms }

    static func isPassive(_ tokens: [Token], verb i: Int) -> Bool {
        // "is reporting", "are vowing": a progressive, not a passive.
        guard !Bytes.hasSuffix(tokens[i].lower, "ing") else { return false }
        var k = i - 1
        while k >= 0, i - k <= 3, tokens[k].kind == .word {
            if beForms.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    static var tellVerbs: WordSet { SentenceCues.tellVerbs }

    static func isAudienceWord(_ t: Token) -> Bool {
        t.kind == .word && (t.capitalized || articles.contains(t.lower) || audienceWords.contains(t.lower))
    }

    static var audienceWords: WordSet { SentenceCues.audienceWords }

    static func endsClause(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        // "…, the former executive told The Harbour Gazette, …": the audience is part of the attribution.
        if tellVerbs.contains(tokens[i].lower) {
            while k < tokens.count, isAudienceWord(tokens[k]) { k += 1 }
        }
        guard k < tokens.count, !isBreak(tokens[k]) else { return true }
        guard trailingAdjuncts.contains(tokens[k].lower) else { return false }
        while k < tokens.count, !isBreak(tokens[k]) {
            if tokens[k].lower == "that" || isQuoteToken(tokens[k]) || k - i > clauseReach { return false }
            k += 1
        }
        return true
    }

    static var trailingAdjuncts: WordSet { SentenceCues.trailingAdjuncts }

    static func commaBefore(_ tokens: [Token], _ subject: Range<Int>) -> Int? {
        var k = subject.lowerBound - 1
        while k >= 0, subject.lowerBound - k <= 10 {
            let w = tokens[k].lower
            if w == "," { return k }
            if isBreak(tokens[k]) || w == "that" || isQuoteToken(tokens[k]) || coordinators.contains(w) { return nil }
            k -= 1
        }
        return nil
    }

    static func contentEnd(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Int {
        // A verb inside a quotation ("I liked what he said at the time," said Roe, who gave $2,400) reports
        // only up to the closing mark.
        let quoted = quotationMarks(tokens, before: start) % 2 == 1
        var k = start
        while k < tokens.count, k - start < clauseReach {
            let w = tokens[k].lower
            if w == ";" || (quoted && isQuotationMark(tokens, k)) { return tokens[k].range.lowerBound }
            if w == "compared", k + 1 < tokens.count, tokens[k + 1].lower == "with" || tokens[k + 1].lower == "to" {
                return tokens[k].range.lowerBound
            }
            // "…, and he put $100 million into the fund": a new clause with its own subject.
            if w == ",", k + 2 < tokens.count, tokens[k + 1].lower == "and" || tokens[k + 1].lower == "but",
               pronouns.contains(tokens[k + 2].lower) {
                return tokens[k].range.lowerBound
            }
            // "…, meaning there were 5 incidents per 1,000 residents": the writer's inference, not the source's.
            if w == ",", k + 1 < tokens.count, tokens[k + 1].lower == "meaning" || tokens[k + 1].lower == "which" && k + 2 < tokens.count && tokens[k + 2].lower == "means" {
                return tokens[k].range.lowerBound
            }
            k += 1
        }
        return sentence.upperBound
    }

    static func isSpeechVerb(_ w: String) -> Bool {
        if speechVerbs.contains(w) { return true }
        guard Bytes.hasSuffix(w, "ing"), w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return speechVerbs.contains(stem) || speechVerbs.contains(stem + "e")
    }

    static func isVerbUse(_ tokens: [Token], _ i: Int, cues: CueLexicon) -> Bool {
        let w = tokens[i].lower
        if w == "according" { return false } // handled as "according to"
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        if w == "told", i > 0, tokens[i - 1].lower == "all" { return false } // "All told, …"
        // "called for a $15 wage", "calls on Congress to": other uses of "call" name things.
        if w == "call" || w == "calls" || w == "called" || w == "calling" { return next == "for" || next == "on" }
        // "talked about deporting millions", "talks of 5,000 jobs": talk reports only what it is about.
        if w.hasPrefix("talk") {
            return (next == "about" || next == "of" || next == "that") && !(i > 0 && determiners.contains(tokens[i - 1].lower))
        }
        // "the judge ruled that…": a ruling reports its finding; "ruled out", "ruled the city", "a ruling" do not.
        if w == "ruling" { return false }
        if w == "rule" || w == "rules" || w == "ruled" { return next == "that" }
        // "threatened to sue for $5 million" reports; "will threaten the city with bombs" is an act.
        if w.hasPrefix("threaten") { return next == "to" || next == "that" || next == "not" }
        // "When asked which quality mattered, 23 percent…": the asker is no one; the answer is the respondents'.
        if w == "asked", i > 0, ["when", "if", "once", "after", "before"].contains(tokens[i - 1].lower) { return false }
        // "the polls that show", "documents that showed": a relative "that" after a source noun.
        if i > 1, tokens[i - 1].lower == "that" {
            let antecedent = tokens[i - 2]
            return cues.documentNouns.contains(antecedent.lower) || cues.vagueSubjects.contains(antecedent.lower)
                || antecedent.capitalized
        }
        // "his strong second-place showing", "the polling": an -ing form is a verb only when it opens a clause
        // or follows an auxiliary or a preposition ("by announcing").
        if Bytes.hasSuffix(w, "ing"), nounFollowers.contains(next) { return false }
        // "pointed out", "points to" report; other verbs with a particle do not ("wrote off", "found out").
        if w == "point" || w == "points" || w == "pointed" || w == "pointing" { return next == "out" || next == "to" }
        if particles.contains(next) { return false }
        // "agreed to pay $325 million", "expects to save $2 billion": the subject's own commitment or forecast.
        if intentionVerbs.contains(w), next == "to" { return true }
        // "the carmaker expects sales of 90,000", "which expects 5,000 to attend": an expectation whose object
        // holds a figure is the subject's forecast.
        if forecastVerbs.contains(w), figureSoonAfter(tokens, i) { return true }
        // "Officials expect it to raise rates by one point": a forecast about its object.
        if intentionVerbs.contains(w), i + 2 < tokens.count, ["it", "them", "him", "her", "prices", "rates"].contains(next),
           tokens[i + 2].lower == "to" {
            return true
        }
        // "maintains an annual trade", "added 5,000 jobs": these report only before a clause or a quote.
        if clauseOnlyVerbs.contains(w), !(next == "that" || next == "," || next == "." || next == ":" || next.unicodeScalars.first.map(\.isQuote) == true
                                           || (i > 0 && (tokens[i - 1].lower == "," || isQuoteToken(tokens[i - 1])))) {
            return false
        }
        guard i > 0 else { return !CueLexicon.ambiguousVerbs.contains(w) }
        let p = tokens[i - 1]
        // "erred in saying that", "by announcing it would…": a gerund after a preposition is a verb.
        if Bytes.hasSuffix(w, "ing"), gerundPrepositions.contains(p.lower) { return true }
        // "to brag that the rate fell": an infinitive with a clause after it.
        if p.lower == "to", next == "that" || pronouns.contains(next) { return true }
        if determiners.contains(p.lower) { return false }
        // "Editor’s note": a possessive makes the next word a noun.
        if isPossessive(p.lower) { return false }
        if CueLexicon.ambiguousVerbs.contains(w) {
            // "…, a GOP consultant, notes that", "the candidate claims his": a clause after it makes it a verb.
            if next == "that" || ["his", "her", "their", "its", "he", "she", "they", "it", "we", "there"].contains(next) { return true }
            return p.capitalized || pronouns.contains(p.lower) || cues.vagueSubjects.contains(p.lower)
                || auxiliaries.contains(p.lower) || cues.documentNouns.contains(p.lower) || p.lower == ")"
                || isInstitution(tokens, i - 1) || documentHeadsSubject(tokens, before: i, cues: cues)
        }
        return true
    }

    static func documentHeadsSubject(_ tokens: [Token], before i: Int, cues: CueLexicon) -> Bool {
        var k = i - 1
        while k > 0, i - k <= 7, !isBreak(tokens[k]) {
            if ["of", "by", "from", "among"].contains(tokens[k].lower), cues.documentNouns.contains(tokens[k - 1].lower) { return true }
            k -= 1
        }
        return false
    }

    static func subjectWindow(_ tokens: [Token], verb i: Int, cues: CueLexicon, mentions: [ActorMention]) -> Range<Int> {
        var end = i
        while end > 0, auxiliaries.contains(tokens[end - 1].lower) { end -= 1 }
        // "the polls that show…", "Kasich, who brags…": a relative pronoun's antecedent is the subject.
        if end > 1, relativePronouns.contains(tokens[end - 1].lower) {
            let antecedent = tokens[end - 2].lower == "," ? end - 2 : end - 1
            if antecedent > 0, !isBreak(tokens[antecedent - 1]) || tokens[end - 2].lower == "," { end = antecedent }
        }
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
        while start > 0, end - start < 5, !isBreak(tokens[start - 1]), tokens[start - 1].lower != "that",
              !closesQuotation(tokens, start - 1) {
            start -= 1
        }
        return start..<end
    }

    static var coordinators: WordSet { SentenceCues.coordinators }

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

    static func openingParticipleClause(_ tokens: [Token], verb i: Int) -> Clause? {
        var comma = i + 1
        while comma < tokens.count, comma - i < 25, tokens[comma].lower != "," {
            if isBreak(tokens[comma]) || isQuoteToken(tokens[comma]) { return nil }
            comma += 1
        }
        guard comma + 1 < tokens.count, tokens[comma].lower == "," else { return nil }
        var e = comma + 1
        if isPronoun(tokens[e].lower) { e += 1 } else {
            while e < tokens.count, e - comma <= 4, tokens[e].kind == .word, tokens[e].capitalized
                    || (tokens[e].lower == "." && !tokens[e].spaceBefore) { e += 1 }
        }
        guard e > comma + 1 else { return nil }
        return Clause(window: (comma + 1)..<e, content: [tokens[i].range.upperBound..<tokens[comma].range.lowerBound])
    }

    static func relativeSubject(_ tokens: [Token], subject: Range<Int>, verb i: Int) -> Range<Int>? {
        guard subject.count >= 2 else { return nil }
        var k = subject.upperBound - 1
        while k > subject.lowerBound, auxiliaries.contains(tokens[k].lower) { k -= 1 }
        if isPronoun(tokens[k].lower) { return k..<subject.upperBound }
        guard tokens[k].capitalized else { return nil }
        let lo = k > subject.lowerBound && tokens[k - 1].capitalized ? k - 1 : k
        return lo..<subject.upperBound
    }

    static func relativeHead(_ tokens: [Token], subject: Range<Int>) -> Range<Int>? {
        guard !subject.isEmpty, subject.count <= 2, subject.lowerBound > 0 else { return nil }
        let first = tokens[subject.lowerBound]
        guard isPronoun(first.lower) || (first.capitalized && !commonSentenceStart(first.lower)) else { return nil }
        // The words before the subject: a number within three tokens, with no break or verb-like word between.
        var k = subject.lowerBound - 1
        while k >= 0, subject.lowerBound - k <= 3 {
            let t = tokens[k]
            // "72 percent of Democrats said": a preposition makes the subject part of the figure's phrase.
            if isBreak(t) || isQuoteToken(t) || t.lower == "that" || t.lower == "and" || t.lower == "or"
                || FigureParser.unitStopWords.contains(t.lower) { return nil }
            // Between the figure and the subject only its counted noun or scale may stand ("dollars", "million").
            if t.kind == .symbol, t.lower != "%" { return nil }
            if t.kind == .word, !FigureParser.isPluralHead(t.lower), FigureLexicon.shared.wordScale(t.lower) == nil,
               t.lower != "percent" { return nil }
            if t.kind == .number {
                var start = k
                // Take in the currency sign and a qualifier ("some $75,000").
                while start > 0, k - start < 3, !isBreak(tokens[start - 1]), !articles.contains(tokens[start - 1].lower) { start -= 1 }
                return tokens[start].range.lowerBound..<tokens[subject.lowerBound].range.lowerBound
            }
            k -= 1
        }
        return nil
    }

    static var displayVerbs: WordSet { SentenceCues.displayVerbs }
    static var recordNouns: WordSet { SentenceCues.recordNouns }

    static func mentionsIn(_ tokens: [Token], _ window: Range<Int>, _ mentions: [ActorMention]) -> Bool {
        guard !window.isEmpty else { return false }
        return !mentions.starting(in: tokens[window.lowerBound].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound).isEmpty
    }

    static var forecastVerbs: WordSet { SentenceCues.forecastVerbs }

    static func figureSoonAfter(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, k - i <= 4, !isBreak(tokens[k]) {
            if tokens[k].kind == .number { return true }
            k += 1
        }
        return false
    }

    static var intentionVerbs: WordSet { SentenceCues.intentionVerbs }

    static var gerundPrepositions: WordSet { SentenceCues.gerundPrepositions }

    static var nounFollowers: WordSet { SentenceCues.nounFollowers }

    static var parentheticalOpeners: WordSet { SentenceCues.parentheticalOpeners }

    static func opensParenthetical(_ t: Token) -> Bool {
        parentheticalOpeners.contains(t.lower) || (t.kind == .word && !t.capitalized && Bytes.hasSuffix(t.lower, "ed"))
    }

    static func isParentheticalHead(_ tokens: [Token], _ k: Int, cues: CueLexicon, mentions: [ActorMention]) -> Bool {
        let t = tokens[k]
        if pronouns.contains(t.lower) || cues.documentNouns.contains(t.lower) || cues.vagueSubjects.contains(t.lower) {
            return true
        }
        guard t.capitalized else { return false }
        return k > 0 || !mentions.starting(in: t.range).isEmpty || !(commonSentenceStart(t.lower) || ActorLexicon.shared.dictionaryWords.contains(NameKey.of(t.lower)))
    }

}

extension ReferenceSentenceCues {
    static func isReportingVerb(_ cues: CueLexicon, _ w: String) -> Bool {
        if cues.reportingVerbs.contains(w) { return true }
        guard w.utf8.count > 5, endsInIng(w), Bytes.hasSuffix(w, "ing"), w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return cues.reportingVerbs.contains(stem) || cues.reportingVerbs.contains(stem + "e")
            || (stem.count > 3 && stem.last == stem.dropLast().last && cues.reportingVerbs.contains(String(stem.dropLast())))
    }

    static func sourceMatch(_ cues: CueLexicon, _ tokens: [Token], _ i: Int) -> Int? {
        if cues.isStandard, !tokens[i].facts.contains(.sourcePhraseHead) { return nil }
        return match(cues.sourcePhrases, tokens, i)
    }

    static func vagueMatch(_ cues: CueLexicon, _ tokens: [Token], _ i: Int) -> Int? {
        if cues.isStandard, !tokens[i].facts.contains(.vaguePhraseHead) { return nil }
        return match(cues.vaguePhrases, tokens, i)
    }

    static func match(_ table: WordTable<[[String]]>, _ tokens: [Token], _ i: Int) -> Int? {
        guard let candidates = table[tokens[i].lower] else { return nil }
        for words in candidates {
            var t = i
            var ok = true
            for (k, w) in words.enumerated() {
                while k > 0, t < tokens.count, tokens[t].lower != w, CueLexicon.interveningAdverbs.contains(tokens[t].lower) { t += 1 }
                guard t < tokens.count, tokens[t].lower == w else { ok = false; break }
                t += 1
            }
            if ok { return t - i }
        }
        return nil
    }
}
