/// What a bare number counts when the noun that names it stands before it, not after: "the death toll …
/// reached 29", "bringing the number of people killed to 23", "The confirmed toll stood at 85. It climbed
/// steadily: 23 by Saturday, 42 by Monday", "4,300 workers absent on Monday, 3,700 on Wednesday". English
/// lets the subject of a clause, a list's first item, and "it" carry the counted noun to a number that
/// repeats none of it.
enum AmountNoun {
    struct Reading {
        var head: String
        var measure: String?
        /// The words of the sentence "it" points back to: evidence of what the number is about.
        var evidence: SortedWords
        /// Read through "it" from the sentence before: that sentence tells what is counted, not who acts.
        var throughIt = false
    }

    /// Measures that "the" and an adjective name as people: the dead, the injured, the missing.
    static let statesOfPeople: WordSet = ["deaths", "injuries", "missing"]

    /// How far back, in words, the noun of an amount is looked for.
    static let reach = 14

    static func governing(_ w: [SentenceWord], first: Int, figure f: Figure, previous: PreviousWords?) -> Reading? {
        guard f.unit == nil, f.currency == nil, f.unitClass == nil else { return nil }
        var k = first - 1
        var crossedColon = false
        var blocked = false
        var sawIt = false
        while k >= 0, first - k <= reach {
            let x = w[k]
            if x.kind == .number, k + 1 < w.count, k + 1 < first, let c = CountedThing.unitClasses[w[k + 1].lower], startsListItem(w, first) {
                // An earlier item of the same list names the unit the later items leave out.
                return Reading(head: c, measure: nil, evidence: [])
            }
            if x.kind == .word, let r = amount(w, at: k) { return r }
            // "By the time the fire was out it had shrunk to 249": "it" is the clause's subject.
            if x.lower == "it", !x.capitalized || k == 0 { sawIt = true; break }
            if x.isClauseEdge {
                // A list after a colon elaborates the clause before it; the items of a list are separated
                // by commas. Any other edge ends the search.
                if x.lower == ":", !crossedColon { crossedColon = true; k -= 1; continue }
                guard x.lower == ",", listItem(w, after: k, upTo: first) else { blocked = true; break }
            }
            k -= 1
        }
        // "It climbed …: 42 by Monday": the clause's subject is "it", the amount the sentence before named.
        if sawIt || (!blocked && w.first?.lower == "it"), let p = previous?.words {
            for j in p.indices.prefix(6) {
                if p[j].kind == .word, var r = amount(p, at: j) {
                    r.evidence = SortedWords(CountedThing.evidenceWords(p))
                    r.throughIt = true
                    return r
                }
            }
        }
        return nil
    }

    /// A later item of a list starts right after its separator ("…, 3,700 on Wednesday and 3,100 on
    /// Thursday"); a number after a verb of its own ("killed 63 people and forced 30,000 from their homes")
    /// is the object of that verb, not an item that leaves its unit out.
    static func startsListItem(_ w: [SentenceWord], _ first: Int) -> Bool {
        first > 0 && [",", "and", "or"].contains(w[first - 1].lower)
    }

    /// Is the stretch between a comma and the figure one item of a list of figures ("23 by Saturday 10
    /// November, 42 …")? Items hold a number and no verb of their own; the check is that a number stands
    /// right after the comma.
    static func listItem(_ w: [SentenceWord], after comma: Int, upTo first: Int) -> Bool {
        comma + 1 == first || (comma + 1 < w.count && w[comma + 1].kind == .number)
    }

    /// The amount noun at `k` with what it counts: "toll" the dead; "number of people killed" people, killed.
    static func amount(_ w: [SentenceWord], at k: Int) -> Reading? {
        guard w[k].facts.contains(.amountNoun), let sense = ClaimFormWords.amountNouns[w[k].lower] else { return nil }
        if sense != "of" { return Reading(head: "people", measure: sense, evidence: []) }
        guard k + 2 < w.count, w[k + 1].lower == "of", w[k + 2].kind == .word else { return nil }
        let measures = FigureLexicon.shared.measureWords
        // "the list of the missing": "the" and an adjective of state name the people in that state.
        if w[k + 2].lower == "the", k + 3 < w.count, let state = measures[w[k + 3].lower], statesOfPeople.contains(state) {
            return Reading(head: "people", measure: state, evidence: [])
        }
        let noun = w[k + 2].lower
        guard let head = CountedThing.unitClasses[noun] ?? (noun.count > 3 && Bytes.hasSuffix(noun, "s") ? noun : nil) else { return nil }
        let measure = k + 3 < w.count ? measures[w[k + 3].lower] : nil
        return Reading(head: head, measure: measure, evidence: [])
    }
}
