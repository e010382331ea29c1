/// Names coordinated in a list ("Iraq and Afghanistan", "Algeria, Belgium, Canada and Chad") are alike: a
/// list joins things of one sort, so the items of a list that opens as places are places, and the items of
/// a list closed by a settlement noun ("Hamilton, Lake and Stark counties") are its settlements.
extension RecognitionPass {
    /// Items are runs of capitalised words; a list is short, so the walk is bounded.
    static let maxItemWords = 4
    static let maxListItems = 12

    /// The item coordinated right before the one starting at token `k`: after a comma, or after "and"/"or"
    /// (with or without a comma before it).
    func listItem(before k: Int, sentence: Range<Int>) -> Range<Int>? {
        guard k > sentence.lowerBound else { return nil }
        var end = k - 1
        let p = tokens[end]
        if !p.has(.capitalised), p.key == Glue.and || p.key == Glue.or {
            guard tokens[k].has(.joinsPrevious), end > sentence.lowerBound else { return nil }
            end -= 1
            guard p.has(.joinsPrevious) || commaBetween(tokens[end].end, p.start) else { return nil }
        } else if !commaBetween(p.end, tokens[k].start) {
            return nil
        }
        let last = tokens[end]
        guard last.has(.capitalised), !last.has(.possessive) else { return nil }
        var start = end
        while start > sentence.lowerBound, end - start + 1 < Self.maxItemWords, tokens[start].has(.joinsPrevious),
              tokens[start - 1].has(.capitalised), !tokens[start - 1].has(.possessive) { start -= 1 }
        return start..<(end + 1)
    }

    /// The item coordinated right after the one ending before token `q`.
    func listItem(after q: Int, sentence: Range<Int>) -> Range<Int>? {
        guard q < sentence.upperBound, !tokens[q - 1].has(.possessive) else { return nil }
        var start = q
        let n = tokens[q]
        if !n.has(.capitalised), n.key == Glue.and || n.key == Glue.or {
            guard q + 1 < sentence.upperBound, tokens[q + 1].has(.joinsPrevious),
                  n.has(.joinsPrevious) || commaBetween(tokens[q - 1].end, n.start) else { return nil }
            start = q + 1
        } else if !commaBetween(tokens[q - 1].end, n.start) {
            return nil
        }
        guard tokens[start].has(.capitalised) else { return nil }
        var end = start + 1
        while end < sentence.upperBound, end - start < Self.maxItemWords, tokens[end].has(.joinsPrevious),
              tokens[end].has(.capitalised), !tokens[end - 1].has(.possessive) { end += 1 }
        return start..<end
    }

    /// The items coordinated before the name at `r`, nearest first, at most `limit` of them.
    func items(before r: Range<Int>, sentence: Range<Int>, limit: Int = Self.maxListItems) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var item = r
        while out.count < limit, let b = listItem(before: item.lowerBound, sentence: sentence) { out.append(b); item = b }
        return out
    }

    /// The items coordinated after the name at `r`, nearest first, at most `limit` of them.
    func items(after r: Range<Int>, sentence: Range<Int>, limit: Int = Self.maxListItems) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var item = r
        while out.count < limit, let a = listItem(after: item.upperBound, sentence: sentence) { out.append(a); item = a }
        return out
    }

    /// The first item of the list the name at `r` continues, when it continues one.
    func firstItemOfList(_ r: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        items(before: r, sentence: sentence).last
    }

    /// The listed phrase that spans exactly the item `r`, if one does.
    func listedPhrase(spanning r: Range<Int>) -> ActorLexicon.Entry? {
        guard let (e, n) = phraseMatch(at: r.lowerBound, end: r.upperBound), n == r.count else { return nil }
        return e
    }

    /// A listed state or place (not an organisation, not a person).
    func isListedStateOrPlace(_ r: Range<Int>) -> Bool {
        guard let e = listedPhrase(spanning: r) else { return false }
        return e.kind == .state || (e.role == .place && e.geographic) || e.role == .seat
    }

    /// "in Iraq and Afghanistan", "citizens from Algeria, Belgium and Canada": a listed state after another
    /// that the sentence uses as a place is a place too.
    func continuesListOfPlaces(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        guard let first = firstItemOfList(r, sentence: sentence), isListedStateOrPlace(first) else { return false }
        return standsAsPlace(first, sentence: sentence, inList: false)
    }

    /// "Hamilton, Lake and Stark counties", "the Akron and Canton areas": names before a lowercase noun of
    /// settlement, directly or through the rest of their list, name settlements.
    func namesSettlementsOfList(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let q = (items(after: r, sentence: sentence).last ?? r).upperBound
        guard q < sentence.upperBound, !tokens[q - 1].has(.possessive), tokens[q].has(.joinsPrevious),
              !tokens[q].has(.capitalised) else { return false }
        return SettlementNouns.keys.contains(tokens[q].key) || SettlementNouns.plurals.contains(tokens[q].key)
    }

    /// "Birmingham, Bradford, Derby and Leeds": a name the text gives no kind, listed with two or more
    /// listed places and with no item that reads as a person's (a given name or a title opening it), is a
    /// place like them. (One place is too few: in "Ann Lee in Ohio and Bo Tran" the names are coordinated,
    /// not the places.)
    func coordinatedWithListedPlaces(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let before = items(before: r, sentence: sentence)
        let all = before + items(after: r, sentence: sentence, limit: 2 * Self.maxListItems - before.count)
        var places = 0
        for it in all {
            let first = tokens[it.lowerBound]
            if lexicon.givenNames.contains(first.key) || lexicon.titleHeads.contains(first.key) { return false }
            if let e = listedPhrase(spanning: it), e.role == .place, e.geographic { places += 1 }
        }
        return places >= 2
    }
}
