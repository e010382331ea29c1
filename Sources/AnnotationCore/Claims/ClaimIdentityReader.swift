/// Gives each claim its identity (SPEC §3.4), read from the sentence around the figure once the figure's
/// actors and source are known. A claim whose counted thing cannot be read gets none and is compared with
/// nothing.
enum ClaimIdentityReader {
    static func assign(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation, mentions: [ActorMention],
                       memo: SentenceMemo? = nil) {
        var cache: (sentence: Int, reading: SentenceReading, context: SentenceContext)? = nil
        let date = DocumentDate.read(text)
        let dateline = date.flatMap(DocumentDate.day)
        let story = leadActors(segmentation, mentions: mentions)
        let headline = Self.headline(text, segmentation)
        var read: [Int: [SentenceWord]] = [:]
        var bySentence = ClaimsBySentence()
        for i in figures.indices where figures[i].isClaim {
            guard let s = segmentation.sentenceIndex(containing: figures[i].range.lowerBound) else { continue }
            bySentence.add(i, sentence: s)
            // A headline repeats a figure of its story without the time, source or clause the body gives it:
            // the body's statement is the one compared.
            if let h = headline, h.contains(figures[i].range.lowerBound) { continue }
            if cache?.sentence != s {
                // The sentence before is usually the one just read: its words are not read twice.
                let previous = cache?.sentence == s - 1 ? cache?.reading.words : nil
                let context = SentenceContext(segmentation: segmentation, sentence: s, mentions: mentions,
                                              before: { k in previous ?? Self.words(text, segmentation, k, memo: memo) })
                let here = reading(text, segmentation, s, memo: memo)
                cache = (s, here, context)
                read[s] = here.words
            }
            guard let (_, reading, context) = cache else { continue }
            figures[i].identity = identity(figures[i], reading: reading, sentence: s, mentions: mentions, dateline: dateline,
                                           context: context)
            figures[i].identity?.documentDate = date
            figures[i].identity?.story = story
        }
        // The passes below read sentences this loop has mostly read already.
        let words: (Int) -> [SentenceWord] = { s in read[s] ?? Self.words(text, segmentation, s, memo: memo) }
        ClaimParts.inherit(&figures, bySentence: bySentence, segmentation: segmentation, words: words)
        ClaimAccounts.link(&figures, bySentence: bySentence, segmentation: segmentation, words: words)
    }

    /// The words of one sentence, and what they say about every claim in it.
    static func reading(_ text: SourceText, _ segmentation: Segmentation, _ s: Int, memo: SentenceMemo? = nil) -> SentenceReading {
        guard let memo else { return SentenceReading(words(text, segmentation, s)) }
        let r = segmentation.sentences[s].range
        let (words, facts) = memo.reading(text.bytes, r, read: { proseWords(text, r) }, derive: SentenceReading.facts)
        return SentenceReading(words: words, facts: facts)
    }

    static func words(_ text: SourceText, _ segmentation: Segmentation, _ s: Int, memo: SentenceMemo? = nil) -> [SentenceWord] {
        let r = segmentation.sentences[s].range
        guard let memo else { return proseWords(text, r) }
        return memo.words(text.bytes, r) { proseWords(text, r) }
    }

    /// A sentence longer than a few thousand bytes is a flattened table or a run-on line, not prose a claim can
    /// be read from: it has no words.
    static func proseWords(_ text: SourceText, _ r: Range<Int>) -> [SentenceWord] {
        r.count > 4_000 ? [] : SentenceWords.read(text.bytes, r)
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
        var marks: [(index: Int, mark: String)]
        var evidenceWords: [String]

        init(_ words: [SentenceWord]) {
            self.init(words: words, facts: Self.facts(words))
        }

        init(words: [SentenceWord], facts: SentenceReadingFacts) {
            self.words = words
            marks = facts.marks
            evidenceWords = facts.evidenceWords
        }

        /// What the sentence's words say about every claim in it; no byte offsets, so it holds wherever the
        /// sentence moves.
        static func facts(_ words: [SentenceWord]) -> SentenceReadingFacts {
            SentenceReadingFacts(marks: TimeAnchorReader.marks(words), evidenceWords: CountedThing.evidenceWords(words))
        }
    }

    static func identity(_ f: Figure, words w: [SentenceWord], sentence: Int, mentions: [ActorMention],
                         dateline: CalendarDay? = nil) -> ClaimIdentity? {
        identity(f, reading: SentenceReading(w), sentence: sentence, mentions: mentions, dateline: dateline, context: nil)
    }

    static func identity(_ f: Figure, reading: SentenceReading, sentence: Int, mentions: [ActorMention],
                         dateline: CalendarDay? = nil, context: SentenceContext?) -> ClaimIdentity? {
        let w = reading.words
        guard let first = w.firstIndex(where: { $0.range.upperBound > f.range.lowerBound }),
              first < w.count, w[first].range.lowerBound < f.range.upperBound else { return nil }
        let last = (w.lastIndex { $0.range.lowerBound < f.range.upperBound }) ?? first
        let amount = AmountNoun.governing(w, first: first, figure: f, previous: context?.previousWords)
        guard let head = CountedThing.head(w, last: last, figure: f) ?? amount?.head else { return nil }
        let (form, per, intent) = ClaimFormReader.read(w, first: first, last: last, figure: f)
        let who = participants(f, mentions: mentions, context: context, ownSentenceOnly: amount?.throughIt == true)
        var evidence = CountedThing.evidence(reading.evidenceWords, figure: f)
        if let a = amount { evidence.formUnion(a.evidence) }
        var id = ClaimIdentity(head: head,
                             narrowing: CountedThing.narrowing(w, first: first, last: last, figure: f)
                                 .filter { CountedThing.unitClasses[$0] != head },
                             exclusions: CountedThing.exclusions(w, figure: f),
                             participants: who + places(w, after: last, actors: f.actors),
                             recipients: recipients(who, words: w, mentions: mentions),
                             anchor: TimeAnchorReader.read(w, first: first, last: last, dateline: dateline, marks: reading.marks),
                             form: form, per: per, sentence: sentence, evidence: evidence)
        // The noun of an amount says what a bare number counts ("the toll from the fire reached 29"); else the
        // verb of the figure's own clause.
        id.measure = amount?.measure ?? ClauseMeasure.read(w, first: first, last: last, percent: head == "percent")
        id.isRate = f.rate != nil
        id.intent = intent
        id.currency = f.currency
        id.object = (f.object?.lowercased()).flatMap { ClaimFormWords.notObjects.contains($0) ? nil : $0 }
            ?? (f.currency != nil && f.rate != nil ? id.measure : nil)
        return id
    }

    /// Where the counted event happened, when the clause says so right after the figure: "250,000 people
    /// marched in Madrid", "14 people at the Brussels airport". A place named this way is part of what is
    /// counted even when the actor list does not hold it, and two different places are two events.
    static func places(_ w: [SentenceWord], after last: Int, actors: [String]) -> [String] {
        var k = last + 1
        var out: [String] = []
        while k < w.count, k - last <= 6, !w[k].isClauseEdge {
            if ["in", "at", "near", "outside"].contains(w[k].lower) {
                var j = k + 1
                if j < w.count, w[j].lower == "the" { j += 1 }
                var name: [String] = []
                while j < w.count, w[j].kind == .word, w[j].capitalized, w[j].facts.isDisjoint(with: [.month, .weekday]) {
                    name.append(w[j].text)
                    j += 1
                }
                if !name.isEmpty {
                    let place = name.joined(separator: " ")
                    if !actors.contains(where: { $0.contains(place) || place.contains($0) }) { out.append(place) }
                    return out
                }
            }
            k += 1
        }
        return out
    }

    /// The participants named right after "to" or "into" in the sentence: the receiving side of a supply,
    /// a transfer or a deployment.
    static func recipients(_ who: [String], words w: [SentenceWord], mentions: [ActorMention]) -> [String] {
        guard let lo = w.first?.range.lowerBound, let hi = w.last?.range.upperBound, !who.isEmpty else { return [] }
        var out = Set<String>()
        for m in mentions.starting(in: lo..<hi) where who.contains(m.name) {
            var k = (w.lastIndex { $0.range.upperBound <= m.range.lowerBound }) ?? -1
            if k >= 0, w[k].lower == "the" { k -= 1 }
            if k >= 0, ["to", "into"].contains(w[k].lower) { out.insert(m.name) }
        }
        return out.sorted()
    }

    /// The figure's actors without its source: who states a figure is not what the figure is about, so
    /// police and organisers giving two crowd sizes for one march are about the same quantity. Only actors
    /// its own sentence names, or the sentence before it in its paragraph (a question and its answer, a
    /// subject carried on by "it"), take part: an actor named elsewhere in the paragraph is the subject of
    /// another statement.
    static func participants(_ f: Figure, mentions: [ActorMention], context: SentenceContext? = nil, ownSentenceOnly: Bool = false) -> [String] {
        var speakers = Set<String>()
        if let a = f.source.actor { speakers.insert(a) }
        if let r = f.source.range { for m in mentions.starting(in: r) where m.range.upperBound <= r.upperBound { speakers.insert(m.name) } }
        var actors = f.actors.filter { !speakers.contains($0) }
        if let c = context { actors = actors.filter { (ownSentenceOnly ? c.namedHere : c.namedNearby).contains($0) } }
        return actors
    }
}

/// The sentence of a figure among its neighbours: which actors the sentence and the one before it name, and
/// the words of the one before (for "it" and for lists that carry on its subject).
struct SentenceContext {
    /// Names in text order, repeats kept: a sentence names a few actors, and a figure asks of its own few
    /// whether they are among them, which a short array answers sooner than a hashed set is built.
    var namedNearby: [String]
    var namedHere: [String]
    var previousWords: [SentenceWord]?

    init(segmentation: Segmentation, sentence s: Int, mentions: [ActorMention], before: (Int) -> [SentenceWord]) {
        let here = segmentation.sentences[s]
        var lo = here.range.lowerBound
        var previous: [SentenceWord]? = nil
        if s > 0, segmentation.sentences[s - 1].paragraph == here.paragraph {
            lo = segmentation.sentences[s - 1].range.lowerBound
            previous = before(s - 1)
        }
        namedNearby = mentions.starting(in: lo..<here.range.upperBound).map(\.name)
        namedHere = mentions.starting(in: here.range).map(\.name)
        previousWords = previous
    }
}
