/// The provenance pass's word lists as bits of a word's facts (`WordFacts`, looked up once per word by the
/// tokenizer): a reporting clause asks several lists of every word around its verb, and a set lookup costs
/// ~110 instructions where a bit costs one test. A bit stands for `list.contains(token.lower)` because only
/// words have facts and no list below holds a number or a symbol (the ";" of `coordinators` is asked apart).
extension SentenceCues {
    /// The lists with a bit of their own (asked of most words of a clause), and the others with theirs.
    /// (The others are added list by list: a union of them built first cost more, in every process.)
    static let cueWordLists: [(Set<String>, WordFacts)] = [
        (pronouns.strings, .pronoun), (auxiliaries.strings, .auxiliary), (determiners.strings, .determiner),
        (articles.strings, .article), (notNames.strings, .notName), (CueLexicon.shared.vagueSubjects.strings, .vagueSubject),
        (coordinators.strings.subtracting([";"]), .coordinator), (CueLexicon.interveningAdverbs.strings, .interveningAdverb),
        (intentionVerbs.strings, .intentionVerb), (forecastVerbs.strings, .forecastVerb), (clauseOnlyVerbs.strings, .clauseOnlyVerb),
        (CueLexicon.ambiguousVerbs.strings, .ambiguousVerb), (particles.strings, .particle), (nounFollowers.strings, .nounFollower),
        (gerundPrepositions.strings, .gerundPreposition),
    ] + otherCueLists.map { ($0.strings, .cueListWord) } + [
        (CueLexicon.shared.phraseSecondWords, .phraseSecondWord),
        (CueLexicon.shared.oneWordPhrases(CueLexicon.shared.sourcePhrases), .sourcePhraseWord),
        (CueLexicon.shared.oneWordPhrases(CueLexicon.shared.vaguePhrases), .vaguePhraseWord),
    ]

    /// The lists asked of fewer words: a word in none of them (`.cueListWord` unset) is not looked up.
    static let otherCueLists: [WordSet] = [
        institutionNouns, relativePronouns, functionWords, audienceWords, trailingAdjuncts, beForms,
        contrastWords, possessiveDeterminers, parentheticalOpeners, tellVerbs, displayVerbs, recordNouns, objectVerbs,
        agentVerbs, speechVerbs, documentVerbs, sentenceStarts, institutionDeterminers,
    ]

    /// `list.contains(tokens[k].lower)` for a list of `otherCueLists`, looked up only for a word of one of them.
    @inline(__always)
    static func isIn(_ list: WordSet, _ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].facts.contains(.cueListWord) && list.contains(tokens[k].lower)
    }

    /// `coordinators.contains(tokens[k].lower)`.
    @inline(__always)
    static func isCoordinator(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].facts.contains(.coordinator) || (tokens[k].kind == .symbol && tokens[k].lower == ";")
    }

    /// `tokens[k].lower == mark` for a mark (punctuation): only a symbol token can be one, and comparing a
    /// word's string with it is the cost avoided.
    @inline(__always)
    static func isMark(_ tokens: [Token], _ k: Int, _ mark: String) -> Bool {
        tokens[k].kind == .symbol && tokens[k].lower == mark
    }

    /// `tokens[k].lower == word` for a word of a list with bit `fact`: a word without the bit is not it.
    @inline(__always)
    static func isWord(_ tokens: [Token], _ k: Int, _ word: String, _ fact: WordFacts) -> Bool {
        tokens[k].facts.contains(fact) && tokens[k].lower == word
    }

    /// `isPronoun(tokens[k].lower)`, the bit first.
    static func isPronoun(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].facts.contains(.pronoun) || isContractedPronoun(tokens[k].lower)
    }

    /// `Bytes.hasSuffix(tokens[k].lower, "ing")`: a word whose last three bytes are not "ing" has no
    /// characters "ing" last, and those bytes are read for a fraction of the character test's cost.
    @inline(__always)
    static func hasIng(_ tokens: [Token], _ k: Int) -> Bool {
        endsInIng(tokens[k].lower) && Bytes.hasSuffix(tokens[k].lower, "ing")
    }

    /// `isPossessive(tokens[k].lower)`: a possessive's last byte is its "s" (read for a fraction of the test).
    static func isPossessive(_ tokens: [Token], _ k: Int) -> Bool {
        let endsInS = tokens[k].lower.utf8.withContiguousStorageIfAvailable { $0.last == UInt8(ascii: "s") } ?? true
        return endsInS && isPossessive(tokens[k].lower)
    }

    /// Where `mentions.starting(in: r).first` is, found with one search: the mentions are in text order, so
    /// the first that starts at or after `r` starts in it when it starts before its end. (An index: the
    /// mention itself, copied out, cost its two strings' retains and releases.)
    static func firstMention(_ mentions: [ActorMention], startingIn r: Range<Int>) -> Int? {
        let k = mentions.firstIndex(startingAtOrAfter: r.lowerBound)
        return k < mentions.count && mentions[k].range.lowerBound < r.upperBound ? k : nil
    }

    /// Whether `cues.vagueSubjects.contains(name.lowercased())` needs asking: a name of several words is none
    /// of the one-word subjects (lowering keeps its space), and is not lowered (~480 instructions) to be looked up.
    static func mayBeVagueSubject(_ name: String) -> Bool {
        !(vagueSubjectsAreWords && Bytes.contains(name, 0x20))
    }

    static let vagueSubjectsAreWords = !CueLexicon.shared.vagueSubjects.strings.contains { $0.utf8.contains(0x20) }

    /// Words that open sentences and so are capitalised without being names.
    static let sentenceStarts: WordSet = [
        "the", "a", "an", "but", "and", "so", "in", "on", "at", "for", "as", "it", "this", "that", "these",
        "those", "there", "he", "she", "they", "we", "i", "some", "many", "most", "according",
    ]

    /// The words before an institution noun that make it definite (`isInstitution`).
    static let institutionDeterminers: WordSet = ["the", "its", "their", "his", "her", "our"]
}
