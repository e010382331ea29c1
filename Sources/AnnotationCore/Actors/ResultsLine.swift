/// Results lines and league tables. A line made only of names and numbers is a scoreboard: in
/// "Hull 2 Carlisle 0" each name stands before its score, and in a table row ("Port Vale 3 0 2 1 2 4 2")
/// the name leads its figures. Such a name is a side (a team, a club), so an organisation, whatever its
/// words look like — a city ("Bayern Munich"), two capitalised words ("Hansa Rostock") — unless the name
/// itself says person (a given name or an initial first: golf and athletics lists rank people).
/// A dateline ("CAIRO 1996-08-29") has one name and one number, and is no scoreboard.
struct ResultsLine {
    /// Token index just past each name that stands right before a number, when the line is a scoreboard.
    private(set) var scoredNameEnds: Set<Int> = []
    /// Token index of the first word of each such name.
    private(set) var scoredNameStarts: Set<Int> = []

    init(_ tokens: ArraySlice<WordToken>, lexicon: ActorLexicon) {
        var ends: [Int] = []
        var numbersAfterName = 0
        var maxRun = 0
        var numbers = 0
        var lastWasName = false
        for i in tokens.indices {
            let t = tokens[i]
            let isNumber = t.has(.hasDigit) && !t.has(.hasLetter)
            if isNumber {
                numbers += 1
                if lastWasName, t.has(.joinsPrevious) { ends.append(i); numbersAfterName = 0 }
                numbersAfterName += 1
                maxRun = max(maxRun, numbersAfterName)
                lastWasName = false
                continue
            }
            guard t.has(.hasLetter) else { lastWasName = false; continue }
            // A lowercase word other than a name's connector ("de", "of") makes the line prose.
            if !t.has(.capitalised), !t.has(.allCaps), !lexicon.particles.contains(t.key), t.key != Glue.of { return }
            // Ordinal minutes of scorers ("7th") and the like are words with digits: part of the line.
            if t.has(.hasDigit) { lastWasName = false; continue }
            lastWasName = true
        }
        // Two sides with their scores, or one name leading a row of at least three figures.
        guard !ends.isEmpty, numbers >= 2, ends.count >= 2 || maxRun >= 3 else { return }
        scoredNameEnds = Set(ends)
        for e in ends {
            var s = e - 1
            while s > tokens.startIndex, tokens[s].has(.joinsPrevious), tokens[s - 1].has(.hasLetter), !tokens[s - 1].has(.hasDigit) { s -= 1 }
            scoredNameStarts.insert(s)
        }
    }

    /// True when a lowercase word other than a name's connector makes the words `r` prose: what `init`
    /// stops at, with no line made (nearly every sentence, and the line's lists and the slice of the tokens
    /// cost ~300 instructions a sentence).
    static func isProse(_ tokens: [WordToken], _ r: Range<Int>, lexicon: ActorLexicon) -> Bool {
        let of = Glue.of
        for i in r where tokens[i].has(.hasLetter) && !tokens[i].has(.capitalised) && !tokens[i].has(.allCaps) {
            if tokens[i].key != of, !lexicon.particles.contains(tokens[i].key) { return true }
        }
        return false
    }

    func startsSide(at i: Int) -> Bool { scoredNameStarts.contains(i) }

    func isSide(endingBefore next: Int) -> Bool { scoredNameEnds.contains(next) }
}

extension RecognitionPass {
    /// A name on a scoreboard line is a side, unless it opens with a given name, an initial or a title
    /// followed by more of the name.
    func readsAsSide(_ els: Elements, line: ResultsLine?) -> Bool {
        guard let line, let last = els.last, line.isSide(endingBefore: last.tokens.upperBound),
              let first = els.first else { return false }
        if let e = first.phrase, els.count == 1, e.kind == .state || e.kind == .organization, e.role == .name { return false }
        // A lone given name on a scoreboard ("Clyde 0") is a side; a given name before more words is a person.
        if let w = first.word, els.count >= 2 {
            let t = tokens[w]
            if t.has(.initial) || lexicon.givenNames.contains(t.key) || lexicon.titleHeads.contains(t.key) { return false }
        }
        return true
    }
}
