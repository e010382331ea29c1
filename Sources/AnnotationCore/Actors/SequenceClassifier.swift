/// Decides what a name sequence names: titles are stripped and make the rest a person, organisation heads
/// make an organisation, gazetteer phrases stand for their state or organisation, places and events drop
/// out, and the remaining words are a person when their form says so, else of unknown kind.
extension RecognitionPass {
    typealias Elements = ArraySlice<NameSequence.Element>

    func classify(_ all: Elements, sentence: Range<Int>) {
        var els = all
        while let f = els.first, f.isGlue { els = els.dropFirst() }
        while let l = els.last, l.isGlue { els = els.dropLast() }
        guard let first = els.first, let lo = els.first?.tokens.lowerBound, let hi = els.last?.tokens.upperBound else { return }
        if isDateline(lo..<hi) || inCaseName(lo..<hi, sentence: sentence) || namesCraft(hi, sentence: sentence) { return }
        if let e = first.phrase, e.role == .furniture {
            classify(els.dropFirst(), sentence: sentence)
            return
        }
        // "-- Sydney Newsroom 61-2 9373-1800", "the Moscow Bureau": a city before a noun of a newsroom or an
        // office is where that office is, a place.
        if let l = els.last, isWord(l, in: WorkplaceNouns.keys) {
            if els.count > 1 { notePlace(lo..<els[els.endIndex - 2].tokens.upperBound) }
            return
        }
        // "Total 3,684 3,292": a table's row of sums is labelled, not a side.
        if els.count == 1, let w = first.word, TableLabels.keys.contains(tokens[w].key), line?.isSide(endingBefore: hi) == true { return }
        if readsAsSide(els, line: line) {
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        if splitTitle(els, sentence: sentence) { return }
        // "Labour Party Conference", "Tea Party Convention": what a body holds is an event, not the body.
        if els.count >= 2, let l = els.last, isWord(l, in: lexicon.eventHeads) { return }
        if els.contains(where: { isWord($0, in: lexicon.organizationHeads) }) {
            // "the Republican Congress", "a Democratic Senate": a party's adjective before a body's head word
            // is a label of its majority, not part of the body's name.
            if els.count == 2, let e = first.phrase, e.role == .demonym, e.kind == .organization,
               let l = els.last, let h = l.word, isWord(l, in: lexicon.organizationHeads),
               !e.name.lowercased().hasSuffix(" " + String(decoding: UnsafeBufferPointer(rebasing: buf[tokens[h].start..<tokens[h].end]), as: UTF8.self).lowercased()) {
                classify(els.dropFirst(), sentence: sentence)
                return
            }
            // "the Congress" alone is an organisation; a bare head word opening a sentence is not.
            if els.count == 1, let w = first.word, tokens[w].has(.sentenceInitial) { return }
            // "an interview with The Post": the publication's article stays on a name that is a common word.
            if els.count == 1, let w = first.word, afterCapitalisedThe(w, sentence: sentence), !tokens[w].has(.allCaps) {
                candidates.append(candidate((w - 1)..<(w + 1), kind: .organization, name: nil, person: false, fixed: false))
                return
            }
            // "head of the Penta Center for Applied Political Research Volodymyr Fesenko": a name that
            // opens with a given name after the organisation's words is the person who heads it.
            if let cut = trailingPerson(els) {
                add(els[..<cut], kind: .organization, name: nil, person: false, fixed: false)
                add(els[cut...], kind: .person, name: nil, person: true, fixed: false)
                return
            }
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        // "of", "for", "on", "&" only join the words of an organisation's name ("Veterans for Liberty").
        if els.contains(where: { $0.isGlue && Glue.connectors.contains(tokens[$0.tokens.lowerBound].key) }),
           !els.contains(where: { isWord($0, in: lexicon.eventHeads) || isWord($0, in: lexicon.placeHeads) }) {
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        if els.count == 1, case .phrase(let e, let r) = first {
            addPhrase(e, r, sentence: sentence)
            return
        }
        if let l = els.last, (els.count >= 2 && isWord(l, in: lexicon.placeHeads)) || isWord(l, in: lexicon.eventHeads) { return }
        if els.contains(where: { $0.phrase != nil }) {
            // "George Washington", "Michael Jordan": a given name before a listed word makes a person.
            if els.count == 2, let w = first.word, lexicon.givenNames.contains(tokens[w].key),
               let e = els.last?.phrase, e.tokens == 1 {
                add(els, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            // "Mary K. Ford": a middle initial keeps a listed word after it inside the person's name.
            if els.count >= 3, let w = first.word, lexicon.givenNames.contains(tokens[w].key),
               let e = els.last?.phrase, e.tokens == 1,
               let m = els[els.endIndex - 2].word, tokens[m].has(.initial) {
                add(els, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            // "Chad Connelly", "Jordan Spieth": a listed name that is also a given name, before words no
            // dictionary or list knows, opens a person's name.
            if case .phrase(_, let r) = first, r.count == 1, lexicon.givenNames.contains(tokens[r.lowerBound].key),
               els.count >= 2, els.dropFirst().allSatisfy({ el in
                   el.word.map { !lexicon.dictionaryWords.contains(tokens[$0].key) && !tokens[$0].has(.allCaps) } ?? false
               }) {
                add(els, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            // "National Security Council": ordinary capitalised words before a listed organisation's name make a
            // longer name of another body, not that organisation with a word in front.
            if els.count >= 2, let e = els.last?.phrase, e.kind == .organization, e.role == .name,
               els.dropLast().allSatisfy({ el in
                   el.word.map { lexicon.dictionaryWords.contains(tokens[$0].key) && !lexicon.givenNames.contains(tokens[$0].key)
                       && !lexicon.titleHeads.contains(tokens[$0].key) && !lexicon.titleModifiers.contains(tokens[$0].key)
                       && !tokens[$0].has(.allCaps) && !tokens[$0].has(.possessive) } ?? false
               }) {
                add(els, kind: .organization, name: nil, person: false, fixed: false)
                return
            }
            var run: [NameSequence.Element] = []
            for el in els {
                if case .phrase(let e, let r) = el {
                    if !run.isEmpty { classifyWords(run[...], sentence: sentence); run = [] }
                    addPhrase(e, r, sentence: sentence)
                } else {
                    run.append(el)
                }
            }
            if !run.isEmpty { classifyWords(run[...], sentence: sentence) }
            return
        }
        classifyWords(els, sentence: sentence)
    }

    func isWord(_ el: NameSequence.Element, in set: KeySet) -> Bool {
        guard let w = el.word else { return false }
        return set.contains(tokens[w].key)
    }

    /// A capitalised word right after token `q`, in the same sentence: a name that a title before it titles.
    func nameFollows(_ q: Int, sentence: Range<Int>) -> Bool {
        q < sentence.upperBound && tokens[q].has(.joinsPrevious) && tokens[q].has(.capitalised) && !tokens[q - 1].has(.possessive)
    }

    /// "EU Farm Commissioner Franz Fischler" → EU, then the person Franz Fischler. True when it handled
    /// the sequence.
    func splitTitle(_ els: Elements, sentence: Range<Int>) -> Bool {
        let idx = els.indices
        guard let h = idx.first(where: { isWord(els[$0], in: lexicon.titleHeads) }) else { return false }
        // "Department of Justice", "Ministry of Defence": after an organisation's head and "of", a title
        // word names its remit, not an office.
        if h > idx.lowerBound + 1, els[h - 1].isGlue, idx.lowerBound < h - 1,
           els[idx.lowerBound..<(h - 1)].contains(where: { isWord($0, in: lexicon.organizationHeads) }) { return false }
        var n = h + 1
        // Further title words ("Prime Minister", "Secretary of State", "Minister of Foreign Affairs").
        while n < idx.upperBound {
            let el = els[n]
            if isWord(el, in: lexicon.titleHeads) { n += 1; continue }
            if el.isGlue, n + 1 < idx.upperBound, let w = els[n].tokens.first, tokens[w].key == Glue.of || tokens[w].key == Glue.the {
                n += 1
                while n < idx.upperBound, isWord(els[n], in: lexicon.titleModifiers) || isWord(els[n], in: lexicon.organizationTails)
                        || isWord(els[n], in: lexicon.organizationHeads) || els[n].isGlue { n += 1 }
                continue
            }
            break
        }
        let rest = els[n...]
        if rest.contains(where: { isWord($0, in: lexicon.organizationHeads) }) { return false }
        if !rest.isEmpty, rest.allSatisfy({ $0.phrase != nil || $0.isGlue }) {
            // "President Trump" (configured) stays a person; "Prime Minister Israel" is no name.
            guard rest.contains(where: { $0.phrase?.kind == .person }) else { return false }
        }
        var s = h
        while s > idx.lowerBound, isWord(els[s - 1], in: lexicon.titleModifiers) || isWord(els[s - 1], in: lexicon.titleHeads) {
            s -= 1
        }
        // "U.S. District Judge", "U.S. Attorney": a state right before the title words is part of the title.
        let prefix = els[idx.lowerBound..<s]
        let stateInTitle = prefix.count == 1 && prefix.first?.phrase.map { $0.role == .name && $0.kind == .state } == true
        // "Senate Minority Whip Dick Durbin": the holder's name may stand in a sequence of its own.
        let holderNamed = !rest.isEmpty || nameFollows(els.last!.tokens.upperBound, sentence: sentence)
        if s > idx.lowerBound, !stateInTitle, !(chamberInTitle(prefix, title: els[s..<n]) && holderNamed) {
            classify(prefix, sentence: sentence)
        }
        // "Assistant Foreign Minister for Consular Affairs": a connector after the title opens the office's
        // remit, not a person's name; the holder, if named, stands apart ("…, Sami al-Hamad").
        if let f = rest.first, f.isGlue, Glue.connectors.contains(tokens[f.tokens.lowerBound].key) { return true }
        if !rest.isEmpty {
            // A title over a single surname: the name stays open for the document to complete.
            if let e = rest.first?.phrase, rest.count == 1, e.kind == .person {
                add(rest, kind: .person, name: e.name, person: true, fixed: true)
            } else {
                add(rest, kind: .person, name: nil, person: true, fixed: false)
            }
        }
        return true
    }

    func addPhrase(_ e: ActorLexicon.Entry, _ r: Range<Int>, sentence: Range<Int>) {
        switch e.role {
        case .name:
            if e.kind == .state, standsAsPlace(r, sentence: sentence) || opensLowercaseTitle(r, sentence: sentence) { return }
            candidates.append(candidate(r, kind: e.kind, name: e.name, person: e.kind == .person, fixed: true))
        case .seat:
            if actsAsGovernment(r, sentence: sentence) {
                candidates.append(candidate(r, kind: .state, name: e.name, person: false, fixed: true))
            }
        case .demonym, .place, .furniture:
            return
        }
    }

    /// Words only: a person when their form says so, an acronym or web domain an organisation, else unknown.
    func classifyWords(_ all: Elements, sentence: Range<Int>) {
        var els = all
        while let f = els.first, f.isGlue, els.count < 2 || els[els.startIndex + 1].isGlue
                || !lexicon.particles.contains(tokens[f.tokens.lowerBound].key) { els = els.dropFirst() }
        // "Top-seeded Thomas Muster", "Accountant Natalya Sypron": ordinary words before a name describe it.
        if els.count >= 2, let core = els.indices.first(where: { k in
            guard let w = els[k].word else { return true }
            return tokens[w].has(.initial) || tokens[w].has(.allCaps) || lexicon.givenNames.contains(tokens[w].key)
                || !isOrdinaryWord(w)
        }), core > els.startIndex, core < els.endIndex,
           els[els.startIndex..<core].allSatisfy({ $0.word.map { !tokens[$0].has(.allCaps) } ?? false }) {
            let rest = els[core...]
            let hyphenatedLead = els[els.startIndex..<core].allSatisfy { $0.word.map { tokens[$0].has(.hyphenated) } ?? false }
            if let f = rest.first?.word, rest.count >= 2, lexicon.givenNames.contains(tokens[f].key) || hyphenatedLead {
                add(rest, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            if rest.count == 1, hyphenatedLead {
                add(rest, kind: .unknown, name: nil, person: false, fixed: false)
                return
            }
        }
        while let l = els.last, l.isGlue { els = els.dropLast() }
        // One list for the document's names, emptied for each (`PassFindings.wordList`): made afresh, it was
        // allocated and freed (~360 instructions) for every name read word by word. (`compactMap` regrew it.)
        var words: [Int] = []
        swap(&words, &found.wordList)
        defer { swap(&words, &found.wordList) }
        while words.popLast() != nil {}
        words.reserveCapacity(els.count)
        for el in els { if let w = el.word { words.append(w) } }
        guard let first = words.first, let lo = els.first?.tokens.lowerBound, let hi = els.last?.tokens.upperBound else { return }
        let roleBefore = hasRoleBefore(first, sentence: sentence)
        let context = roleBefore ? .person : kindContext(lo..<hi, sentence: sentence)
        if context == .organization, !words.contains(where: { tokens[$0].has(.initial) }) {
            if words.count == 1, lexicon.furnitureOrCalendar(tokens[first].key) { return }
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        if words.count == 1 {
            let t = tokens[first]
            if lexicon.furnitureOrCalendar(t.key) { return }
            // "PASADENA, Calif., Jan. 1", "in Greeley, Colo.": a name followed by a comma and a listed place
            // is itself a place (a dateline or a town with its state).
            if !t.has(.possessive), followedByListedPlace(hi, sentence: sentence) { notePlace(lo..<hi); return }
            // "Jan. 3", "Aug. 12": an abbreviated word before a day of the month is a date.
            if t.end < buf.count, buf[t.end] == 0x2E, hi < sentence.upperBound, isDayOfMonth(hi) { return }
            // "Double-Digit", "Long-Awaited": a title-case compound of ordinary words alone is a headline's
            // adjective or noun, not a name.
            if t.has(.hyphenated), !t.has(.allCaps), !t.has(.possessive), isOrdinaryWord(first) { return }
            // "According to The Guardian": a capitalised "The" inside a sentence opens a publication's name
            // (in a title-case headline every "The" is capitalised, so there it says nothing).
            if strict == .prose, afterCapitalisedThe(lo, sentence: sentence), !t.has(.allCaps) {
                // "The Hill", "The Atlantic": without its article the name would be a common word, so the
                // article stays in it.
                let keepThe = lexicon.dictionaryWords.contains(t.key) && !lexicon.givenNames.contains(t.key)
                candidates.append(candidate((keepThe ? lo - 1 : lo)..<hi, kind: .organization, name: nil, person: false, fixed: false))
                return
            }
            // A title word left alone ("Former", "Attorney") names no one.
            if lexicon.titleHeads.contains(t.key) || lexicon.titleModifiers.contains(t.key) { return }
            // "Hamilton, Lake and Stark counties", "Birmingham, Bradford and Leeds": like the items it is
            // listed with, a place.
            if context != .person, !roleBefore, !t.has(.possessive),
               namesSettlementsOfList(lo..<hi, sentence: sentence) || coordinatedWithListedPlaces(lo..<hi, sentence: sentence) {
                notePlace(lo..<hi)
                return
            }
            // "the Khan family": a surname before "family" names the family, not one of its members, so it
            // is not completed to anyone's full name.
            if !t.has(.allCaps), !t.has(.possessive), namesAFamily(hi, sentence: sentence) {
                add(els, kind: .person, name: nil, person: true, fixed: true)
                return
            }
            // "her husband, Bill,", "Rosa, a teacher": the words around say it is a person.
            if context == .person, !t.has(.allCaps) {
                add(els, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            // A lone given name that is no ordinary word ("Hillary") is a person, even when unresolved.
            if !t.has(.allCaps), lexicon.givenNames.contains(t.key), !lexicon.dictionaryWords.contains(t.key) {
                add(els, kind: .person, name: nil, person: true, fixed: false)
                return
            }
            if t.has(.domain) {
                add(els, kind: .organization, name: nil, person: false, fixed: false)
            } else if t.has(.allCaps) {
                if RomanNumeral.matches(buf, t.start..<t.end) { return }
                // Headline capitals read case-insensitively: "ABSTRACT", "SIDE" are ordinary words.
                if t.end - t.start >= 4, lexicon.dictionaryWords.contains(t.key), !lexicon.givenNames.contains(t.key) { return }
                add(els, kind: .organization, name: nil, person: false, fixed: false)
            } else if !roleBefore, looksLikeAdjectiveOrVerb(first, sentence: sentence) {
                return
            } else if !roleBefore, undecidedReadsAsPlaceOrAward(lo..<hi, sentence: sentence) {
                notePlace(lo..<hi)
                return
            } else {
                add(els, kind: roleBefore ? .person : .unknown, name: nil, person: roleBefore, fixed: false)
            }
            return
        }
        var evidence = context == .person || lexicon.givenNames.contains(tokens[first].key)
        var ordinary = 0
        for (k, w) in words.enumerated() {
            let t = tokens[w]
            if t.has(.initial) { evidence = true }
            if k > 0, k < words.count - 1, lexicon.particles.contains(t.key) { evidence = true }
            if lexicon.dictionaryWords.contains(t.key) && !lexicon.givenNames.contains(t.key) { ordinary += 1 }
        }
        // "Harlow & Finch": an ampersand joins the names of a firm's partners.
        if els.contains(where: { $0.isGlue && tokens[$0.tokens.lowerBound].key == Glue.amp }) {
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        if els.contains(where: \.isGlue) { evidence = true }
        if words.allSatisfy({ tokens[$0].has(.allCaps) }) {
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        // "a column in The Morning Ledger": a capitalised "The" inside a sentence opens a publication's name.
        if !evidence, afterCapitalisedThe(lo, sentence: sentence), !words.contains(where: { tokens[$0].has(.allCaps) }) {
            add(els, kind: .organization, name: nil, person: false, fixed: false)
            return
        }
        // "Mike Novak Wins Easy Race": title-case headline words run on after a person's name.
        if let cut = headlineRunOn(words), let end = els.firstIndex(where: { $0.word == cut }) {
            add(els[..<end], kind: .person, name: nil, person: true, fixed: false)
            return
        }
        // Without evidence, words no dictionary knows read as a foreign personal name — but not after "the".
        // Nor between "a" and a noun ("a Boca Raton lawyer"): a name used there as a modifier without a
        // given name is as often a place or a brand as a person.
        let person = words.count <= 4 && (evidence || (ordinary == 0 && !followsArticle(lo..<hi, sentence: sentence)
                                                       && !modifiesNounAfterIndefiniteArticle(lo..<hi, sentence: sentence)))
        // "in San Marcos", "the town of Port Ellen", "Fair Oaks, California": a name the words around use as
        // a place is one, unless its own words say it is a person.
        if !evidence, !tokens[hi - 1].has(.possessive),
           undecidedReadsAsPlaceOrAward(lo..<hi, sentence: sentence) || followedByListedPlace(hi, sentence: sentence)
            || namesSettlementsOfList(lo..<hi, sentence: sentence) || coordinatedWithListedPlaces(lo..<hi, sentence: sentence) {
            notePlace(lo..<hi)
            return
        }
        add(els, kind: person ? .person : .unknown, name: nil, person: person, fixed: false)
    }

    func notePlace(_ r: Range<Int>) {
        placeKeys.insert(candidate(r, kind: .unknown, name: nil, person: false, fixed: false).key)
    }

    /// Where a title-case headline runs on after a person's name: a given name opens the run, a name word
    /// follows, then two or more ordinary words ("Makes", "Big", "Joke") that no name is made of. The
    /// first of those ordinary words, or nil.
    func headlineRunOn(_ words: [Int]) -> Int? {
        guard words.count >= 4, lexicon.givenNames.contains(tokens[words[0]].key) else { return nil }
        func ordinary(_ w: Int) -> Bool {
            lexicon.dictionaryWords.contains(tokens[w].key) && !lexicon.givenNames.contains(tokens[w].key)
                && !lexicon.organizationHeads.contains(tokens[w].key) && !tokens[w].has(.allCaps)
        }
        guard let k = words.indices.dropFirst(2).first(where: { ordinary(words[$0]) }),
              !ordinary(words[k - 1]), words.count - k >= 2, words[k...].allSatisfy(ordinary) else { return nil }
        return words[k]
    }

    /// A name with no evidence of its kind, right after "in" or "near" ("lives in Oak Vale"), is a place;
    /// right before "award" or "prize" ("the Golden Quill award") it names the award. Neither acts.
    func undecidedReadsAsPlaceOrAward(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let p = r.lowerBound - 1
        // "in the Hamptons", "near the Poconos": a plural name after "in the" is a region of places.
        if r.count == 1, p > sentence.lowerBound, tokens[p].key == Glue.the, !tokens[p].has(.capitalised),
           tokens[r.lowerBound].has(.joinsPrevious), tokens[p].has(.joinsPrevious), !tokens[p - 1].has(.capitalised),
           PlacePrepositions.keys.contains(tokens[p - 1].key), isPlainPlural(r.lowerBound) { return true }
        if p >= sentence.lowerBound, tokens[r.lowerBound].has(.joinsPrevious), !tokens[p].has(.capitalised),
           PlacePrepositions.keys.contains(tokens[p].key) {
            // "trust in X", "faith in X": after a noun of attitude "in" gives its object, not a place.
            return !(p > sentence.lowerBound && AttitudeNouns.keys.contains(tokens[p - 1].key))
        }
        // "a visit to X", "flew back from X": the end or start of a journey.
        if p > sentence.lowerBound, tokens[r.lowerBound].has(.joinsPrevious), !tokens[p].has(.capitalised),
           tokens[p].key == Glue.to || tokens[p].key == Glue.from, afterTravelWord(p, sentence: sentence) { return true }
        // "a voter from X", "residents from X": after a noun of people "from" gives where they live.
        if p > sentence.lowerBound, tokens[r.lowerBound].has(.joinsPrevious), !tokens[p].has(.capitalised),
           afterResidentNoun(p, sentence: sentence) { return true }
        // "the town of X", "a suburb of X": a settlement noun and "of" before the name.
        if p > sentence.lowerBound, tokens[r.lowerBound].has(.joinsPrevious), tokens[p].key == Glue.of,
           !tokens[p].has(.capitalised), tokens[p].has(.joinsPrevious), !tokens[p - 1].has(.capitalised),
           SettlementNouns.keys.contains(tokens[p - 1].key) { return true }
        let q = r.upperBound
        return q < sentence.upperBound && !tokens[q - 1].has(.possessive) && tokens[q].has(.joinsPrevious)
            && !tokens[q].has(.capitalised) && AwardNouns.keys.contains(tokens[q].key)
    }

    /// An ordinary English word, or a compound of them ("Top-seeded", "Left-back").
    func isOrdinaryWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if lexicon.dictionaryWords.contains(t.key) { return true }
        guard t.has(.hyphenated) else { return false }
        var s = t.start
        for j in t.start...t.end where j == t.end || buf[j] == 0x2D {
            if !lexicon.dictionaryWords.contains(NameKey.of(buf, s..<j)) { return false }
            s = j + 1
        }
        return true
    }

    /// Where a person's name starts at the end of an organisation's sequence, if one does.
    func trailingPerson(_ els: Elements) -> Int? {
        var cut = els.endIndex
        while cut > els.startIndex, let w = els[cut - 1].word, !lexicon.organizationHeads.contains(tokens[w].key),
              !lexicon.organizationTails.contains(tokens[w].key),
              !lexicon.dictionaryWords.contains(tokens[w].key) || lexicon.givenNames.contains(tokens[w].key) {
            cut -= 1
        }
        while cut < els.endIndex - 1, let w = els[cut].word, !lexicon.givenNames.contains(tokens[w].key) { cut += 1 }
        guard cut > els.startIndex, els.endIndex - cut >= 2, let w = els[cut].word,
              lexicon.givenNames.contains(tokens[w].key),
              els[els.startIndex..<cut].contains(where: { isWord($0, in: lexicon.organizationHeads) }) else { return nil }
        return cut
    }

    /// A lone capitalised word shaped like an adjective before a noun ("Faustian bargain"), or a participle
    /// or adverb opening a sentence ("Unfazed by…", "Interestingly"), is no name.
    func looksLikeAdjectiveOrVerb(_ i: Int, sentence: Range<Int>) -> Bool {
        let t = tokens[i]
        if lexicon.givenNames.contains(t.key) { return false }
        if t.has(.sentenceInitial), endsWith(i, "ed") || endsWith(i, "ing") || endsWith(i, "ly") { return true }
        let next = i + 1
        guard next < sentence.upperBound, tokens[next].has(.joinsPrevious), !t.has(.possessive),
              !tokens[next].has(.capitalised), tokens[next].has(.hasLetter) else { return false }
        return endsWith(i, "ian") || endsWith(i, "ean") || endsWith(i, "ese") || endsWith(i, "ish") || endsWith(i, "esque")
    }

    /// Whether word `i`, lowered, ends in `suffix` after more than two other bytes. A static string's bytes
    /// are read in place: an array made of each suffix cost ~350 instructions a test.
    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[i]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start > n + 2 else { return false }
        let s = suffix.utf8Start
        for k in 0..<n where Bytes.lower(buf[t.end - n + k]) != s[k] { return false }
        return true
    }

    /// A lowercase role word right before the name ("striker Ian Rush", "ruler Putin").
    func hasRoleBefore(_ i: Int, sentence: Range<Int>) -> Bool {
        guard i > sentence.lowerBound, tokens[i].has(.joinsPrevious) else { return false }
        let p = tokens[i - 1]
        // "reporting by X", "written by X": a credit line names the person who did the work.
        if !p.has(.capitalised), p.key == Glue.by, i - 1 > sentence.lowerBound, tokens[i - 1].has(.joinsPrevious),
           !tokens[i - 2].has(.capitalised), CreditVerbs.keys.contains(tokens[i - 2].key) { return true }
        return !p.has(.capitalised) && lexicon.roleWords.contains(p.key)
    }

    /// A capital or seat stands for its government unless the sentence uses it as a place: after "in",
    /// "from", "to"…, or in a dateline ("MOSCOW, Russia", "KATHMANDU 1996-08-23").
    func actsAsGovernment(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        var p = r.lowerBound - 1
        if p >= sentence.lowerBound, tokens[p].key == Glue.the, !tokens[p].has(.capitalised) { p -= 1 }
        if p >= sentence.lowerBound, !tokens[p].has(.capitalised), Locatives.keys.contains(tokens[p].key) { return false }
        // "In Prague, …": the preposition opening the sentence is capitalised only for that.
        if p >= sentence.lowerBound, tokens[p].has(.sentenceInitial), !tokens[p].has(.allCaps), StateLocatives.keys.contains(tokens[p].key) {
            return false
        }
        // "win the White House", "a run for the White House": the seat as the office a race is for.
        if p >= sentence.lowerBound, !tokens[p].has(.capitalised) {
            if RaceWords.winning.contains(tokens[p].key) { return false }
            if tokens[p].key == Glue.for, p > sentence.lowerBound, RaceWords.races.contains(tokens[p - 1].key) { return false }
        }
        let q = r.upperBound
        if q < sentence.upperBound {
            let n = tokens[q]
            if n.has(.hasDigit), !n.has(.hasLetter) { return false }
            // "Paris newsroom", "the Moscow bureau": before a noun of an office the seat says where it is.
            if !tokens[q - 1].has(.possessive), n.has(.joinsPrevious),
               WorkplaceNouns.keys.contains(n.key) || (!n.has(.capitalised) && WorkplaceNouns.lowercaseOnly.contains(n.key)) { return false }
            // "his White House bid", "a Kremlin run": before a noun of a race the seat is the office sought.
            if !tokens[q - 1].has(.possessive), n.has(.joinsPrevious), !n.has(.capitalised), RaceWords.races.contains(n.key) {
                return false
            }
            // "a Washington lawyer", "a Moscow banker": before a lowercase occupation the city says where
            // the person works, an adjective of place, not the government.
            if !tokens[q - 1].has(.possessive), n.has(.joinsPrevious), !n.has(.capitalised), lexicon.roleWords.contains(n.key),
               !GovernmentRoles.keys.contains(n.key) {
                return false
            }
            // "Berlin organisers", "Paris police", "Moscow residents": before a noun of the people of a town
            // the city says whose town, not the government.
            if !tokens[q - 1].has(.possessive), n.has(.joinsPrevious), !n.has(.capitalised),
               ResidentNouns.keys.contains(n.key) || LocalPeopleNouns.keys.contains(n.key) {
                return false
            }
            if !tokens[q - 1].has(.possessive), commaBetween(tokens[q - 1].end, n.start), n.has(.capitalised),
               let e = lexicon.phrase(n.key, allCaps: n.has(.allCaps)), e.role == .place || e.role == .name, e.kind != .organization {
                return false
            }
        }
        return true
    }

    func followedByListedPlace(_ q: Int, sentence: Range<Int>) -> Bool {
        guard q < sentence.upperBound, commaBetween(tokens[q - 1].end, tokens[q].start), tokens[q].has(.capitalised),
              !tokens[q].has(.possessive),
              let e = lexicon.phrase(tokens[q].key, allCaps: tokens[q].has(.allCaps)) ?? firstPartPhrase(q) else { return false }
        // "Romney, Utah Sen. Mike Lee": a state before a title describes the next person, not a town.
        if q + 1 < sentence.upperBound, tokens[q + 1].has(.joinsPrevious), lexicon.titleHeads.contains(tokens[q + 1].key) { return false }
        return e.role == .place || (e.role == .name && e.kind == .state)
    }

    /// "Roe v. Wade": the parties on either side of a legal "v." make the name of a court case, which is
    /// cited, not acting. (Sports fixtures write "v" without the period, and there the sides act.)
    func inCaseName(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        func isV(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.end - t.start == 1 && buf[t.start] == UInt8(ascii: "v") && t.end < buf.count && buf[t.end] == 0x2E
        }
        if r.lowerBound > sentence.lowerBound, isV(r.lowerBound - 1) { return true }
        return r.upperBound < sentence.upperBound && !tokens[r.upperBound - 1].has(.possessive) && isV(r.upperBound)
    }

    /// "Air Force One", "Marine Two": a capitalised number word right after a name makes the name of a
    /// craft or a thing in a series, which does not act.
    func namesCraft(_ q: Int, sentence: Range<Int>) -> Bool {
        guard q < sentence.upperBound, !tokens[q - 1].has(.possessive) else { return false }
        let n = tokens[q]
        return n.has(.joinsPrevious) && n.has(.capitalised) && !n.has(.allCaps) && CardinalWords.keys.contains(n.key)
    }

    /// "Texas-based": the listed name a hyphenated compound opens with.
    func firstPartPhrase(_ q: Int) -> ActorLexicon.Entry? {
        let t = tokens[q]
        guard t.has(.hyphenated) else { return nil }
        var j = t.start
        while j < t.end, buf[j] != 0x2D { j += 1 }
        return lexicon.phrase(NameKey.of(buf, t.start..<j), allCaps: false)
    }

    func afterCapitalisedThe(_ lo: Int, sentence: Range<Int>) -> Bool {
        guard lo > sentence.lowerBound, tokens[lo].has(.joinsPrevious) else { return false }
        let p = tokens[lo - 1]
        // "Literally The Face Of Racism": after another capitalised word, "The" is title case, not a name's.
        if lo - 2 >= sentence.lowerBound, tokens[lo - 1].has(.joinsPrevious), tokens[lo - 2].has(.capitalised),
           !tokens[lo - 2].has(.sentenceInitial) { return false }
        return p.key == Glue.the && p.has(.capitalised) && !p.has(.sentenceInitial) && !p.has(.allCaps)
    }

    func commaBetween(_ from: Int, _ to: Int) -> Bool {
        var sawComma = false
        for j in from..<to {
            if buf[j] == 0x2C { sawComma = true } else if !Bytes.isSpace(buf[j]) { return false }
        }
        return sawComma
    }

    func add(_ els: Elements, kind: ActorKind, name: String?, person: Bool, fixed: Bool) {
        guard let lo = els.first?.tokens.lowerBound, let hi = els.last?.tokens.upperBound else { return }
        candidates.append(candidate(lo..<hi, kind: kind, name: name, person: person, fixed: fixed))
    }
}

/// Words before a place name that say it is used as a place.
enum Locatives {
    static let keys: KeySet = ActorContextWords.keys("Locatives")
}

/// Prepositions after which a name of undecided kind is read as a place.
enum PlacePrepositions {
    static let keys: KeySet = ActorContextWords.keys("PlacePrepositions")
}

/// Lowercase nouns a name stands before when it names an honour ("the X award"). Common English usage.
enum AwardNouns {
    static let keys: KeySet = ActorContextWords.keys("AwardNouns")
}

/// Nouns for the line between two places. Common English usage.
enum BoundaryNouns {
    static let keys: KeySet = ActorContextWords.keys("BoundaryNouns")
}

/// "II", "XIV": a Roman numeral is no acronym.
enum RomanNumeral {
    static func matches(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count <= 6 else { return false }
        for i in r {
            switch buf[i] {
            case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"): continue
            default: return false
            }
        }
        return true
    }
}

extension ActorLexicon {
    func furnitureOrCalendar(_ key: UInt64) -> Bool {
        if calendarWords.contains(key) { return true }
        if let e = phrases[key], e.role == .furniture { return true }
        return false
    }
}

extension RecognitionPass {
    /// "House Speaker", "Senate Majority Leader", "U.S. House Speaker": a chamber's officers are titled by
    /// the chamber, so before an officer's title and a name the chamber is part of the person's title,
    /// not a mention of the body (as "U.S." in "U.S. District Judge").
    func chamberInTitle(_ prefix: Elements, title: Elements) -> Bool {
        guard !prefix.isEmpty, title.contains(where: { isWord($0, in: ChamberOffices.keys) }) else { return false }
        return prefix.allSatisfy { el in
            if let e = el.phrase { return e.role == .name && (e.kind == .organization || e.kind == .state) }
            return isWord(el, in: lexicon.organizationHeads)
        }
    }

    /// A state named only as where something is — "troops in Iraq", "rallies across Ohio", "at the
    /// United States' border" aside — is a place, not the state acting (SPEC §3.3: places do not act).
    /// The word before says so: a preposition of location, which never introduces an agent.
    func standsAsPlace(_ r: Range<Int>, sentence: Range<Int>, inList: Bool = true) -> Bool {
        guard !tokens[r.upperBound - 1].has(.possessive) else { return false }
        if inList, continuesListOfPlaces(r, sentence: sentence) { return true }
        // "Caracas, Venezuela": after a listed city and a comma, the state says where the city is.
        if r.lowerBound > sentence.lowerBound, commaBetween(tokens[r.lowerBound - 1].end, tokens[r.lowerBound].start),
           tokens[r.lowerBound - 1].has(.capitalised), !tokens[r.lowerBound - 1].has(.possessive),
           let e = lexicon.phrase(tokens[r.lowerBound - 1].key, allCaps: tokens[r.lowerBound - 1].has(.allCaps)),
           e.role == .place || e.role == .seat { return true }
        guard tokens[r.lowerBound].has(.joinsPrevious) else { return false }
        var p = r.lowerBound - 1
        if p >= sentence.lowerBound, tokens[p].key == Glue.the, !tokens[p].has(.capitalised), tokens[p].has(.joinsPrevious) { p -= 1 }
        // "in communist Poland", "across neighbouring Syria": an adjective of the country's regime or
        // situation between the preposition and the name leaves it a place.
        if p > sentence.lowerBound, !tokens[p].has(.capitalised), PlaceAdjectives.keys.contains(tokens[p].key),
           tokens[p].has(.joinsPrevious), StateLocatives.keys.contains(tokens[p - 1].key) { p -= 1 }
        // "In the United States, …": the preposition opening the sentence is capitalised only for that.
        if p >= sentence.lowerBound, tokens[p].has(.sentenceInitial), !tokens[p].has(.allCaps),
           StateLocatives.keys.contains(tokens[p].key) { return true }
        guard p >= sentence.lowerBound, !tokens[p].has(.capitalised) else { return false }
        // "entering the United States", "toured Kenya": a verb of entering or touring takes the place itself.
        if EntryVerbs.keys.contains(tokens[p].key) { return true }
        if StateLocatives.keys.contains(tokens[p].key) {
            // "There is talk in the UK about…", "much debate in Kenya": what is said in a state is its
            // public speaking, the state as a voice, not a location.
            let from = max(sentence.lowerBound, p - 4)
            return !(from..<p).contains { !tokens[$0].has(.capitalised) && PublicVoiceNouns.keys.contains(tokens[$0].key) }
        }
        // "flew to Japan", "refugees from Syria", "a trip to Kosovo": "to" and "from" after a word of
        // travel give the journey's end or start, a place.
        guard tokens[p].key == Glue.to || tokens[p].key == Glue.from else { return false }
        return afterTravelWord(p, sentence: sentence) || afterResidentNoun(p, sentence: sentence)
    }

    /// "citizens from Canada", "voters from Ohio": after a noun of people, "from" gives where they live or
    /// come from.
    func afterResidentNoun(_ p: Int, sentence: Range<Int>) -> Bool {
        tokens[p].key == Glue.from && p > sentence.lowerBound && tokens[p].has(.joinsPrevious)
            && !tokens[p - 1].has(.capitalised) && ResidentNouns.keys.contains(tokens[p - 1].key)
    }

    /// A word of travel right before, or one word before, the "to"/"from" at `p` ("flew to", "way back to").
    func afterTravelWord(_ p: Int, sentence: Range<Int>) -> Bool {
        for q in [p - 1, p - 2] where q >= sentence.lowerBound && !tokens[q].has(.capitalised) {
            if TravelWords.keys.contains(tokens[q].key) { return true }
        }
        return false
    }
}

extension RecognitionPass {
    /// "the U.S. attorney for the district", "a U.S. senator": a state before a lowercase title is part of
    /// the office's name, as "U.S." is in "U.S. District Judge".
    func opensLowercaseTitle(_ r: Range<Int>, sentence: Range<Int>) -> Bool {
        let q = r.upperBound
        guard q < sentence.upperBound, !tokens[q - 1].has(.possessive), tokens[q].has(.joinsPrevious) else { return false }
        // "the U.S. border", "on U.S. soil": before a noun of land the state says where.
        if !tokens[q].has(.capitalised), BoundaryNouns.keys.contains(tokens[q].key) || LandNouns.keys.contains(tokens[q].key) { return true }
        return !tokens[q].has(.capitalised) && lexicon.titleHeads.contains(tokens[q].key)
    }
}

/// Nouns of land that a state before them locates ("U.S. soil"). Common English usage.
enum LandNouns {
    static let keys: KeySet = ActorContextWords.keys("LandNouns")
}

/// Words of travelling somewhere, after which "to"/"from" and a state give where. Common English usage.
/// "Go"/"went" and "back" are left out: "the award went to X", "handed back to X" name who receives.
enum TravelWords {
    static let keys: KeySet = ActorContextWords.keys("TravelWords")
}

/// Nouns of public speaking and opinion; "in" a state after them gives whose voice, not where.
enum PublicVoiceNouns {
    static let keys: KeySet = ActorContextWords.keys("PublicVoiceNouns")
}

/// Verbs whose object is the place gone into or round ("entered Chile", "touring Peru"). Common English usage.
enum EntryVerbs {
    static let keys: KeySet = ActorContextWords.keys("EntryVerbs")
}

/// Words of an electoral race, after which a seat of government names the office won, not the government.
enum RaceWords {
    static let winning: KeySet = ActorContextWords.keys("RaceWords.winning")
    static let races: KeySet = ActorContextWords.keys("RaceWords.races")
}

/// Officers a legislative chamber elects from its members and names after itself.
enum ChamberOffices {
    static let keys: KeySet = ActorContextWords.keys("ChamberOffices")
}

/// Prepositions of location only: what follows them is where, never who ("in", "across", "throughout").
/// "From", "to" and "with" are left out: "aid to Kyiv", "a warning from Beijing" name a state acting.
enum StateLocatives {
    static let keys: KeySet = ActorContextWords.keys("StateLocatives")
}

/// Nouns of attitude whose object follows "in" ("trust in", "faith in"). Common English usage.
enum AttitudeNouns {
    static let keys: KeySet = ActorContextWords.keys("AttitudeNouns")
}

/// Nouns for a settlement that, with "of", introduce its name ("the town of X"). Common English usage.
enum SettlementNouns {
    static let keys: KeySet = ActorContextWords.keys("SettlementNouns")
    static let plurals: KeySet = ActorContextWords.keys("SettlementNouns.plurals")
}

/// Adjectives of a country's regime, neighbourhood or situation that can stand between a preposition of
/// location and its name ("in communist Poland"). Common English usage.
enum PlaceAdjectives {
    static let keys: KeySet = ActorContextWords.keys("PlaceAdjectives")
}

/// Nouns for people, after which "from" and a name give where they live or come from. Common English usage.
enum ResidentNouns {
    static let keys: KeySet = ActorContextWords.keys("ResidentNouns")
}

extension RecognitionPass {
    /// A day of the month or a range of days ("5", "17-23", "17–23") at token `i`.
    func isDayOfMonth(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.has(.hasDigit), !t.has(.hasLetter) else { return false }
        var j = t.start, digits = 0, groups = 0
        while j < t.end {
            if Bytes.isDigit(buf[j]) {
                digits += 1
                if digits > 2 { return false }
                j += 1
                continue
            }
            guard digits > 0, groups == 0 else { return false }
            if buf[j] == 0x2D { j += 1 } else if j + 2 < t.end, buf[j] == 0xE2, buf[j + 1] == 0x80, buf[j + 2] == 0x93 { j += 3 } else { return false }
            groups = 1
            digits = 0
        }
        return digits > 0
    }
}

/// Roles held for a government: "a Moscow official" speaks for the government the seat stands for.
enum GovernmentRoles {
    static let keys: KeySet = ActorContextWords.keys("GovernmentRoles")
}

/// Nouns of a newsroom or an office, which a city before them locates ("Paris newsroom"). Common English
/// usage and the wire services' contact lines.
enum WorkplaceNouns {
    static let keys: KeySet = ActorContextWords.keys("WorkplaceNouns")
    /// Capitalised, these end the names of agencies ("the Census Bureau").
    static let lowercaseOnly: KeySet = ActorContextWords.keys("WorkplaceNouns.lowercaseOnly")
}

/// Labels of a table's summary rows ("Total 3,684 3,292"). Common English usage.
enum TableLabels {
    static let keys: KeySet = ActorContextWords.keys("TableLabels")
}

/// People of a town and its services, whom a city before them locates ("Berlin organisers", "Paris police").
/// Common English usage.
enum LocalPeopleNouns {
    static let keys: KeySet = ActorContextWords.keys("LocalPeopleNouns")
}

/// Cardinal number words that can close the name of a craft or a numbered thing ("Air Force One"): the
/// number lexicon's words for one to ten.
enum CardinalWords {
    static let keys: KeySet = ActorLexicon.keys(LexiconParsing.lines(Lexicon.cardinalData).compactMap { fields in
        guard fields.count >= 2, let n = Int(fields[1]), (1...10).contains(n) else { return nil }
        return fields[0]
    })
}

/// Words of a credit line, after which "by" names the person credited ("additional reporting by X").
enum CreditVerbs {
    static let keys: KeySet = ActorContextWords.keys("CreditVerbs")
}
