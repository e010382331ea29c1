/// How a sentence uses capitals. In ordinary prose a capital marks a name; in a title-case headline every
/// word has one, and in an all-caps headline or dateline no word is marked at all, so there only names the
/// lists or the rest of the document vouch for are taken.
enum SentenceMode {
    case prose, titleCase, allCaps

    static func of(_ tokens: ArraySlice<WordToken>, lexicon: ActorLexicon) -> SentenceMode {
        var lettered = 0, caps = 0, capitalised = 0, capitalisedOrdinary = 0
        var digits = false
        // Given names opening a capitalised pair ("Peter Vossberg"): two or more make a list of people.
        var people = 0
        var previousGiven = false
        for t in tokens {
            if previousGiven, t.has(.capitalised), t.has(.joinsPrevious) { people += 1 }
            previousGiven = t.has(.capitalised) && !t.has(.allCaps) && lexicon.givenNames.contains(t.key)
            if t.has(.hasDigit) { digits = true }
            guard t.has(.hasLetter) else { continue }
            lettered += 1
            if t.has(.allCaps) { caps += 1; continue }
            if t.has(.initial) { continue }
            if t.has(.capitalised) {
                guard !t.has(.sentenceInitial) else { continue }
                capitalised += 1
                // A given name is a name even when it is also a word ("Peter", "Bill"): a list of people is
                // prose. (Asked only here: the lists are large, and most words are not capitalised.)
                // (`previousGiven` was just set for this word: whether it is a given name, asked once.)
                let ordinary = (!previousGiven && lexicon.dictionaryWords.contains(t.key))
                    || lexicon.closedWords.contains(t.key)
                if ordinary { capitalisedOrdinary += 1 }
            }
        }
        if caps >= 2, caps * 10 >= lettered * 6 { return .allCaps }
        if people >= 2 { return .prose }
        // Only a sentence with a capitalised ordinary word can be a headline: the lower-case words are
        // looked up for it alone (most sentences of prose have none).
        guard capitalisedOrdinary >= 1 else { return .prose }
        var lowerOrdinary = 0, lowerClosed = 0
        for t in tokens where t.has(.hasLetter) && !t.has(.allCaps) && !t.has(.initial) && !t.has(.capitalised) {
            if !lexicon.closedWords.contains(t.key), !lexicon.particles.contains(t.key) {
                lowerOrdinary += 1
            } else {
                lowerClosed += 1
            }
        }
        // Headlines capitalise ordinary words; lists of names (sports results) capitalise names.
        if capitalisedOrdinary >= 2, lowerOrdinary * 4 <= capitalisedOrdinary, lettered >= 4,
           capitalisedOrdinary * 2 >= capitalised { return .titleCase }
        // A short heading of capitalised words ("Half Alliance"); tables with figures stay prose.
        if lowerOrdinary == 0, lowerClosed == 0, !digits, lettered >= 2 { return .titleCase }
        return .prose
    }
}
