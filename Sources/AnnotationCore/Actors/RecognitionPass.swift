/// One document's recognition: the state the passes share. Prose sentences are read first; what they
/// establish (full names, organisations) then resolves surnames and reads title-case and all-caps lines.
struct RecognitionPass {
    let buf: UnsafeBufferPointer<UInt8>
    let lexicon: ActorLexicon
    let configured: [UInt64: ActorLexicon.Entry]
    let maxPhraseTokens: Int
    var tokens: [WordToken]
    var sentenceStarts: [Int]
    var modes: [SentenceMode]
    /// What the scans add (see `PassFindings`).
    let found = PassFindings()
    var candidates: [ActorCandidate] {
        _read { yield found.candidates }
        nonmutating _modify { yield &found.candidates }
    }
    /// Sentence-initial ordinary words set aside; taken back if the document knows them as names.
    var setAside: [Int] {
        _read { yield found.setAside }
        nonmutating _modify { yield &found.setAside }
    }
    /// Names the document has established, for reading headlines: key → entry.
    var known: [IntegerKey: ActorLexicon.Entry] = [:]
    var strict: SentenceMode = .prose
    /// Names the document uses as places or honours ("in Vale Morrow", "the Golden Quill award"): the same
    /// words elsewhere in it, in a headline say, are that place, not a person.
    var placeKeys: Set<UInt64> {
        _read { yield found.placeKeys }
        nonmutating _modify { yield &found.placeKeys }
    }
    /// The scoreboard shape of the sentence being read, when it has one.
    var line: ResultsLine? {
        _read { yield found.line }
        nonmutating _modify { yield &found.line }
    }
    /// With a sentence cache: each sentence's words-table serial and byte range, for the cached scans of
    /// prose sentences (`scanProse`).
    var memo: SentenceMemo? = nil
    var namesSerials: [Int] = []
    var sentenceByteRanges: [Range<Int>] = []

    /// The document's sentences tokenised one by one (`ActorRecognizer.readSentence`, through the sentence
    /// cache when there is one), with their modes.
    init(buf: UnsafeBufferPointer<UInt8>, recognizer: ActorRecognizer, segmentation: Segmentation, memo: SentenceMemo?) {
        guard let memo else {
            self.init(buf: buf, recognizer: recognizer, segmentation: segmentation)
            return
        }
        self.init(buf: buf, recognizer: recognizer, tokens: [])
        sentenceStarts.reserveCapacity(segmentation.sentences.count + 1)
        modes.reserveCapacity(segmentation.sentences.count)
        self.memo = memo
        namesSerials.reserveCapacity(segmentation.sentences.count)
        sentenceByteRanges.reserveCapacity(segmentation.sentences.count)
        let excluded = segmentation.excluded
        var ex = 0
        var reads: [SentenceNames] = []
        reads.reserveCapacity(segmentation.sentences.count)
        var count = 0
        for (s, sentence) in segmentation.sentences.enumerated() {
            let r = sentence.range.lowerBound..<min(sentence.range.upperBound, buf.count)
            while ex < excluded.count, excluded[ex].upperBound <= r.lowerBound { ex += 1 }
            var reach = ex
            while reach < excluded.count, excluded[reach].lowerBound < r.upperBound { reach += 1 }
            let inside = Array(excluded[ex..<reach])
            let key = ActorRecognizer.key(buf, r, excluded: inside, memo: memo, sentence: r == sentence.range ? s : nil)
            let read = memo.names(key) { recognizer.readSentence(buf, r, excluded: inside) }
            sentenceStarts.append(count)
            count += read.tokens.count
            modes.append(read.mode)
            reads.append(read)
            namesSerials.append(read.serial)
            sentenceByteRanges.append(r)
        }
        sentenceStarts.append(count)
        tokens = Self.placed(reads, at: sentenceByteRanges, count: count, capacity: buf.count / 6)
    }

    /// The sentences' words, each moved to where its sentence stands in the document, in one array made at
    /// once: appended sentence by sentence, each paid for a generic append.
    private static func placed(_ reads: [SentenceNames], at ranges: [Range<Int>], count: Int, capacity: Int) -> [WordToken] {
        [WordToken](unsafeUninitializedCapacity: max(count, capacity)) { out, made in
            var k = 0
            for (read, r) in zip(reads, ranges) {
                read.tokens.withUnsafeBufferPointer { words in
                    for var t in words {
                        t.start += r.lowerBound
                        t.end += r.lowerBound
                        (out.baseAddress! + k).initialize(to: t)
                        k += 1
                    }
                }
            }
            made = k
        }
    }

    /// Without a cache, the whole document is tokenised in one pass: the same tokens and modes as sentence
    /// by sentence (the tokeniser starts each sentence afresh), without moving them twice.
    init(buf: UnsafeBufferPointer<UInt8>, recognizer: ActorRecognizer, segmentation: Segmentation) {
        self.init(buf: buf, recognizer: recognizer, tokens: [])
        let (t, starts) = NameTokenizer.tokenize(buf, sentences: segmentation.sentences.map(\.range),
                                                 excluded: segmentation.excluded)
        tokens = t
        sentenceStarts = starts
        modes.reserveCapacity(starts.count)
        for s in 0..<(starts.count - 1) {
            var mode = SentenceMode.of(t[starts[s]..<starts[s + 1]], lexicon: recognizer.lexicon)
            // A scoreboard capitalises its sides, not headline words: "Harrow Town 2 Dunmore Vale 1".
            if mode == .titleCase, !ResultsLine(t[starts[s]..<starts[s + 1]], lexicon: recognizer.lexicon).scoredNameEnds.isEmpty {
                mode = .prose
            }
            modes.append(mode)
        }
    }

    private init(buf: UnsafeBufferPointer<UInt8>, recognizer: ActorRecognizer, tokens: [WordToken]) {
        self.buf = buf
        lexicon = recognizer.lexicon
        configured = recognizer.configured
        maxPhraseTokens = max(recognizer.lexicon.maxPhraseTokens, recognizer.configuredMaxTokens)
        self.tokens = tokens
        sentenceStarts = []
        modes = []
    }

    mutating func run() -> [ActorMention] {
        let sentenceCount = sentenceStarts.count - 1
        // Room for about one name in six words (news runs at one in eight to ten): a large buffer's list
        // otherwise grew a dozen times on every edit, each time copying every candidate.
        candidates.reserveCapacity(candidates.count + tokens.count / 6 + 16)
        scanProseSentences()
        var names = DocumentNames()
        names.learn(candidates, tokens: tokens, buf: buf)
        names.resolve(&candidates, lexicon: lexicon)
        known = names.knownEntries(candidates, tokens: tokens, buf: buf)
        let proseCount = candidates.count
        for s in 0..<sentenceCount where modes[s] != .prose {
            strict = modes[s]
            scan(sentenceStarts[s]..<sentenceStarts[s + 1])
        }
        strict = .prose
        for i in setAside {
            if let e = known[IntegerKey(tokens[i].key)] {
                candidates.append(candidate(i..<(i + 1), kind: e.kind, name: e.name, person: e.kind == .person, fixed: true))
            }
        }
        if candidates.count > proseCount {
            var late = Array(candidates[proseCount...])
            names.resolve(&late, lexicon: lexicon)
            candidates.replaceSubrange(proseCount..., with: late)
        }
        if !placeKeys.isEmpty {
            candidates.removeAll { !$0.fixed && ($0.kind == .person || $0.kind == .unknown) && placeKeys.contains($0.key) }
        }
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
        return names.mentions(candidates, buf: buf)
    }

    /// The prose sentences' scans, from one non-mutating call: each scan called from `run` copied the pass
    /// (~550 instructions with its retains and releases).
    func scanProseSentences() {
        for s in 0..<(sentenceStarts.count - 1) where modes[s] == .prose {
            if let memo { scanProse(s, memo: memo) } else { scan(sentenceStarts[s]..<sentenceStarts[s + 1]) }
        }
    }

    // MARK: - building sequences

    /// Reads the capitalised sequences of one sentence (token range) and classifies them.
    func scan(_ sentence: Range<Int>) {
        var i = sentence.lowerBound
        let b = sentence.upperBound
        // Set only for a scoreboard (rare): setting and clearing `line` for every sentence cost ~220 instructions.
        if !ResultsLine.isProse(tokens, sentence, lexicon: lexicon) {
            let board = ResultsLine(tokens[sentence], lexicon: lexicon)
            if !board.scoredNameEnds.isEmpty { line = board }
        }
        defer { if line != nil { line = nil } }
        // One list for the document's sequences, emptied for each: made afresh per sequence, it was allocated
        // and regrown (~300 instructions a growth) for every capitalised run.
        var seq = NameSequence(elements: [])
        swap(&seq.elements, &found.sequenceList)
        defer { swap(&seq.elements, &found.sequenceList) }
        while i < b {
            let t = tokens[i]
            if strict == .prose, !t.has(.capitalised), leadingParticle(i, end: b) {
                // "de Klerk", "van Gaal": a name that opens with its particle.
                var particleLed = NameSequence(elements: [.glue(i)])
                var j = i + 1
                while j < b, tokens[j].has(.joinsPrevious), isNameWord(j), !tokens[j - 1].has(.possessive) {
                    particleLed.elements.append(.word(j))
                    j += 1
                }
                classifyWords(particleLed.elements[...], sentence: sentence)
                i = j
                continue
            }
            // Only a hyphenated word can start a lower-case name: asked here, it spares the call for most words.
            guard t.has(.capitalised) || t.has(.allCaps) || t.has(.hyphenated) && startsLowercaseName(i) else { i += 1; continue }
            // "@SomeName": a social-media handle is an account's address, not a name in the prose.
            if t.start > 0, buf[t.start - 1] == 0x40 { i += 1; continue }
            if let stop = workTitleEnd(at: i, end: b) { i = stop; continue }
            var lead = phraseMatch(at: i, end: b)
            if lead == nil, t.has(.hyphenated), splitCompound(i) { i += 1; continue }
            if lead == nil, !isNameWord(i), !prefixedCompoundInsideOrganization(i, end: b) { i += 1; continue }
            if lead == nil, strict == .prose, t.has(.sentenceInitial), !(line?.startsSide(at: i) ?? false),
               isOrdinaryInitial(i, end: b) {
                setAside.append(i)
                i += 1
                continue
            }
            // Element by element: `removeAll(keepingCapacity:)` went through a generic replacement (~200 instructions).
            while seq.elements.popLast() != nil {}
            if seq.elements.capacity == 0 { seq.elements.reserveCapacity(8) }
            var j = i
            while j < b {
                if !seq.elements.isEmpty {
                    guard tokens[j].has(.joinsPrevious), !tokens[j - 1].has(.possessive) else { break }
                }
                // The phrase at the sequence's first word was looked up above; taken, not copied (a copy of
                // its entry, with the name's retain and release, cost ~170 instructions).
                if let (e, n) = j == i ? lead.take() : phraseMatch(at: j, end: b) {
                    seq.elements.append(.phrase(e, j..<(j + n)))
                    j += n
                    continue
                }
                if isNameWord(j) || prefixedCompoundInsideOrganization(j, end: b) {
                    // A compound of listed names ("Korea-Russia") is read on its own — unless a connector
                    // inside an organisation's name leads to it ("Council on Korean-American Affairs").
                    if let last = seq.elements.last, !last.isGlue, tokens[j].has(.hyphenated), compoundHasListedPart(j) { break }
                    seq.elements.append(.word(j))
                    j += 1
                    continue
                }
                if let last = seq.elements.last, let n = glue(at: j, after: last, end: b) {
                    for g in j..<(j + n) { seq.elements.append(.glue(g)) }
                    j += n
                    continue
                }
                break
            }
            while let last = seq.elements.last, last.isGlue { seq.elements.removeLast() }
            if seq.elements.isEmpty { i += 1; continue }
            classify(seq.elements[...], sentence: sentence)
            i = max(seq.tokens.upperBound, i + 1)
        }
    }

    /// "Russia-Ukraine war", "Western-supplied": a compound whose parts are listed names stands for them;
    /// one with a listed adjective is an adjective. True when it handled the word.
    func splitCompound(_ i: Int) -> Bool {
        let t = tokens[i]
        var parts: [(Range<Int>, ActorLexicon.Entry?)] = []
        var s = t.start
        var j = t.start
        while j <= t.end {
            if j == t.end || buf[j] == 0x2D {
                let upper = s < j && Bytes.isASCIIUpper(buf[s])
                parts.append((s..<j, upper ? lexicon.phrase(NameKey.of(buf, s..<j), allCaps: false) : nil))
                s = j + 1
            }
            j += 1
        }
        guard parts.count > 1, parts.contains(where: { $0.1 != nil }) else { return false }
        // "along the Chile-Peru border": states joined before a boundary noun that heads the phrase say where
        // the line runs; as a modifier ("the Chile-Peru border talks") the states still take part.
        if i + 1 < tokens.count, tokens[i + 1].has(.joinsPrevious), !tokens[i + 1].has(.capitalised),
           BoundaryNouns.keys.contains(tokens[i + 1].key) {
            let n = i + 2
            let modifier = n < tokens.count && tokens[n].has(.joinsPrevious) && !tokens[n].has(.capitalised)
                && tokens[n].has(.hasLetter) && !tokens[n].has(.hasDigit) && !lexicon.closedWords.contains(tokens[n].key)
            if !modifier { return true }
        }
        for (r, e) in parts {
            guard let e, e.role == .name || e.role == .seat, e.kind != .unknown else { continue }
            let k = NameKey.of(buf, r)
            candidates.append(ActorCandidate(tokens: i..<(i + 1), range: r, kind: e.kind, name: e.name, key: k,
                                             wordKeys: [k], personEvidence: false, fixed: true))
        }
        return true
    }

    func compoundHasListedPart(_ i: Int) -> Bool {
        let t = tokens[i]
        var s = t.start
        for j in t.start...t.end where j == t.end || buf[j] == 0x2D {
            if s < j, Bytes.isASCIIUpper(buf[s]), lexicon.phrase(NameKey.of(buf, s..<j), allCaps: false) != nil { return true }
            s = j + 1
        }
        return false
    }

    func leadingParticle(_ i: Int, end b: Int) -> Bool {
        guard lexicon.particles.contains(tokens[i].key), i + 1 < b, tokens[i + 1].has(.joinsPrevious),
              tokens[i + 1].has(.capitalised), isNameWord(i + 1), phraseMatch(at: i + 1, end: b) == nil else { return false }
        return i == 0 || !tokens[i - 1].has(.capitalised) || !tokens[i].has(.joinsPrevious)
    }

    /// "al-Assad", "bin-Talal": a lowercase particle joined by a hyphen to a capitalised name.
    func startsLowercaseName(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.has(.hyphenated), !t.has(.capitalised) else { return false }
        var j = t.start
        while j < t.end, j - t.start < 4, buf[j] != 0x2D { j += 1 }
        guard j + 1 < t.end, buf[j] == 0x2D, Bytes.isASCIIUpper(buf[j + 1]) else { return false }
        return lexicon.particles.contains(NameKey.of(buf, t.start..<j))
    }

    /// Could this word be part of a name in the current sentence?
    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.has(.hasLetter), t.has(.capitalised) || startsLowercaseName(i) else { return false }
        // Model names and plural acronyms ("F-16s", "UAVs") are things, not actors.
        if t.has(.pluralAcronym) || (t.has(.hasDigit) && !t.has(.domain)) || t.has(.contraction) { return false }
        if t.has(.initial) { return true }
        if lexicon.closedWords.contains(t.key) { return false }
        if t.has(.hyphenated), isHyphenatedCommonWord(i) { return false }
        // A capital letter standing alone ("X, Y and Z") is a placeholder, not an initial.
        if t.end - t.start == 1, !t.has(.hasDigit) { return false }
        if t.has(.hyphenated), isPartyLabel(t) { return false }
        if isPeopleWord(t) { return false }
        // Headline capitals read case-insensitively: "HAPPENING" is an ordinary word.
        if t.has(.allCaps), t.end - t.start >= 3, lexicon.dictionaryWords.contains(t.key), lexicon.phrase(t.key, allCaps: true) == nil,
           !lexicon.organizationHeads.contains(t.key) { return false }
        if lexicon.calendarWords.contains(t.key) {
            // "Theresa May": a calendar word after a given name is a surname.
            guard i > 0, t.has(.joinsPrevious), lexicon.givenNames.contains(tokens[i - 1].key),
                  tokens[i - 1].has(.capitalised) else { return false }
        }
        switch strict {
        case .prose: return true
        case .titleCase:
            if known[IntegerKey(t.key)] != nil { return true }
            return !lexicon.dictionaryWords.contains(t.key) && !t.has(.allCaps)
        case .allCaps:
            return false
        }
    }

    /// "Anti-Fraud" in "National Anti-Fraud Office": a prefixed compound inside a capitalised run that
    /// goes on to an organisation's head word is part of that organisation's name.
    func prefixedCompoundInsideOrganization(_ j: Int, end b: Int) -> Bool {
        let t = tokens[j]
        guard t.has(.capitalised), t.has(.hyphenated), !t.has(.possessive), isHyphenatedCommonWord(j) else { return false }
        var k = j + 1
        while k < b, k <= j + 4, tokens[k].has(.joinsPrevious), tokens[k].has(.capitalised), !tokens[k - 1].has(.possessive) {
            if lexicon.organizationHeads.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    /// "Democratic-leaning", "T-shirts", "Anti-Trump", "Ex-wife": a compound that ends in an ordinary
    /// lowercase word, or opens with a prefix, is an adjective or a common noun, not a name.
    func isHyphenatedCommonWord(_ i: Int) -> Bool {
        let t = tokens[i]
        var firstEnd = t.start
        while firstEnd < t.end, buf[firstEnd] != 0x2D { firstEnd += 1 }
        if HyphenPrefixes.keys.contains(NameKey.of(buf, t.start..<firstEnd)) { return true }
        var lastStart = t.end
        while lastStart > t.start, buf[lastStart - 1] != 0x2D { lastStart -= 1 }
        guard lastStart > t.start, t.end - lastStart >= 4, Bytes.isASCIILower(buf[lastStart]) else { return false }
        let last = NameKey.of(buf, lastStart..<t.end)
        return lexicon.dictionaryWords.contains(last) && !lexicon.givenNames.contains(last)
    }

    /// "R-S.C.", "D-NY", "I-Vt": a lawmaker's party letter joined to a state is a label, not an actor.
    func isPartyLabel(_ t: WordToken) -> Bool {
        guard t.end - t.start >= 3, buf[t.start + 1] == 0x2D else { return false }
        let p = buf[t.start]
        guard p == UInt8(ascii: "R") || p == UInt8(ascii: "D") || p == UInt8(ascii: "I") else { return false }
        return t.end - t.start <= 8 && Bytes.isASCIIUpper(buf[t.start + 2])
    }

    /// "Iowans", "Californians": the people of a listed place, a people word and never one actor.
    func isPeopleWord(_ t: WordToken) -> Bool {
        guard t.end - t.start >= 6, buf[t.end - 1] == UInt8(ascii: "s"), buf[t.end - 2] == UInt8(ascii: "n") else { return false }
        guard let e = lexicon.phrases[NameKey.of(buf, t.start..<(t.end - 2))] else { return false }
        return e.role == .place || e.role == .name && e.kind == .state
    }

    /// A sentence-initial word that is an ordinary English word and starts no longer name: set aside.
    func isOrdinaryInitial(_ i: Int, end b: Int) -> Bool {
        let t = tokens[i]
        guard !t.has(.allCaps), lexicon.dictionaryWords.contains(t.key) || (t.has(.hyphenated) && isOrdinaryWord(i)) else { return false }
        let next = i + 1
        guard next < b, tokens[next].has(.joinsPrevious), !t.has(.possessive),
              isNameWord(next) || phraseMatch(at: next, end: b) != nil else { return true }
        if lexicon.givenNames.contains(t.key) || lexicon.titleHeads.contains(t.key)
            || lexicon.titleModifiers.contains(t.key) { return false }
        // Keep it when the words after it make an organisation or a title ("National Security Council").
        var j = next
        while j < b, tokens[j].has(.joinsPrevious), isNameWord(j) {
            if lexicon.organizationHeads.contains(tokens[j].key) || lexicon.titleHeads.contains(tokens[j].key) { return false }
            if tokens[j].has(.possessive) { break }
            j += 1
        }
        return true
    }

    /// How many glue tokens (a particle, or a connector inside an organisation's or a title's name) stand
    /// at `j` before the next name word; nil when none.
    func glue(at j: Int, after last: NameSequence.Element, end b: Int) -> Int? {
        let t = tokens[j]
        guard t.has(.joinsPrevious), !t.has(.capitalised), j + 1 < b else { return nil }
        if lexicon.particles.contains(t.key) {
            var k = j + 1
            while k < b, !tokens[k].has(.capitalised), lexicon.particles.contains(tokens[k].key), tokens[k].has(.joinsPrevious) { k += 1 }
            guard k < b, tokens[k].has(.joinsPrevious), tokens[k].has(.capitalised) else { return nil }
            if case .phrase = last { return nil }
            return k - j
        }
        if t.key == Glue.and, andJoinsInstitutionName(at: j, end: b) { return 1 }
        guard t.key == Glue.of || t.key == Glue.for || t.key == Glue.on || t.key == Glue.amp else { return nil }
        let head: Bool
        switch last {
        case .word(let w): head = lexicon.organizationHeads.contains(tokens[w].key) || lexicon.titleHeads.contains(tokens[w].key)
            || (t.key == Glue.for && namesAGroup(w))
        case .phrase(let e, let r): head = (e.kind == .organization && e.role == .name)
            || (t.key == Glue.for && e.role == .demonym && namesAGroup(r.upperBound - 1))
        case .glue: head = false
        }
        // "Democracy for America", "Hillary for America": a name, "for" and a state closing the run name a
        // campaign or advocacy group; "Gun Owners of America": a capitalised plural after another name word,
        // "of" and a state name an association of those people.
        let forState = (t.key == Glue.for && forStateClosesRun(j, end: b))
            || (t.key == Glue.of && associationOfState(last, connector: j, end: b))
        guard head || forState || t.key == Glue.amp else { return nil }
        var k = j + 1
        // "Committee for the Future", "Citizens for a Sound Economy": an article may follow the connector.
        if tokens[k].key == Glue.the || tokens[k].key == Glue.a || tokens[k].key == Glue.an, !tokens[k].has(.capitalised), k + 1 < b { k += 1 }
        guard tokens[k].has(.joinsPrevious), tokens[k].has(.capitalised), isNameWord(k) || phraseMatch(at: k, end: b) != nil
        else { return nil }
        // "rallies Democrats for Clinton": a group is named for a cause or a place, never for a person; so
        // after a people noun the words after "for" must be ordinary words or a listed place.
        if t.key == Glue.for, !forState {
            if let (e, _) = phraseMatch(at: k, end: b) {
                if e.kind == .person { return nil }
            } else {
                var m = k
                var unknownWords = 0
                while m < b, m == k || tokens[m].has(.joinsPrevious), tokens[m].has(.capitalised) {
                    if !lexicon.dictionaryWords.contains(tokens[m].key) { unknownWords += 1 }
                    m += 1
                }
                // After a people noun every word must be ordinary; after a body's head a lone surname-like
                // word is a person the body acts for, not part of its name.
                if unknownWords > 0, !isHeadFor(last) || m - k == 1 { return nil }
            }
        }
        return k - j
    }

    /// An organisation's head word or name before a connector (not a people noun).
    func isHeadFor(_ last: NameSequence.Element) -> Bool {
        switch last {
        case .word(let w): return lexicon.organizationHeads.contains(tokens[w].key) || lexicon.titleHeads.contains(tokens[w].key)
        case .phrase(let e, _): return e.kind == .organization && e.role == .name
        case .glue: return false
        }
    }

    /// "Communications Workers of America": the word before the connector at `j` is a capitalised plural of
    /// an ordinary noun, after at least one other name word, and a listed state closes the run.
    func associationOfState(_ last: NameSequence.Element, connector j: Int, end b: Int) -> Bool {
        guard case .word(let w) = last, w > 0, tokens[w].has(.joinsPrevious), tokens[w - 1].has(.capitalised),
              !tokens[w - 1].has(.possessive), namesAGroup(w) else { return false }
        return forStateClosesRun(j, end: b)
    }

    /// After the connector at `j`, a listed state and then no further capitalised word.
    func forStateClosesRun(_ j: Int, end b: Int) -> Bool {
        guard j + 1 < b, let (e, n) = phraseMatch(at: j + 1, end: b), e.kind == .state, e.role == .name else { return false }
        let after = j + 1 + n
        return after >= b || !tokens[after].has(.joinsPrevious) || !tokens[after].has(.capitalised)
    }

    /// "Veterans", "Americans", "Citizens": a capitalised plural of a common or people noun, which with
    /// "for" opens the name of an advocacy group ("Citizens for Clean Water").
    func namesAGroup(_ w: Int) -> Bool {
        let t = tokens[w]
        guard t.has(.capitalised), !t.has(.allCaps), !t.has(.possessive), t.end - t.start >= 5, buf[t.end - 1] == 0x73 else { return false }
        var singular = NameKey()
        singular.add(buf, t.start..<(t.end - 1))
        return lexicon.dictionaryWords.contains(singular.value) || lexicon.phrase(singular.value, allCaps: false)?.role == .demonym
            || lexicon.phrase(t.key, allCaps: false)?.role == .demonym
    }

    /// The longest configured, listed or (in headlines) document-known phrase starting at `j`.
    func phraseMatch(at j: Int, end b: Int) -> (ActorLexicon.Entry, Int)? {
        let first = tokens[j]
        guard first.has(.capitalised) || first.has(.allCaps) || startsLowercaseName(j) else { return nil }
        let limit = min(b, j + maxPhraseTokens)
        guard let lastEnd = lastPhraseEnd(from: j, limit: limit) else { return nil }
        let allCaps = first.has(.allCaps)
        // The first word's key is the tokenizer's (a word's key is that of its own bytes): most runs are one
        // capitalised word, and hashing it again was most of what a match cost.
        var ending = first.key
        var best: (ActorLexicon.Entry, Int)? = nil
        var k = j
        while true {
            let t = tokens[k]
            if t.has(.capitalised) || t.has(.allCaps) || t.has(.hasDigit),
               let e = phraseEntry(ending, words: k - j + 1, allCaps: allCaps) {
                best = (e, k - j + 1)
            }
            k += 1
            guard k <= lastEnd else { return best }
            ending = NameKey.of(buf, tokens[k].start..<tokens[k].end, after: ending)
        }
    }

    /// The configured, listed or (in headlines) document-known phrase with key `key`, read as `words` words.
    /// Keys ignore spaces, so "I Ran" has the key of "Iran": a listed name is never matched by more separate
    /// words than it has ("Kim Jong-un" may join words of "Kim Jong Un", not split).
    @inline(__always) func phraseEntry(_ key: UInt64, words: Int, allCaps: Bool) -> ActorLexicon.Entry? {
        if let e = configured[key], !(e.capsOnly && !allCaps), words <= max(e.tokens, 1) { return e }
        if let e = lexicon.phrase(key, allCaps: allCaps), words <= max(e.tokens, 1) { return e }
        if strict != .prose, let e = known[IntegerKey(key)], words <= max(e.tokens, 1) { return e }
        return nil
    }

    /// The last word a phrase starting at `j` can end on: the last capitalised, all-caps or digit-holding word
    /// of the run of joined words (up to a possessive) before `limit`; nil when there is none. Prose runs on
    /// in lowercase words up to the longest phrase's length after nearly every capitalised word, and hashing
    /// those for lookups that are never made was most of what a phrase match cost.
    @inline(__always) func lastPhraseEnd(from j: Int, limit: Int) -> Int? {
        var last: Int? = nil
        var k = j
        while k < limit {
            let t = tokens[k]
            if k > j, !t.has(.joinsPrevious) { break }
            if t.has(.capitalised) || t.has(.allCaps) || t.has(.hasDigit) { last = k }
            if t.has(.possessive) { break }
            k += 1
        }
        return last
    }

    func candidate(_ r: Range<Int>, kind: ActorKind, name: String?, person: Bool, fixed: Bool) -> ActorCandidate {
        // The first word's key is the tokenizer's (that of its own bytes), not hashed again.
        var key = tokens[r.lowerBound].key
        var words: [UInt64] = []
        // Made at its size: appended word by word, a name's keys were regrown (~320 instructions) once or twice.
        // (Not through a closure: one capturing the pass copied the whole pass where this is inlined.)
        words.reserveCapacity(r.count)
        words.append(key)
        for i in r.dropFirst() {
            key = NameKey.of(buf, tokens[i].start..<tokens[i].end, after: key)
            words.append(tokens[i].key)
        }
        return ActorCandidate(tokens: r, range: tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end,
                              kind: kind, name: name, key: key, wordKeys: words, personEvidence: person,
                              fixed: fixed)
    }
}

/// What a document's scans add as they go: its candidates, set-aside words, place names, and the sentence's
/// scoreboard. Held in a class so that the scan and the classifiers are not mutating: a mutating method copied
/// the whole pass (a `memcpy` of ~170 bytes) for each call of a read-only helper (a phrase match, a name-word
/// test), ~170,000 copies for 150 files. Each pass makes its own, and no copy of a pass outlives its reading.
/// (Unchecked: a pass runs on one thread, and the checks would cost what the copies did.)
final class PassFindings {
    @exclusivity(unchecked) var candidates: [ActorCandidate] = []
    @exclusivity(unchecked) var setAside: [Int] = []
    @exclusivity(unchecked) var placeKeys: Set<UInt64> = []
    @exclusivity(unchecked) var line: ResultsLine? = nil
    /// The list `scan` builds each name sequence in, kept empty between sequences (see there).
    @exclusivity(unchecked) var sequenceList: [NameSequence.Element] = []
    /// The list `classifyWords` gathers a name's words in (likewise).
    @exclusivity(unchecked) var wordList: [Int] = []
}

/// Keys of the few connector words name sequences may hold.
enum Glue {
    static let of = NameKey.of("of")
    static let `for` = NameKey.of("for")
    static let on = NameKey.of("on")
    static let amp = NameKey.of("&")
    static let the = NameKey.of("the")
    static let and = NameKey.of("and")
    static let or = NameKey.of("or")
    static let a = NameKey.of("a")
    static let an = NameKey.of("an")
    static let to = NameKey.of("to")
    static let connectors: KeySet = [of, `for`, on, amp]
    static let from = NameKey.of("from")
    static let by = NameKey.of("by")
}

/// Prefixes that make a hyphenated compound an adjective or a common noun ("Anti-Trump", "Ex-wife").
enum HyphenPrefixes {
    static let keys: KeySet = ActorContextWords.keys("HyphenPrefixes")
}
