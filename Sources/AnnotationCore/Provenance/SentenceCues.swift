/// The attribution cues of one sentence: the best specific source and the best vague one.
struct SentenceCues: Sendable {
    var specific: SourceAttribution?
    var vague: SourceAttribution?

    static let pronouns: Set<String> = ["he", "she", "i", "we", "they", "it", "you"]
    static let particles: Set<String> = ["off", "up", "down", "out", "away", "back", "over", "on"]
    static let clauseOnlyVerbs: Set<String> = ["maintain", "maintains", "maintained", "add", "adds", "added", "hold",
                                               "holds", "held", "record", "agree", "agrees", "agreed", "expect",
                                               "expects", "hope", "hopes", "hoped", "fear", "fears", "feared"]
    /// Verbs of speech: with any subject they name an identifiable source ("the ministry said").
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "tell", "tells", "told", "state", "stated", "announce", "announces", "announced",
        "report", "reports", "reported", "estimate", "estimates", "estimated", "write", "writes", "wrote", "claim",
        "claims", "claimed", "testify", "testified", "declare", "declared", "insist", "insisted", "warn", "warned",
        "acknowledge", "acknowledged", "concede", "conceded", "admit", "admitted", "note", "noted", "explain",
        "explained", "argue", "argued", "confirm", "confirmed", "tweet", "tweeted", "according",
    ]
    /// Words that may stand between a subject and its verb ("Smith also said", "officials have estimated").
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might", "may", "had",
        "recently", "previously", "earlier", "later", "then", "now", "once", "further", "repeatedly", "publicly",
        "privately", "reportedly", "separately", "again", "even", "already", "still", "not", "never", "did", "does",
        "do", "had", "been", "last", "on", "this", "week", "month", "year", "today", "yesterday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "told", "in", "a", "an", "statement",
    ]
    /// Capitalised words that are not names: adjectives of origin and the like.
    static let notNames: Set<String> = [
        "western", "eastern", "northern", "southern", "european", "american", "russian", "chinese", "ukrainian",
        "korean", "north", "south", "british", "french", "german", "israeli", "iranian", "japanese", "indian",
        "foreign", "local", "state", "federal", "government", "officials", "the", "a", "an", "some", "many",
        "according", "but", "and", "as", "in", "on", "at", "for", "while", "with", "it", "this", "that", "these",
        "those", "there", "i", "we", "he", "she", "they", "mr", "mrs", "ms", "dr",
    ]

    static func find(_ tokens: [Token], sentence: Range<Int>, text: SourceText, cues: CueLexicon,
                     mentions: [ActorMention], citations: [Range<Int>]) -> SentenceCues {
        var out = SentenceCues()
        // A link, URL or footnote in the sentence cites it.
        if let c = citations.first(where: { $0.overlaps(sentence) }) {
            out.specific = SourceAttribution(status: .specific, text: text.string(c), range: c)
            return out
        }
        var i = 0
        while i < tokens.count {
            if let n = CueLexicon.match(cues.vaguePhrases, tokens, i), out.vague == nil {
                let r = tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound
                out.vague = SourceAttribution(status: .vague, text: text.string(r), range: r)
            }
            if let n = CueLexicon.match(cues.sourcePhrases, tokens, i) {
                // "according to X", "data from X": X runs to the end of its clause.
                let objectStart = i + n
                var end = objectStart
                while end < tokens.count, !isBreak(tokens[end]) { end += 1 }
                if end > objectStart || tokens[i].lower != "per" {
                    let r = tokens[i].range.lowerBound..<tokens[max(end - 1, i + n - 1)].range.upperBound
                    consider(&out, window: objectStart..<end, tokens, cueRange: r, text: text, cues: cues, mentions: mentions,
                             allowPronoun: false)
                }
            }
            if cues.reportingVerbs.contains(tokens[i].lower), isVerbUse(tokens, i, cues: cues) {
                let subject = subjectWindow(tokens, verb: i)
                var window = subject
                // Inversion: `…," said Jane Roe`; or the addressee of "told Reuters".
                if subject.isEmpty || (i > 0 && (tokens[i - 1].lower == "," || tokens[i - 1].lower.unicodeScalars.first!.isQuote)) {
                    var e = i + 1
                    while e < tokens.count, e - i <= 4, !isBreak(tokens[e]), tokens[e].lower != "that" { e += 1 }
                    window = (i + 1)..<e
                }
                let lo = window.isEmpty ? i : min(window.lowerBound, i)
                let hi = window.isEmpty ? i : max(window.upperBound - 1, i)
                let r = tokens[lo].range.lowerBound..<tokens[hi].range.upperBound
                consider(&out, window: window, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: true,
                         speech: speechVerbs.contains(tokens[i].lower))
            }
            // "Moscow's figures", "the bank's report": a possessive before a document noun.
            if i + 1 < tokens.count, cues.documentNouns.contains(tokens[i + 1].lower),
               tokens[i].lower.hasSuffix("'s") || tokens[i].lower.hasSuffix("’s") {
                let r = tokens[i].range.lowerBound..<tokens[i + 1].range.upperBound
                consider(&out, window: i..<i + 1, tokens, cueRange: r, text: text, cues: cues, mentions: mentions, allowPronoun: false)
            }
            if out.specific != nil, out.vague != nil { break }
            i += 1
        }
        return out
    }

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
        // "wrote off", "added up", "found out": a particle makes it another verb.
        if particles.contains(next) { return false }
        // "maintains an annual trade", "added 5,000 jobs": these report only before a clause or a quote.
        if clauseOnlyVerbs.contains(w), !(next == "that" || next == "," || next == "." || next == ":" || next.unicodeScalars.first.map(\.isQuote) == true
                                           || (i > 0 && (tokens[i - 1].lower == "," || tokens[i - 1].lower.unicodeScalars.first!.isQuote))) {
            return false
        }
        guard i > 0 else { return !CueLexicon.ambiguousVerbs.contains(w) }
        let prev = tokens[i - 1].lower
        let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                        "these", "those", "whose", "of", "to", "in", "for", "on", "by", "with", "new",
                                        "latest", "annual", "official", "recent", "previous", "first", "same"]
        if determiners.contains(prev) { return false }
        if CueLexicon.ambiguousVerbs.contains(w) {
            let p = tokens[i - 1]
            return p.capitalized || pronouns.contains(p.lower) || cues.vagueSubjects.contains(p.lower)
                || auxiliaries.contains(p.lower) || p.lower.hasSuffix("s") && p.kind == .word
        }
        return true
    }

    /// The subject before a reporting verb: up to five words back, skipping auxiliaries and adverbs.
    static func subjectWindow(_ tokens: [Token], verb i: Int) -> Range<Int> {
        var end = i
        while end > 0, auxiliaries.contains(tokens[end - 1].lower), tokens[end - 1].lower != "told" { end -= 1 }
        var start = end
        while start > 0, end - start < 5, !isBreak(tokens[start - 1]), tokens[start - 1].lower != "that" {
            start -= 1
        }
        return start..<end
    }

    /// Classifies the words of a source window: a named actor or a capitalised name → specific; a pronoun →
    /// specific (its antecedent is named nearby); an anonymous collective → vague.
    static func consider(_ out: inout SentenceCues, window: Range<Int>, _ tokens: [Token], cueRange: Range<Int>,
                         text: SourceText, cues: CueLexicon, mentions: [ActorMention], allowPronoun: Bool, speech: Bool = true) {
        guard !window.isEmpty else { return }
        let span = tokens[window.lowerBound].range.lowerBound..<tokens[window.upperBound - 1].range.upperBound
        let cue = text.string(cueRange)
        if let m = mentions.first(where: { span.contains($0.range.lowerBound) }) {
            if out.specific == nil { out.specific = SourceAttribution(status: .specific, text: cue, actor: m.name, range: cueRange) }
            return
        }
        var vagueWord = false
        var name: [String] = []
        for k in window {
            let t = tokens[k]
            if cues.vagueSubjects.contains(t.lower) { vagueWord = true }
            if t.kind == .word, t.capitalized, !notNames.contains(t.lower), !(k == 0 && commonSentenceStart(t.lower)) {
                name.append(text.string(t.range))
            } else if !name.isEmpty, t.kind == .word, !t.capitalized { break }
        }
        if !name.isEmpty {
            if out.specific == nil {
                out.specific = SourceAttribution(status: .specific, text: cue, actor: name.joined(separator: " "), range: cueRange)
            }
            return
        }
        if allowPronoun, window.contains(where: { pronouns.contains(tokens[$0].lower) }), !vagueWord {
            if out.specific == nil { out.specific = SourceAttribution(status: .specific, text: cue, range: cueRange) }
            return
        }
        // An unnamed subject: a vague collective is a vague source; "the ministry said" is a source that can be
        // identified, so it counts as one; other verbs with an unnamed subject are not attributions.
        if vagueWord {
            if out.vague == nil { out.vague = SourceAttribution(status: .vague, text: cue, range: cueRange) }
        } else if speech, out.specific == nil {
            out.specific = SourceAttribution(status: .specific, text: cue, range: cueRange)
        }
    }

    static func commonSentenceStart(_ w: String) -> Bool {
        ["the", "a", "an", "but", "and", "so", "in", "on", "at", "for", "as", "it", "this", "that", "these",
         "those", "there", "he", "she", "they", "we", "i", "some", "many", "most", "according"].contains(w)
    }
}
