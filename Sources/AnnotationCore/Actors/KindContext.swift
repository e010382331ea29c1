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
            if namedAsBody(lo, sentence: sentence) { return .organization }
        }
        if hi < sentence.upperBound {
            let n = tokens[hi]
            // "Arsenal striker", "the former Acme CEO": what only an organisation has, right after its name.
            if !n.has(.capitalised) || n.has(.allCaps), !last.has(.possessive), n.has(.joinsPrevious),
               lexicon.organizationNounsAfter.contains(n.key) { return .organization }
            // "Volvo's profits", "Acme's CEO": what only a company has.
            if !n.has(.capitalised) || n.has(.allCaps), last.has(.possessive), n.start - last.end <= 4,
               lexicon.organizationNounsPossessed.contains(n.key) { return .organization }
            if isAgeAppositive(hi, sentence: sentence) { return .person }
            // "In Kestrel, the mayor said…": after a preposition the comma closes a phrase of place or time.
            let afterPreposition = lo > sentence.lowerBound && Locatives.keys.contains(tokens[lo - 1].key)
            if !afterPreposition, isRoleAppositive(hi, sentence: sentence) { return .person }
            if hi + 1 < sentence.upperBound, !n.has(.capitalised), SpeechWords.verbs.contains(n.key),
               tokens[hi + 1].has(.joinsPrevious), SpeechWords.personalPronouns.contains(tokens[hi + 1].key) { return .person }
        }
        // "her husband, Tomas,", "the group's founder, Ines Laval": a role noun and a comma before the name.
        if lo > sentence.lowerBound, !tokens[lo - 1].has(.capitalised), lexicon.roleWords.contains(tokens[lo - 1].key),
           commaBetween(tokens[lo - 1].end, tokens[lo].start) { return .person }
        if isGroupAfterArticle(r, sentence: sentence) { return .organization }
        if hi < sentence.upperBound, isBodyAppositive(hi, sentence: sentence) { return .organization }
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

    /// "Ann Reyes, the firm's director,", "Ann Reyes, a retired teacher.": after a comma, a role noun within a
    /// few words (an article, a possessive name, a modifier before it), in an apposition that closes soon
    /// after, says the name is a person's. A role noun before another name is that name's ("X, Acme
    /// spokeswoman Jo Lee said"); one that runs on into the clause is its subject ("In X, the mayor said").
    func isRoleAppositive(_ n: Int, sentence: Range<Int>) -> Bool {
        guard commaBetween(tokens[n - 1].end, tokens[n].start) else { return false }
        var k = n
        while k < sentence.upperBound, k < n + 4 {
            let t = tokens[k]
            if k > n, !t.has(.joinsPrevious), !tokens[k - 1].has(.possessive) { return false }
            if !t.has(.capitalised), lexicon.roleWords.contains(t.key) { return appositionCloses(after: k, sentence: sentence) }
            if t.has(.hasDigit) { return false }
            k += 1
        }
        return false
    }

    /// The apposition whose role noun is at `k` ends within a few words: at a comma or a break.
    func appositionCloses(after k: Int, sentence: Range<Int>) -> Bool {
        var m = k + 1
        while m <= k + 5 {
            // The sentence may end on the role noun itself ("…, a retired teacher."), not on a verb after it.
            if m >= sentence.upperBound { return m == k + 1 }
            if !tokens[m].has(.joinsPrevious) || commaBetween(tokens[m - 1].end, tokens[m].start) { return true }
            if m == k + 1, tokens[m].has(.capitalised) { return false }
            m += 1
        }
        return false
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
        // "the Tom Hanks movie": a given name opening the name makes it a person's, whatever its last word.
        if r.count >= 2, lexicon.givenNames.contains(tokens[lo].key), !lexicon.dictionaryWords.contains(tokens[lo].key) { return false }
        // "the Orioles", "the Greens" are groups named by a common noun; "the Obamas" is a family.
        var singular = NameKey()
        singular.add(buf, last.start..<(last.end - 1))
        return lexicon.dictionaryWords.contains(singular.value)
    }

    /// A capitalised word ending in a plural "s" (not "-ss", "-us"), not in capitals.
    func isPlainPlural(_ i: Int) -> Bool {
        let t = tokens[i]
        return !t.has(.allCaps) && !t.has(.hyphenated) && t.end - t.start >= 4 && Bytes.lower(buf[t.end - 1]) == 0x73
            && Bytes.lower(buf[t.end - 2]) != 0x73 && Bytes.lower(buf[t.end - 2]) != 0x75
    }

    /// "Rootvale, a group that…", "Calder, a firm in Ohio": after a comma, a noun for a body (group,
    /// company, newspaper…) heading the apposition says the name is an organisation's.
    func isBodyAppositive(_ n: Int, sentence: Range<Int>) -> Bool {
        guard commaBetween(tokens[n - 1].end, tokens[n].start) else { return false }
        var k = n
        while k < sentence.upperBound, k < n + 4 {
            let t = tokens[k]
            if k > n, !t.has(.joinsPrevious) { return false }
            if t.has(.capitalised) || lexicon.roleWords.contains(t.key) { return false }
            // "…, the club's president": a body's noun in the possessive leads to a role, the person's.
            if t.has(.possessive) { return false }
            if lexicon.organizationNounsBefore.contains(t.key) {
                let m = k + 1
                // "X, publisher of the Ledger": a bare noun and "of" give what a person holds or does, as
                // "X, president of…" does; a body is introduced with an article ("X, a publisher of…").
                if k == n, m < sentence.upperBound, tokens[m].key == Glue.of, tokens[m].has(.joinsPrevious) { return false }
                // The body noun heads the phrase: what follows is a function word or a break, not a role.
                return m >= sentence.upperBound || !tokens[m].has(.joinsPrevious) || lexicon.closedWords.contains(tokens[m].key)
                    || commaBetween(tokens[m - 1].end, tokens[m].start)
            }
            k += 1
        }
        return false
    }

    /// "the Khan family", "the Grayson family's": a lowercase noun of kinship right after the name.
    func namesAFamily(_ q: Int, sentence: Range<Int>) -> Bool {
        q < sentence.upperBound && tokens[q].has(.joinsPrevious) && !tokens[q].has(.capitalised)
            && FamilyNouns.keys.contains(tokens[q].key)
    }

    /// "a company called Quorvex", "a group named Fair Vote": a body's noun and a verb of naming before the
    /// name.
    func namedAsBody(_ lo: Int, sentence: Range<Int>) -> Bool {
        guard lo - 2 >= sentence.lowerBound, tokens[lo].has(.joinsPrevious) else { return false }
        let verb = tokens[lo - 1], noun = tokens[lo - 2]
        return !verb.has(.capitalised) && NamingVerbs.keys.contains(verb.key) && verb.has(.joinsPrevious)
            && !noun.has(.capitalised) && lexicon.organizationNounsBefore.contains(noun.key)
    }

    /// "a Boca Raton lawyer", "an Elm Grove bakery": the name between an indefinite article and a lowercase
    /// noun modifies that noun.
    func modifiesNounAfterIndefiniteArticle(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let lo = r.lowerBound, hi = r.upperBound
        guard lo > sentence.lowerBound, hi < sentence.upperBound, tokens[lo].has(.joinsPrevious),
              tokens[lo - 1].key == Glue.a || tokens[lo - 1].key == Glue.an, !tokens[lo - 1].has(.capitalised),
              !tokens[hi - 1].has(.possessive) else { return false }
        let n = tokens[hi]
        return n.has(.joinsPrevious) && !n.has(.capitalised) && !n.has(.hasDigit) && !lexicon.closedWords.contains(n.key)
    }

    /// "the Yedioth Ahronoth daily": a person's name takes no article.
    func followsArticle(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let lo = r.lowerBound
        return lo > sentence.lowerBound && tokens[lo].has(.joinsPrevious) && tokens[lo - 1].key == Glue.the
            && !tokens[lo - 1].has(.capitalised)
    }
}

/// Nouns of kinship after a surname ("the Khan family"). Common English usage.
enum FamilyNouns {
    static let keys: KeySet = ActorContextWords.keys("FamilyNouns")
}

/// Verbs that give a thing its name ("a company called X"). Common English usage.
enum NamingVerbs {
    static let keys: KeySet = ActorContextWords.keys("NamingVerbs")
}

/// Speech verbs and the pronouns that take up their speaker ("said he", "told she").
enum SpeechWords {
    static let verbs: KeySet = ActorContextWords.keys("SpeechWords.verbs")
    static let personalPronouns: KeySet = ActorContextWords.keys("SpeechWords.personalPronouns")
}
