/// Titles of works and programmes name no one who acts: "the film Citizen Kane", a title-case run in
/// quotation marks, or a network's programme ("the network's Evening Roundup"). Their words are skipped
/// whole, so no fragment of a title is read as a person or an organisation.
extension RecognitionPass {
    /// When a title of a work opens at token `i`, the token just past it; nil otherwise.
    func workTitleEnd(at i: Int, end b: Int) -> Int? {
        guard tokens[i].has(.capitalised) else { return nil }
        if followsWorkNoun(i) || followsNetworkPossessive(i, end: b) { return titleRunEnd(from: i, end: b) }
        return quotedTitleEnd(at: i, end: b)
    }

    /// "the film X", "the show X": a lowercase noun for a work after "the", right before the capitals.
    func followsWorkNoun(_ i: Int) -> Bool {
        guard i >= 2, tokens[i].has(.joinsPrevious), tokens[i - 1].has(.joinsPrevious) else { return false }
        let noun = tokens[i - 1], article = tokens[i - 2]
        return !noun.has(.capitalised) && WorkNouns.keys.contains(noun.key)
            && article.key == Glue.the && !article.has(.possessive)
    }

    /// "the network's Evening Roundup": after a listed organisation's possessive, a run that opens with
    /// an ordinary word (no given name, title or organisation head) names one of its programmes or products.
    func followsNetworkPossessive(_ i: Int, end b: Int) -> Bool {
        guard i >= 1, tokens[i - 1].has(.possessive), tokens[i - 1].has(.capitalised),
              let owner = lexicon.phrase(tokens[i - 1].key, allCaps: tokens[i - 1].has(.allCaps)),
              owner.role == .name, owner.kind == .organization else { return false }
        let t = tokens[i]
        guard !t.has(.allCaps), lexicon.dictionaryWords.contains(t.key), !lexicon.givenNames.contains(t.key),
              !lexicon.titleHeads.contains(t.key), !lexicon.titleModifiers.contains(t.key),
              phraseMatch(at: i, end: b) == nil else { return false }
        let stop = titleRunEnd(from: i, end: b)
        return stop - i >= 2 && !(i..<stop).contains { lexicon.organizationHeads.contains(tokens[$0].key) }
    }

    /// A run of capitalised words and the small words titles keep lower-case between them.
    func titleRunEnd(from i: Int, end b: Int) -> Int {
        var j = i + 1
        var last = i
        while j < b, tokens[j].has(.joinsPrevious), !tokens[j - 1].has(.possessive) {
            if tokens[j].has(.capitalised) { last = j } else if !TitleSmallWords.keys.contains(tokens[j].key) { break }
            j += 1
        }
        return last + 1
    }

    /// “Morning Roundup”: two or more capitalised words (small words between them allowed) that fill a
    /// quotation from its opening mark to its closing one are a title, not speech naming someone.
    func quotedTitleEnd(at i: Int, end b: Int) -> Int? {
        let t = tokens[i]
        guard t.start > 0, opensQuote(before: t.start) else { return nil }
        let stop = titleRunEnd(from: i, end: b)
        guard stop - i >= 2, closesQuote(after: tokens[stop - 1].end) else { return nil }
        return stop
    }

    /// A double quotation mark: straight, curly, or typed as two apostrophes ('' … '').
    func opensQuote(before p: Int) -> Bool {
        if buf[p - 1] == 0x22 { return true }
        if p >= 2, buf[p - 1] == 0x27, buf[p - 2] == 0x27 { return true }
        return p >= 3 && buf[p - 3] == 0xE2 && buf[p - 2] == 0x80 && buf[p - 1] == 0x9C
    }

    func closesQuote(after p: Int) -> Bool {
        var q = p
        while q < buf.count, buf[q] == 0x2C || buf[q] == 0x2E || buf[q] == 0x21 || buf[q] == 0x3F { q += 1 }
        guard q < buf.count else { return false }
        if buf[q] == 0x22 { return true }
        if q + 1 < buf.count, buf[q] == 0x27, buf[q + 1] == 0x27 { return true }
        return q + 2 < buf.count && buf[q] == 0xE2 && buf[q + 1] == 0x80 && buf[q + 2] == 0x9D
    }
}

/// Lowercase nouns for works and measures whose title follows them ("the film", "the bill"). From
/// common English usage.
enum WorkNouns {
    static let keys: KeySet = ActorContextWords.keys("WorkNouns")
}

/// Function words English titles keep lower-case (Chicago Manual of Style, headline-style capitalisation).
enum TitleSmallWords {
    static let keys: KeySet = ActorContextWords.keys("TitleSmallWords")
}
