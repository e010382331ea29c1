/// Gives each claim its identity (SPEC §3.4), read from the sentence around the figure once the figure's
/// actors and source are known. A claim whose counted thing cannot be read gets none and is compared with
/// nothing.
enum ClaimIdentityReader {
    static func assign(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation, mentions: [ActorMention],
                       memo: SentenceMemo? = nil, tokens: SentenceTable<[Token]> = SentenceTable()) {
        let parts = readSentences(figures, text: text, segmentation: segmentation, memo: memo, tokens: tokens)
        assign(&figures, parts, segmentation: segmentation, mentions: mentions, memo: memo)
    }

    /// The sentences' part of the claims' identities, read from the figures as the scan left them (neither
    /// their sources nor their actors): the analyser reads it beside provenance.
    struct SentenceParts {
        let date: String?
        /// `date` as a day, as the sentences' part read it.
        let dateline: CalendarDay?
        let bySentence: ClaimsBySentence
        /// Per sentence, its claims that are read (those outside the headline), and what the sentence says of them.
        let read: SentenceTable<[Int]>
        let facts: SentenceTable<SentenceClaims>

        /// The clause around each read claim (`ClaimActors.clauseRange`) by index into the document's
        /// figures, as the sentence cache kept it; nil for a figure that is no read claim. Read through a
        /// sentence memo only.
        func clauses(figureCount: Int) -> [Range<Int>?] {
            var out = [Range<Int>?](repeating: nil, count: figureCount)
            for s in bySentence.order {
                guard let read = read[s], let claims = facts[s], claims.holdsClauses else { continue }
                for (n, i) in read.enumerated() where i < figureCount { out[i] = claims.clause(n) }
            }
            return out
        }
    }

    /// `tokens`: the figure scan's tokens of the sentences it kept them for (`FigureScanner.scan`), whose
    /// words' lowered forms and facts the sentences' words take instead of lowering and looking them up again.
    static func readSentences(_ figures: [Figure], text: SourceText, segmentation: Segmentation,
                              memo: SentenceMemo?, tokens: SentenceTable<[Token]> = SentenceTable()) -> SentenceParts {
        let date = DocumentDate.read(text)
        let dateline = date.flatMap(DocumentDate.day)
        let headline = Self.headline(text, segmentation)
        let bySentence = ClaimsBySentence(figures, segmentation: segmentation)
        var reader = SentenceReader(text: text, segmentation: segmentation, memo: memo, tokens: tokens)
        var read = SentenceTable<[Int]>()
        var facts = SentenceTable<SentenceClaims>()
        read.reserveCapacity(bySentence.order.count)
        facts.reserveCapacity(bySentence.order.count)
        for s in bySentence.order {
            // A headline repeats a figure of its story without the time, source or clause the body gives it:
            // the body's statement is the one compared. (The sentence's own list when none is in it: a copy
            // per sentence was made, and freed, on every edit of a large buffer.)
            let all = bySentence.claims[s] ?? []
            let inHeadline = { (i: Int) in headline?.contains(figures[i].range.lowerBound) ?? false }
            let claims = all.contains(where: inHeadline) ? all.filter { !inHeadline($0) } : all
            read[s] = claims
            facts[s] = sentenceClaims(claims, of: figures, sentence: s, dateline: dateline, reader: &reader)
        }
        return SentenceParts(date: date, dateline: dateline, bySentence: bySentence, read: read, facts: facts)
    }

    /// The identities, from the sentences' part and each claim's actors and the document's story.
    static func assign(_ figures: inout [Figure], _ parts: SentenceParts, segmentation: Segmentation,
                       mentions: [ActorMention], memo: SentenceMemo?) {
        let lead = leadActors(segmentation, mentions: mentions)
        let story = memo?.story(lead) ?? lead
        let facts = parts.facts
        let date = parts.date
        for s in parts.bySentence.order {
            guard let read = parts.read[s], !read.isEmpty, let claims = facts[s] else { continue }
            // Read anew only when the sentence cache holds none filed from what these identities read.
            let place = SentencePlace(s, in: segmentation)
            let boxes: [IdentityBox?]
            if let filed = claims.filed, filed.hold(for: place, read: read, figures: figures, mentions: mentions, date: date, story: story) {
                boxes = filed.boxes
            } else {
                boxes = identities(read, of: figures, claims: claims, at: place, date: date, story: story, mentions: mentions)
                if let memo {
                    // The key the part was found under, made again: few sentences of an edit are read anew,
                    // and keeping every sentence's key until here made (and freed) one per sentence.
                    let key = claimsKey(read, of: figures, sentence: s, dateline: parts.dateline, segmentation: segmentation, memo: memo)
                    memo.file(FiledIdentities(boxes, of: place, read: read, figures: figures, mentions: mentions, date: date, story: story),
                              under: key)
                }
            }
            for (n, i) in read.enumerated() { figures[i].setIdentity(boxes[n]) }
        }
        ClaimParts.inherit(&figures, bySentence: parts.bySentence, segmentation: segmentation,
                           opensWithPartitive: { facts[$0]?.opensWithPartitive ?? false })
        ClaimAccounts.link(&figures, bySentence: parts.bySentence, segmentation: segmentation, marker: { facts[$0]?.marker })
    }

    /// The identities of the claims `read` (indices into `figures`) of the sentence at `place`, boxed as they are
    /// filed; nil for a claim whose counted thing could not be read.
    static func identities(_ read: [Int], of figures: [Figure], claims: SentenceClaims, at place: SentencePlace, date: String?,
                           story: Set<String>, mentions: [ActorMention]) -> [IdentityBox?] {
        let context = SentenceContext(place, mentions: mentions)
        return read.indices.map { n in
            // The reading is tested, then read in place: binding it copied the identity it holds, and the
            // identity was copied twice more on its way into the box (~400 instructions each).
            guard claims.readings[n] != nil else { return nil }
            return IdentityBox(identity(read[n], of: figures, reading: n, claims: claims, sentence: place.sentence,
                                        mentions: mentions, context: context, date: date, story: story))
        }
    }

    /// The sentence's part of its claims' identities: from the sentence cache when a sentence with the same
    /// key was read before, else read here.
    /// `claims` are indices into `figures`: the figures are copied out only when the sentence is read.
    static func sentenceClaims(_ claims: [Int], of figures: [Figure], sentence s: Int, dateline: CalendarDay?,
                               reader: inout SentenceReader) -> SentenceClaims {
        let segmentation = reader.segmentation
        let previous = previousSentence(s, segmentation)
        guard let memo = reader.memo else {
            return reader.claims(claims, of: figures, sentence: s, previous: previous, dateline: dateline)
        }
        let key = claimsKey(claims, of: figures, sentence: s, dateline: dateline, segmentation: segmentation, memo: memo)
        return memo.claims(key, at: segmentation.sentences[s].range.lowerBound) {
            reader.claims(claims, of: figures, sentence: s, previous: previous, dateline: dateline)
        }
    }

    /// The sentence before `s` in its paragraph, if any: its words are read with `s`'s.
    static func previousSentence(_ s: Int, _ segmentation: Segmentation) -> Int? {
        s > 0 && segmentation.sentences[s - 1].paragraph == segmentation.sentences[s].paragraph ? s - 1 : nil
    }

    /// What the sentence's part of the identities of `claims` (of sentence `s` of the text `memo` analyses)
    /// reads, as the sentence cache's key.
    static func claimsKey(_ claims: [Int], of figures: [Figure], sentence s: Int, dateline: CalendarDay?,
                          segmentation: Segmentation, memo: SentenceMemo) -> SentenceClaimsKey {
        let start = segmentation.sentences[s].range.lowerBound
        return SentenceClaimsKey(bytes: memo.bytes(ofSentence: s, memo.text),
                                 previous: previousSentence(s, segmentation).map { memo.bytes(ofSentence: $0, memo.text) },
                                 dateline: dateline, claims: claims.map { ClaimShape(figures[$0], sentenceStart: start) })
    }

    /// Reads the sentence's part of the identities of `claims` (indices into `figures`, all in this sentence)
    /// and the sentence's facts the passes pairing claims across sentences read.
    static func readClaims(_ claims: [Int], of figures: [Figure], reading: SentenceReading, previous: PreviousWords?,
                           dateline: CalendarDay?) -> SentenceClaims {
        let w = reading.words
        let marker = ClaimAccounts.marker(w).map { m in
            AccountMarker(offset: w[m.index].range.lowerBound, needsTwoSources: m.needsTwoSources,
                          subject: m.needsTwoSources ? w[..<m.index].map(\.lower) : [])
        }
        let shared = ClaimsShared(exclusions: CountedThing.exclusions(w))
        // The claims by index into the document's figures: a list of them copied each figure once more (~280
        // instructions a claim, with its release).
        return SentenceClaims(readings: claims.map { sentenceReading(figures[$0], reading: reading, previous: previous,
                                                                     dateline: dateline, shared: shared) },
                              opensWithPartitive: ClaimParts.opensWithPartitive(w), marker: marker,
                              wordSpan: w.first.map { $0.range.lowerBound..<w[w.count - 1].range.upperBound },
                              recipientStarts: recipientStarts(w))
    }

    /// The words of the sentences the identities read, and their reading facts: through the sentence cache
    /// when there is one; without it, the sentence last read is kept, as it is usually the one before the next.
    struct SentenceReader {
        let text: SourceText
        let segmentation: Segmentation
        let memo: SentenceMemo?
        let tokens: SentenceTable<[Token]>
        private var last: (sentence: Int, words: [SentenceWord])? = nil

        init(text: SourceText, segmentation: Segmentation, memo: SentenceMemo?, tokens: SentenceTable<[Token]> = SentenceTable()) {
            self.text = text
            self.segmentation = segmentation
            self.memo = memo
            self.tokens = tokens
        }

        /// Reads the sentence's part of the identities of `claims`; `previous` is the sentence before in the
        /// same paragraph, if any.
        mutating func claims(_ claims: [Int], of figures: [Figure], sentence s: Int, previous: Int?, dateline: CalendarDay?) -> SentenceClaims {
            let before = previous.map { p in
                if let last, last.sentence == p { return PreviousWords(last.words) }
                return PreviousWords { [text, segmentation, memo, tokens] in
                    ClaimIdentityReader.words(text, segmentation, p, memo: memo, tokens: tokens[p])
                }
            }
            let here = ClaimIdentityReader.reading(text, segmentation, s, memo: memo, tokens: tokens[s])
            last = (s, here.words)
            var read = ClaimIdentityReader.readClaims(claims, of: figures, reading: here, previous: before, dateline: dateline)
            if memo != nil {
                // Kept with the sentence's part: the claims' actors read the clause around each claim on every
                // edit of a large buffer, and it depends on the sentence's bytes and the claim's place alone.
                let sentence = segmentation.sentences[s].range
                read.keepClauses(text.bytes.withUnsafeBufferPointer { buf in
                    claims.map { ClaimActors.clauseRange(buf, sentence, around: figures[$0].range) }
                })
            }
            return read
        }
    }

    /// The words of one sentence, and what they say about every claim in it.
    static func reading(_ text: SourceText, _ segmentation: Segmentation, _ s: Int, memo: SentenceMemo? = nil,
                        tokens: [Token]? = nil) -> SentenceReading {
        guard let memo else { return SentenceReading(words(text, segmentation, s, tokens: tokens), in: text.bytes) }
        let r = segmentation.sentences[s].range
        let (words, facts) = memo.reading(text.bytes, r, read: { proseWords(text, r, tokens: tokens) }, derive: SentenceReading.facts)
        return SentenceReading(words: words, in: text.bytes, facts: facts)
    }

    static func words(_ text: SourceText, _ segmentation: Segmentation, _ s: Int, memo: SentenceMemo? = nil,
                      tokens: [Token]? = nil) -> [SentenceWord] {
        let r = segmentation.sentences[s].range
        guard let memo else { return proseWords(text, r, tokens: tokens) }
        return memo.words(text.bytes, r) { proseWords(text, r, tokens: tokens) }
    }

    /// A sentence longer than a few thousand bytes is a flattened table or a run-on line, not prose a claim can
    /// be read from: it has no words.
    static func proseWords(_ text: SourceText, _ r: Range<Int>, tokens: [Token]? = nil) -> [SentenceWord] {
        r.count > 4_000 ? [] : SentenceWords.read(text.bytes, r, tokens: tokens)
    }

    /// The document's headline: its first paragraph, when that is one short line that does not end as a
    /// sentence does (or a Markdown heading).
    static func headline(_ text: SourceText, _ segmentation: Segmentation) -> Range<Int>? {
        guard let first = segmentation.paragraphs.first?.range, first.count < 240 else { return nil }
        var end = first.upperBound
        while end > first.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(text.bytes[end - 1]) { end -= 1 }
        guard end > first.lowerBound, !text.bytes[first.lowerBound..<end].contains(0x0A) else { return nil }
        let last = text.bytes[end - 1]
        let heading = text.bytes[first.lowerBound] == UInt8(ascii: "#")
        return heading || ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) ? first : nil
    }

    /// How many paragraphs make a document's lead: its headline, a dateline or date line, and the opening
    /// paragraph of the story.
    static let leadParagraphs = 3

    /// The places, events and bodies the lead names: where and what the story is. People are not a setting:
    /// they act in one claim and not in the next.
    static func leadActors(_ segmentation: Segmentation, mentions: [ActorMention]) -> Set<String> {
        guard !segmentation.paragraphs.isEmpty else { return [] }
        let end = segmentation.paragraphs[min(leadParagraphs, segmentation.paragraphs.count) - 1].range.upperBound
        return Set(mentions.prefix { $0.range.lowerBound < end }.filter { $0.kind != .person }.map(\.name))
    }

    /// What a sentence gives every claim in it alike, read once per sentence.
    struct SentenceReading {
        var words: [SentenceWord]
        /// The text the words were read from (the words' ranges are into it).
        var bytes: [UInt8]
        var marks: [(index: Int, mark: String)]
        /// In ascending order (`SentenceReadingFacts`).
        var evidenceWords: [String]

        init(_ words: [SentenceWord], in bytes: [UInt8]) {
            self.init(words: words, in: bytes, facts: Self.facts(words))
        }

        init(words: [SentenceWord], in bytes: [UInt8], facts: SentenceReadingFacts) {
            self.words = words
            self.bytes = bytes
            marks = facts.marks
            evidenceWords = facts.evidenceWords
        }

        /// What the sentence's words say about every claim in it; no byte offsets, so it holds wherever the
        /// sentence moves.
        static func facts(_ words: [SentenceWord]) -> SentenceReadingFacts {
            // Sorted in place: `sorted()` copied the list first.
            var evidence = CountedThing.evidenceWords(words)
            evidence.sort()
            return SentenceReadingFacts(marks: TimeAnchorReader.marks(words), evidenceWords: evidence)
        }
    }

    /// The part of a claim's identity its sentence decides (`previous`: the words of the sentence before in
    /// its paragraph). Nil when the counted thing cannot be read.
    static func sentenceReading(_ f: Figure, reading: SentenceReading, previous: PreviousWords?,
                                dateline: CalendarDay?, shared: ClaimsShared) -> ClaimReading? {
        let w = reading.words
        guard let first = w.firstIndex(where: { $0.range.upperBound > f.range.lowerBound }),
              first < w.count, w[first].range.lowerBound < f.range.upperBound else { return nil }
        let last = (w.lastIndex { $0.range.lowerBound < f.range.upperBound }) ?? first
        let amount = AmountNoun.governing(w, first: first, figure: f, previous: previous)
        guard let head = CountedThing.head(w, last: last, figure: f) ?? amount?.head else { return nil }
        let (form, per, intent) = ClaimFormReader.read(w, first: first, last: last, figure: f)
        // The unit's names, lower-cased once for the claim's evidence and narrowing.
        let unit = CountedThing.UnitNames(f)
        var evidence = CountedThing.evidence(sorted: reading.evidenceWords, unit: unit)
        if let a = amount { evidence.formUnion(a.evidence) }
        // The noun of an amount says what a bare number counts ("the toll from the fire reached 29"); else the
        // verb of the figure's own clause.
        let measure = amount?.measure ?? ClauseMeasure.read(w, first: first, last: last, percent: head == "percent")
        let object = (f.object?.lowercased()).flatMap { ClaimFormWords.notObjects.contains($0) ? nil : $0 }
            ?? (f.currency != nil && f.rate != nil ? measure : nil)
        // The identity is made whole in the reading's making, never held in a variable: one made and then filled
        // in was copied on its way into the reading, or the reading on its way out (~1,400 instructions a claim).
        return ClaimReading(identity: ClaimIdentity(head: head,
                                                    narrowing: CountedThing.narrowing(w, first: first, last: last, unit: unit)
                                                        .filter { CountedThing.unitClasses[$0] != head },
                                                    exclusions: shared.exclusions,
                                                    participants: [],
                                                    anchor: TimeAnchorReader.read(w, first: first, last: last, dateline: dateline,
                                                                                  marks: reading.marks),
                                                    form: form, per: per, sentence: 0, evidence: evidence,
                                                    measure: measure, isRate: f.rate != nil, currency: f.currency, intent: intent,
                                                    object: object),
                            ownSentenceOnly: amount?.throughIt == true, place: place(w, after: last, in: reading.bytes))
    }

    /// The claim's identity: its sentence's reading joined with what the document says of its actors.
    /// `n`: the claim's reading among the sentence's (it has one), read where it is kept.
    /// `i`: the claim's figure, read where it is kept (a figure passed whole was copied, ~280 instructions).
    static func identity(_ i: Int, of figures: [Figure], reading n: Int, claims: SentenceClaims, sentence: Int,
                         mentions: [ActorMention], context: SentenceContext, date: String?, story: Set<String>) -> ClaimIdentity {
        var id = claims.readings[n]!.identity
        let who = participants(figures[i].actors, source: figures[i].source, mentions: mentions, context: context,
                               ownSentenceOnly: claims.readings[n]!.ownSentenceOnly)
        id.participants = who
        if let p = claims.readings[n]!.place, !figures[i].actors.contains(where: { holds($0, p) || holds(p, $0) }) {
            id.participants.append(p)
        }
        id.recipients = recipients(who, claims: claims, mentions: mentions)
        id.sentence = sentence
        id.documentDate = date
        id.story = story
        return id
    }

    /// What the claims of one sentence read alike, made once for the sentence: its exclusions (they name no
    /// figure).
    struct ClaimsShared {
        let exclusions: [String]
    }

    /// Where the counted event happened, when the clause says so right after the figure: "250,000 people
    /// marched in Madrid", "14 people at the Brussels airport". A place named this way is part of what is
    /// counted even when the actor list does not hold it (the document's part leaves it out when a figure's
    /// actor names it), and two different places are two events.
    /// `a.contains(b)`: for two ASCII names, by their bytes (`contains` goes through Foundation's
    /// `range(of:)`, a tenth of what an edit's identities cost); else as before.
    static func holds(_ a: String, _ b: String) -> Bool {
        let answer = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in asciiContains(x, y) } ?? nil
        } ?? nil
        return answer ?? a.contains(b)
    }

    /// Whether ASCII bytes `x` hold ASCII bytes `y`; nil when `y` is empty or either has a non-ASCII byte.
    static func asciiContains(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !y.isEmpty, !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
        guard y.count <= x.count else { return false }
        let first = y[0]
        for i in 0...(x.count - y.count) where x[i] == first {
            var k = 1
            while k < y.count, x[i + k] == y[k] { k += 1 }
            if k == y.count { return true }
        }
        return false
    }

    static let placePrepositions: WordSet = ["in", "at", "near", "outside"]

    /// The lengths of `placePrepositions`' words, as bits: a word of another length is none of them.
    static let placePrepositionLengths: UInt64 = placePrepositions.reduce(0) { $0 | 1 << UInt64($1.count) }

    /// Asked of the words after every figure: only a word of a preposition's length is looked up.
    static func isPlacePreposition(_ w: [SentenceWord], _ k: Int) -> Bool {
        w[k].length < 64 && placePrepositionLengths & 1 << UInt64(w[k].length) != 0 && placePrepositions.contains(w[k].lower)
    }

    /// `bytes`: the text the words were read from; the name is given as written.
    static func place(_ w: [SentenceWord], after last: Int, in bytes: [UInt8]) -> String? {
        var k = last + 1
        while k < w.count, k - last <= 6, !w[k].isClauseEdge {
            if isPlacePreposition(w, k) {
                var j = k + 1
                if j < w.count, w[j].spells("the") { j += 1 }
                // The words' bytes joined by spaces decode as the words decoded one by one and joined.
                var name: [UInt8] = []
                while j < w.count, w[j].kind == .word, w[j].capitalized, w[j].facts.isDisjoint(with: [.month, .weekday]) {
                    if !name.isEmpty { name.append(0x20) }
                    name.append(contentsOf: bytes[w[j].range])
                    j += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            k += 1
        }
        return nil
    }

    /// Where in the sentence a mention must start to be named right after "to" or "into" (a "the" between
    /// them allowed): after such a word and before the end of the next.
    static func recipientStarts(_ w: [SentenceWord]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for k in w.indices.dropLast() {
            let j = w[k].length == 3 && w[k].lower == "the" ? k - 1 : k
            if j >= 0, isToOrInto(w[j]) { out.append(w[k].range.upperBound..<w[k + 1].range.upperBound) }
        }
        return out
    }

    /// Asked of every word of a sentence: the length is tested before the spelling.
    static func isToOrInto(_ x: SentenceWord) -> Bool {
        (x.length == 2 && x.lower == "to") || (x.length == 4 && x.lower == "into")
    }

    /// The participants named right after "to" or "into" in the sentence: the receiving side of a supply,
    /// a transfer or a deployment.
    static func recipients(_ who: [String], claims: SentenceClaims, mentions: [ActorMention]) -> [String] {
        guard let span = claims.wordSpan, !who.isEmpty, claims.hasRecipientStarts else { return [] }
        var out = Set<String>()
        for m in mentions.starting(in: span) where who.contains(m.name) {
            if claims.startsRecipient(at: m.range.lowerBound) { out.insert(m.name) }
        }
        return out.sorted()
    }

    /// The figure's actors without its source: who states a figure is not what the figure is about, so
    /// police and organisers giving two crowd sizes for one march are about the same quantity. Only actors
    /// its own sentence names, or the sentence before it in its paragraph (a question and its answer, a
    /// subject carried on by "it"), take part: an actor named elsewhere in the paragraph is the subject of
    /// another statement.
    /// `actors` and `source`: the figure's (given apart: the whole figure was copied to be read).
    static func participants(_ actors: [String], source: SourceAttribution, mentions: [ActorMention], context: SentenceContext? = nil,
                             ownSentenceOnly: Bool = false) -> [String] {
        guard !actors.isEmpty else { return [] }
        // A source names one or two speakers: each actor is tested against them where they stand, with no
        // list of them (or of the actors left) made per claim.
        func speaks(_ name: String) -> Bool {
            if source.actor == name { return true }
            guard let r = source.range else { return false }
            return mentions.starting(in: r).contains { $0.range.upperBound <= r.upperBound && $0.name == name }
        }
        let named = context.map { ownSentenceOnly ? $0.namedHere : $0.namedNearby }
        return actors.filter { !speaks($0) && (named?.contains($0) ?? true) }
    }
}

/// The sentence of a figure among its neighbours: which actors the sentence and the one before it name.
struct SentenceContext {
    /// Names in text order, repeats kept: a sentence names a few actors, and a figure asks of its own few
    /// whether they are among them, which a short array answers sooner than a hashed set is built.
    var namedNearby: ArraySlice<String>
    /// The end of `namedNearby`: the sentence ends where its neighbourhood does, and mentions are in text order.
    var namedHere: ArraySlice<String>

    init(_ place: SentencePlace, mentions: [ActorMention]) {
        let from = mentions.firstIndex(startingAtOrAfter: place.nearby.lowerBound)
        let here = mentions.firstIndex(startingAtOrAfter: place.start)
        let end = mentions.firstIndex(startingAtOrAfter: place.nearby.upperBound)
        let names = mentions[from..<end].map(\.name)
        namedNearby = names[...]
        namedHere = names[(here - from)...]
    }
}
