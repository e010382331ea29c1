/// What the words around a name say about its kind, when its own words do not. English marks an
/// organisation by the nouns it stands beside ("carmaker Renault", "Arsenal striker", "Volvo's profits")
/// and by the article and a common noun's plural ("the Braves", "the Greens"); it marks a person by an age in
/// apposition ("Ann Reyes, 43,") or by a pronoun taking up the name after a speech verb ("X said he…").
enum KindContext {
    case person, organization, none
}

extension RecognitionPass {
    /// Reads the words around the name at token range `r` within `sentence`.
    func kindContext(_ r: Range<Int>, sentence: Range<Int>) -> KindContext {
        let lo = r.lowerBound, hi = r.upperBound
        let last = tokens[hi - 1]
        if lo > sentence.lowerBound, tokens[lo].has(.joinsPrevious) {
            let p = tokens[lo - 1]
            if !p.has(.capitalised), !p.has(.possessive), lexicon.organizationNounsBefore.contains(p.key) { return .organization }
        }
        if hi < sentence.upperBound {
            let n = tokens[hi]
            if !n.has(.capitalised) {
                if !last.has(.possessive), n.has(.joinsPrevious), lexicon.organizationNounsAfter.contains(n.key) { return .organization }
                if last.has(.possessive), n.start - last.end <= 4, lexicon.organizationNounsPossessed.contains(n.key) { return .organization }
            }
            if isAgeAppositive(hi, sentence: sentence) { return .person }
            if hi + 1 < sentence.upperBound, !n.has(.capitalised), SpeechWords.verbs.contains(n.key),
               tokens[hi + 1].has(.joinsPrevious), SpeechWords.personalPronouns.contains(tokens[hi + 1].key) { return .person }
        }
        if isGroupAfterArticle(r, sentence: sentence) { return .organization }
        return .none
    }

    /// "Ann Reyes, 43, said": a one- or two-digit number between commas right after the name.
    func isAgeAppositive(_ n: Int, sentence: Range<Int>) -> Bool {
        let t = tokens[n]
        guard t.has(.hasDigit), !t.has(.hasLetter), t.end - t.start <= 2, commaBetween(tokens[n - 1].end, t.start) else { return false }
        var j = t.end
        while j < buf.count, buf[j] == 0x20 { j += 1 }
        return j < buf.count && buf[j] == 0x2C
    }

    /// "the Braves", "the Greens": a capitalised plural after a lowercase "the" names a group — a team,
    /// a party, a band — never one person.
    func isGroupAfterArticle(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let lo = r.lowerBound
        guard lo > sentence.lowerBound, tokens[lo].has(.joinsPrevious), tokens[lo - 1].key == Glue.the,
              !tokens[lo - 1].has(.capitalised) else { return false }
        let last = tokens[r.upperBound - 1]
        guard !last.has(.allCaps), !last.has(.possessive), last.end - last.start >= 4,
              Bytes.lower(buf[last.end - 1]) == 0x73, Bytes.lower(buf[last.end - 2]) != 0x73,
              Bytes.lower(buf[last.end - 2]) != 0x75 else { return false }   // "-ss", "-us" are no plurals
        // "the Orioles", "the Greens" are groups named by a common noun; "the Obamas" is a family.
        var singular = NameKey()
        singular.add(buf, last.start..<(last.end - 1))
        return lexicon.dictionaryWords.contains(singular.value)
    }

    /// "the Yedioth Ahronoth daily": a person's name takes no article.
    func followsArticle(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let lo = r.lowerBound
        return lo > sentence.lowerBound && tokens[lo].has(.joinsPrevious) && tokens[lo - 1].key == Glue.the
            && !tokens[lo - 1].has(.capitalised)
    }
}

/// Speech verbs and the pronouns that take up their speaker ("said he", "told she").
enum SpeechWords {
    static let verbs: Set<UInt64> = ActorLexicon.keys(["said", "says", "told", "added", "argued", "insisted", "explained", "wrote"])
    static let personalPronouns: Set<UInt64> = ActorLexicon.keys(["he", "she"])
}
