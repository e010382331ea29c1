/// What the passes that read one sentence and nothing else found in each sentence of a document, keyed by
/// exactly what they read (the sentence's bytes, and for the figure scan the non-prose ranges, footnote
/// references and page-furniture flag that reach into it; for the claims' identities the sentence before,
/// the document's dateline and the claims as the scan left them; for the actor recogniser's words the
/// non-prose ranges reaching in). An edit changes a few sentences; handing the
/// cache of the previous analysis to the next one (`Analyzer.analyze(_:id:format:reusing:)`) re-reads only
/// those, and the answers are the ones a fresh analysis gives, because every input of a cached result is in
/// its key. Results are stored with byte offsets relative to their sentence, so a sentence that moved (text
/// typed before it) is found again.
///
/// An immutable value: an analysis reads one and returns a new one holding the sentences of the document it
/// analysed (nothing else, so it never grows past one document). The server's document store owns it.
public struct SentenceCache: Sendable {
    var figures: [FigureScanKey: [Figure]] = [:]
    var words: [SentenceBytes: SentenceWordsEntry] = [:]
    var cues: [CueScanKey: FoundCues] = [:]
    var claims: [SentenceClaimsKey: SentenceClaims] = [:]
    var names: [SentenceNamesKey: SentenceNames] = [:]
    var proseScans: [ProseScanKey: ProseScan] = [:]
    /// The serial the next new entry of `names` gets: never reused, as `proseScans` keys name entries by it.
    var namesSerial = 0
    /// The configured extra source and vague cues the cue entries were found with: another configuration
    /// finds other cues, so its analysis does not read them.
    var cueConfiguration: [[String]] = []
    /// The configured actors the prose scans were made with: they are read before the built-in lists.
    var actorConfiguration: [ActorDefinition] = []
    /// How many sentences the analysis that made this cache scanned anew: those not in the cache it was handed
    /// (a sentence repeated in the document is scanned once).
    public internal(set) var reanalysedSentences = 0
    /// How many sentences the analysis that made this cache read its claims' identities from anew.
    public internal(set) var identitySentencesRead = 0
    /// How many sentences the analysis that made this cache read actor names from anew.
    public internal(set) var namesSentencesRead = 0
    /// How many lookups, in all tables, the analysis that made this cache did: what its document needs. An
    /// analysis adds its new sentences to the tables it was handed rather than copying the ones it used into
    /// new tables; when the tables hold more than `SentenceMemo.kept(lookups:)` entries, the next analysis
    /// keeps only what it uses.
    var lookups = 0
    /// What the analysis that made this cache read of its text as a whole, for the next analysis to start
    /// from where its edit left the text as it was (`SentenceMemo.EarlierKeys`).
    var textState = TextState()

    public init() {}

    /// Sentences held (with their figures): the document's, and sentences of earlier versions of it, up to
    /// about as many again.
    public var count: Int { figures.count }

    /// Entries in all tables.
    var entries: Int { figures.count + words.count + cues.count + claims.count + names.count + proseScans.count }
}

/// One analysis's text and what it read of it beyond single sentences.
struct TextState: Sendable {
    /// The text, and the key made of each range's bytes: the next analysis takes the keys of the ranges an
    /// edit left as they were instead of copying and hashing those bytes again.
    var text: [UInt8] = []
    var keys: [Range<Int>: SentenceBytes] = [:]
    /// The text's sentences, and the key made of each one's bytes (nil where none was asked for).
    var sentences: [Sentence] = []
    var sentenceKeys: [SentenceBytes?] = []
    /// The text's segmentation and format: the next analysis segments again only what its edit changed.
    var segmentation: (Segmentation, DocumentFormat)? = nil
    /// Whether each of its paragraphs is page furniture, where the figure scan asked (nil where not): a
    /// paragraph the next edit leaves as it was is not read again for it.
    var furniture: [Bool?] = []
    /// Each paragraph's quotation marks (relative to its start), where provenance read them.
    var quotes: [SpeechStructure.Quotes?] = []
    /// The story (lead actors) the analysis gave its claims' identities.
    var story: Set<String>? = nil
}

/// Everything the figure scan of one sentence reads besides the lexicons: its bytes, the ranges inside it
/// that are not prose, the footnote references that cover a byte of it, and whether its paragraph is page
/// furniture. Ranges are relative to the sentence's first byte.
struct FigureScanKey: SentenceBytesKey, Sendable {
    var bytes: SentenceBytes
    var excluded: [Range<Int>]
    var footnotes: [Range<Int>]
    var furniture: Bool
}

/// What the attribution cues of one sentence are read from besides the cue lexicon and the actor mentions
/// (which the entry holds, `FoundCues`): its bytes, the non-prose ranges inside it and the first citation
/// overlapping it (with its text, which may run past the sentence). Ranges relative to the sentence's first byte.
struct CueScanKey: SentenceBytesKey, Sendable {
    var bytes: SentenceBytes
    var excluded: [Range<Int>]
    var citation: Range<Int>?
    var citationText: String?
}

/// A sentence cache's key made of a sentence's bytes and what else a pass reads of it, hashed by the bytes
/// alone (equality, synthesised, still compares every part): two keys with the same bytes rarely differ in
/// the rest. The bytes' digest is mixed with the table's seed without a `Hasher` (`SentenceBytes`).
protocol SentenceBytesKey: Hashable {
    var bytes: SentenceBytes { get }
}

extension SentenceBytesKey {
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }

    func _rawHashValue(seed: Int) -> Int { bytes._rawHashValue(seed: seed) }
}

/// A sentence's cues with the actor mentions starting in it that they were found with, relative to its first
/// byte: compared where the mentions stand on each lookup, rather than copied into a key for every sentence
/// of every edit (and freed).
struct FoundCues: Sendable {
    var mentions: [ActorMention]
    var cues: SentenceCues

    func holds(for mentions: ArraySlice<ActorMention>, at start: Int) -> Bool {
        guard self.mentions.count == mentions.count else { return false }
        var j = mentions.startIndex
        for k in self.mentions.indices {
            guard self.mentions[k].range == mentions[j].range.moved(by: -start), self.mentions[k].kind == mentions[j].kind,
                  self.mentions[k].name == mentions[j].name, self.mentions[k].text == mentions[j].text else { return false }
            j += 1
        }
        return true
    }
}

/// A sentence's bytes as a key. Hashed as one block of memory, once: `[UInt8]`'s own hashing feeds the
/// hasher one byte at a time, which made hashing the keys cost more than the scans they saved, and each
/// lookup of an edit hashed the key three times (this analysis's table, the cache handed in, the insertion).
struct SentenceBytes: Hashable, Sendable {
    let bytes: [UInt8]
    /// The bytes' hash, for `hash(into:)`: equal bytes, equal digest (one process, one seed).
    private let digest: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        digest = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The digest mixed with a table's seed, without a `Hasher`: the digest is a hash already, and the
    /// sentence tables are asked three times per sentence and pass on every edit (this analysis's table, the
    /// cache handed in, the insertion). The keys made of a sentence's bytes hash this way (see `IntegerKey`).
    func _rawHashValue(seed: Int) -> Int {
        IntegerKey(digest)._rawHashValue(seed: seed)
    }

    /// Compared as one block of memory too: `[UInt8]`'s own `==` compares byte by byte, and every lookup of an
    /// edit's unchanged sentences ends in such a comparison.
    static func == (a: SentenceBytes, b: SentenceBytes) -> Bool {
        guard a.digest == b.digest, a.bytes.count == b.bytes.count else { return false }
        return a.bytes.withUnsafeBytes { x in
            b.bytes.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}

/// A sentence's words (offsets relative to its start) and, once a claim in it was read, its reading facts.
struct SentenceWordsEntry: Sendable {
    var words: [SentenceWord]
    var facts: SentenceReadingFacts?
}

/// The facts a claim's identity reads from its sentence as a whole, derived from the sentence's words (which
/// hold no byte offsets of their own here: `marks` index the words).
struct SentenceReadingFacts: Sendable {
    var marks: [(index: Int, mark: String)]
    /// `CountedThing.evidenceWords`, in ascending order.
    var evidenceWords: [String]
}

/// One analysis's use of a `SentenceCache`: looks results up in the cache it was handed and in what this
/// analysis has already stored, and collects the new cache. Lives only for one call of the analyzer.
///
/// An edit leaves almost every sentence as it was, so the new cache is the one handed in with the edited
/// sentences added: one lookup per sentence and table, and no table rebuilt. The sentences the edit replaced
/// stay behind; once they are as many as the document's own (`kept(lookups:)`), an analysis starts from
/// empty tables and copies in the entries it uses, which drops them.
final class SentenceMemo {
    /// The cache handed in, when this analysis copies into empty tables what it uses; nil when it adds to
    /// that cache (`next`).
    private let previous: SentenceCache?
    private(set) var next: SentenceCache
    /// Each range's bytes as a key, made once per analysis: every pass looks its sentences up by them.
    private var keys: [Range<Int>: SentenceBytes] = [:]
    /// The document's sentences, once segmented (`use(_:)`), and their keys by index: the passes ask for each
    /// sentence's key several times, and hashing its range into `keys` for each was most of what that cost.
    private var sentences: [Sentence] = []
    private var sentenceKeys: [SentenceBytes?] = []
    /// The sentence last asked for: the passes go through the sentences in order, each asking for a sentence
    /// and the one before it, so the next is nearly always this one or the one after.
    private var lastSentence = 0
    /// The text analysed.
    let text: [UInt8]
    private let earlier: EarlierKeys?
    private var madeSegmentation: (Segmentation, DocumentFormat)? = nil
    private var madeStory: Set<String>? = nil
    private var keptParagraphs: KeptParagraphs? = nil
    private var furniture: [Bool?] = []
    private var quotes: [SpeechStructure.Quotes?] = []

    /// The keys the previous analysis made, and where its text and this one agree: a range within the bytes
    /// both share from their start, or within those they share at their end (moved by `delta`), holds the
    /// same bytes it held then, so its key is the one made then. An edit of a 100 KB buffer copied and hashed
    /// the bytes of every sentence, and of its neighbours, again.
    struct EarlierKeys {
        /// The earlier text and what its analysis read of it.
        let state: TextState
        let prefix: Int
        /// Where the shared end starts in this text.
        let suffixStart: Int
        let delta: Int

        /// Takes the earlier state out of `previous` (the cache this analysis adds to must not carry it on).
        init?(_ previous: inout SentenceCache, text: [UInt8]) {
            let state = previous.textState
            previous.textState = TextState()
            guard !state.keys.isEmpty || !state.sentenceKeys.isEmpty else { return nil }
            self.state = state
            prefix = CommonAffix.prefix(state.text, text)
            suffixStart = text.count - CommonAffix.suffix(state.text, text, notBefore: prefix)
            delta = text.count - state.text.count
        }

        func key(_ range: Range<Int>) -> SentenceBytes? {
            if range.upperBound <= prefix { return known(range) }
            if range.lowerBound >= suffixStart { return known((range.lowerBound - delta)..<(range.upperBound - delta)) }
            return nil
        }

        /// For each of `current` (the new text's sentences, in order): the key the earlier analysis made of
        /// the same bytes, when the sentence lies wholly in the shared start or end and the earlier analysis
        /// had a sentence there. Both lists are in text order: one walk.
        func sentenceKeys(for current: [Sentence]) -> [SentenceBytes?] {
            var out = [SentenceBytes?](repeating: nil, count: current.count)
            var j = 0
            for (i, sentence) in current.enumerated() {
                let r = sentence.range
                let old: Range<Int>
                if r.upperBound <= prefix { old = r } else if r.lowerBound >= suffixStart { old = r.moved(by: -delta) } else { continue }
                while j < state.sentences.count, state.sentences[j].range.lowerBound < old.lowerBound { j += 1 }
                if j < state.sentences.count, state.sentences[j].range == old { out[i] = state.sentenceKeys[j] }
            }
            return out
        }

        /// The earlier text's segmentation and where the two texts agree.
        var earlierSegmentation: EarlierSegmentation? {
            state.segmentation.map { EarlierSegmentation(segmentation: $0.0, format: $0.1, prefix: prefix, suffixStart: suffixStart, delta: delta) }
        }

        /// The key the earlier analysis made of its range `range`, if it made one.
        private func known(_ range: Range<Int>) -> SentenceBytes? {
            if let i = SentenceMemo.index(of: range, in: state.sentences) { return state.sentenceKeys[i] }
            return state.keys[range]
        }
    }

    init(previous: consuming SentenceCache, text: [UInt8], cueConfiguration: [[String]], actors: [ActorDefinition]) {
        self.text = text
        earlier = EarlierKeys(&previous, text: text)
        if previous.cueConfiguration != cueConfiguration {
            previous.cues = [:]
            previous.cueConfiguration = cueConfiguration
        }
        if previous.actorConfiguration != actors {
            previous.proseScans = [:]
            previous.actorConfiguration = actors
        }
        previous.reanalysedSentences = 0
        previous.identitySentencesRead = 0
        previous.namesSentencesRead = 0
        if previous.entries <= Self.kept(lookups: previous.lookups) {
            previous.lookups = 0
            next = previous
            self.previous = nil
            return
        }
        next = SentenceCache()
        next.namesSerial = previous.namesSerial
        next.cueConfiguration = cueConfiguration
        next.actorConfiguration = actors
        next.proseScans.reserveCapacity(previous.proseScans.count + 16)
        // The new tables are allocated once, not grown (growing re-hashes every sentence's bytes).
        next.names.reserveCapacity(previous.names.count + 16)
        next.cues.reserveCapacity(previous.cues.count + 16)
        next.figures.reserveCapacity(previous.figures.count + 16)
        next.words.reserveCapacity(previous.words.count + 16)
        next.claims.reserveCapacity(previous.claims.count + 16)
        self.previous = previous
    }

    private init(next: SentenceCache, previous: SentenceCache?, text: [UInt8], earlier: EarlierKeys?, sentences: [Sentence]) {
        self.next = next
        self.previous = previous
        self.text = text
        self.earlier = earlier
        use(sentences)
    }

    /// `story`, or the earlier analysis's when equal to it: the same set, not an equal one. The workspace
    /// index compares each claim's identity with the one it filed before, and two equal sets that are one
    /// set compare at once; two made apart compared element by element, for every claim of the buffer.
    func story(_ story: Set<String>) -> Set<String> {
        let kept = earlier?.state.story.flatMap { $0 == story ? $0 : nil } ?? story
        madeStory = kept
        return kept
    }

    /// The analysed document's sentences, as segmented, with the keys of those the edit left as they were
    /// taken from the earlier analysis in one walk over both lists (each pass asks for every sentence's key).
    func use(_ sentences: [Sentence]) {
        self.sentences = sentences
        sentenceKeys = earlier?.sentenceKeys(for: sentences) ?? [SentenceBytes?](repeating: nil, count: sentences.count)
    }

    /// The document's segmentation, made from the earlier text's where the edit left it as it was; kept
    /// for the next analysis.
    func segment(_ text: SourceText, format: DocumentFormat) -> Segmentation {
        let (segmentation, kept) = Segmenter.segment(text, format: format, after: earlier?.earlierSegmentation)
        madeSegmentation = (segmentation, format)
        keptParagraphs = kept
        furniture = [Bool?](repeating: nil, count: segmentation.paragraphs.count)
        quotes = [SpeechStructure.Quotes?](repeating: nil, count: segmentation.paragraphs.count)
        use(segmentation.sentences)
        return segmentation
    }

    /// The quotation marks of paragraph `p`, which starts at `start`: as the earlier analysis found them when
    /// the edit left the paragraph as it was, else as `read` finds them; kept relative to the paragraph's start.
    func quotes(of p: Int, at start: Int, read: () -> SpeechStructure.Quotes) -> SpeechStructure.Quotes {
        paragraphAnswer(p, \.quotes, earlier: earlier?.state.quotes) { read().moved(by: -start) }.moved(by: start)
    }

    /// Whether paragraph `p` is page furniture: as the earlier analysis found it when the edit left the
    /// paragraph as it was (same bytes, same non-prose ranges in it), else as `read` finds it.
    func furniture(of p: Int, read: () -> Bool) -> Bool {
        paragraphAnswer(p, \.furniture, earlier: earlier?.state.furniture, read: read)
    }

    /// What this analysis found of paragraph `p` in `table`; else what the earlier analysis found of it,
    /// when the edit left the paragraph as it was (`earlier` is indexed by the earlier paragraphs); else
    /// what `read` finds. Kept in `table` for the rest of this analysis and the next.
    /// Always inlined: each caller's key path is then a literal the compiler reads as the stored property
    /// itself; a call that was not inlined projected it at run time for every sentence (~4 K instructions a
    /// sentence of a large buffer's edit, as much as the figure scan's own cache traffic).
    @inline(__always)
    private func paragraphAnswer<T>(_ p: Int, _ table: ReferenceWritableKeyPath<SentenceMemo, [T?]>, earlier: [T?]?,
                                    read: () -> T) -> T {
        guard p < self[keyPath: table].count else { return read() }
        if let known = self[keyPath: table][p] { return known }
        let kept = keptParagraphs?.earlier(p).flatMap { old in earlier.flatMap { old < $0.count ? $0[old] : nil } }
        let found = kept ?? read()
        self[keyPath: table][p] = found
        return found
    }

    private func sentenceIndex(_ range: Range<Int>) -> Int? {
        for i in lastSentence..<min(lastSentence + 2, sentences.count) where sentences[i].range == range {
            lastSentence = i
            return i
        }
        guard let i = Self.index(of: range, in: sentences) else { return nil }
        lastSentence = i
        return i
    }

    /// The index of the sentence whose range is `range`, by bisection on the sentences' first bytes.
    static func index(of range: Range<Int>, in sentences: [Sentence]) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range == range ? lo : nil
    }

    /// How many entries a cache made with `lookups` lookups may hold before the next analysis drops those
    /// it does not use: twice the document's, and a little room for a short one.
    static func kept(lookups: Int) -> Int { 2 * lookups + 256 }

    /// A memo for the figure scan alone, so that it can run on another thread beside actor recognition:
    /// it takes this memo's figure table (the two never touch one table, and `join` gives it back) and
    /// makes its own sentence keys.
    func splitFigures() -> SentenceMemo {
        let part = lending { swap(&$0.figures, &$1.figures) }
        part.keptParagraphs = keptParagraphs
        swap(&part.furniture, &furniture)
        return part
    }

    /// A memo for the sentences' part of the claims' identities alone, so that it can be read on another
    /// thread beside provenance: it takes this memo's claims and words tables (provenance touches neither;
    /// `join(claims:)` gives them back) and makes its own sentence keys.
    func splitClaims() -> SentenceMemo {
        lending {
            swap(&$0.claims, &$1.claims)
            swap(&$0.words, &$1.words)
        }
    }

    /// A memo for the speech structure alone, so that it can be read on another thread beside the sentences'
    /// cues: it takes this memo's quotation marks by paragraph (the cues touch no paragraph's answers;
    /// `join(quotes:)` gives them back) and reads no table of the cache.
    func splitQuotes() -> SentenceMemo {
        let part = lending(sentences: []) { _, _ in }
        part.keptParagraphs = keptParagraphs
        swap(&part.quotes, &quotes)
        return part
    }

    /// Takes back the quotation marks of a memo `splitQuotes` made, once the speech structure is read.
    func join(quotes part: SentenceMemo) {
        swap(&quotes, &part.quotes)
    }

    /// A memo of its own for one pass, holding the tables `move` swaps out of this memo's new cache (and,
    /// when this analysis copies from the cache it was handed, those of that cache, swapped out of a copy of
    /// it so that it keeps them too); it makes its own sentence keys, for `sentences` (a pass that looks no
    /// sentence up needs none).
    private func lending(sentences: [Sentence]? = nil, _ move: (inout SentenceCache, inout SentenceCache) -> Void) -> SentenceMemo {
        var mine = SentenceCache()
        move(&mine, &next)
        var handed: SentenceCache? = nil
        if var lender = previous {
            var tables = SentenceCache()
            move(&tables, &lender)
            handed = tables
        }
        return SentenceMemo(next: mine, previous: handed, text: text, earlier: earlier, sentences: sentences ?? self.sentences)
    }

    /// Takes back the tables and counts of a memo `splitClaims` made, once its reading is done.
    func join(claims part: SentenceMemo) {
        swap(&next.claims, &part.next.claims)
        swap(&next.words, &part.next.words)
        next.lookups += part.next.lookups
        next.identitySentencesRead += part.next.identitySentencesRead
    }

    /// The new cache, with room in every table for the sentences of a few edits: a table is grown (each
    /// entry moved) when it is full, and an analysis that just filled it (opening a document) should pay
    /// for that, not the first keystroke after it.
    func finished() -> SentenceCache {
        func roomy<K, V>(_ table: inout [K: V]) {
            if table.capacity - table.count < Self.headroom { table.reserveCapacity(table.count * 2 + Self.headroom) }
        }
        roomy(&next.figures)
        roomy(&next.words)
        roomy(&next.cues)
        roomy(&next.claims)
        roomy(&next.names)
        roomy(&next.proseScans)
        next.textState = TextState(text: text, keys: keys, sentences: sentences, sentenceKeys: sentenceKeys,
                                   segmentation: madeSegmentation, furniture: furniture, quotes: quotes, story: madeStory)
        return next
    }

    static let headroom = 64

    /// Takes back the figure table and counts of a memo `splitFigures` made, once its scan is done.
    func join(_ part: SentenceMemo) {
        swap(&next.figures, &part.next.figures)
        swap(&furniture, &part.furniture)
        next.lookups += part.next.lookups
        next.reanalysedSentences += part.next.reanalysedSentences
    }

    /// The bytes `range` of `buf` (the text analysed) as a key; the same range asked again gets the same key
    /// without copying and hashing the bytes again, and so does a range an edit left as it was.
    func bytes(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SentenceBytes {
        if let i = sentenceIndex(range) { return bytes(ofSentence: i, buf) }
        if let known = keys[range] { return known }
        let key = made(buf, range)
        keys[range] = key
        return key
    }

    /// The key of sentence `s` of the analysed document: what `bytes` gives for its range, without finding
    /// the sentence by its range first (the passes that go through the sentences know which one they read).
    func bytes(ofSentence s: Int, _ buf: UnsafeBufferPointer<UInt8>) -> SentenceBytes {
        if let known = sentenceKeys[s] { return known }
        let key = made(buf, sentences[s].range)
        sentenceKeys[s] = key
        return key
    }

    /// A new key for `range`: the earlier analysis's when the edit left those bytes, else made of them.
    private func made(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SentenceBytes {
        earlier?.key(range) ?? SentenceBytes(Array(UnsafeBufferPointer(rebasing: buf[range])))
    }

    func bytes(ofSentence s: Int, _ buf: [UInt8]) -> SentenceBytes {
        buf.withUnsafeBufferPointer { bytes(ofSentence: s, $0) }
    }

    func bytes(_ buf: [UInt8], _ range: Range<Int>) -> SentenceBytes {
        buf.withUnsafeBufferPointer { bytes($0, range) }
    }

    /// The figures of the sentence starting at `start`, scanned by `scan` only when no sentence with the same
    /// key was scanned before.
    /// Appended to `out` where the sentence stands, each moved as it is copied in (not into a list of its own
    /// first: that copied every figure of the document twice per edit).
    func appendFigures(_ key: FigureScanKey, at start: Int, to out: inout [Figure], scan: () -> [Figure]) {
        let (stored, fresh) = lookUp(\.figures, key, at: start, moved: { figures, d in figures.map { $0.moved(by: d) } },
                                     make: scan, relative: true)
        if fresh { next.reanalysedSentences += 1 }
        // Appended as a block and moved in place: `for figure in stored` copied each figure once more.
        let first = out.count
        out.append(contentsOf: stored)
        for k in first..<out.count { out[k].range = out[k].range.moved(by: start) }
    }

    /// The attribution cues of the sentence starting at `start`, found by `find` only when no sentence with
    /// the same key had them found before.
    /// They are handed back as stored, relative to the sentence's start (their ranges are only compared with
    /// each other and with a figure's): moving every cue of every sentence to where it stands cost more than
    /// looking it up.
    /// `mentions` are those starting in the sentence, where they stand: a sentence found with other mentions
    /// has its cues found again (and kept in place of the others).
    func relativeCues(_ key: CueScanKey, mentions: ArraySlice<ActorMention>, at start: Int,
                      find: () -> SentenceCues) -> SentenceCues {
        next.lookups += 1
        if let known = next.cues[key], known.holds(for: mentions, at: start) { return known.cues }
        if let known = previous?.cues[key], known.holds(for: mentions, at: start) {
            next.cues[key] = known
            return known.cues
        }
        let found = FoundCues(mentions: mentions.map { m in
            var m = m
            m.range = m.range.moved(by: -start)
            return m
        }, cues: find().moved(by: -start))
        next.cues[key] = found
        return found.cues
    }

    /// The sentence's part of its claims' identities, for the sentence starting at `start`, read by `read`
    /// only when no sentence with the same key was read before.
    func claims(_ key: SentenceClaimsKey, at start: Int, read: () -> SentenceClaims) -> SentenceClaims {
        let (found, fresh) = lookUp(\.claims, key, at: start, moved: { $0.moved(by: $1) }, make: read)
        if fresh { next.identitySentencesRead += 1 }
        return found
    }

    /// Keeps the identities of a sentence's claims on its entry (read or found under `key` by this analysis),
    /// for the next analysis to take when nothing they read has changed.
    func file(_ filed: FiledIdentities, under key: SentenceClaimsKey) {
        next.claims[key]?.filed = filed
    }

    /// The words and mode actor recognition reads of one sentence, read by `read` only when no sentence with
    /// the same key was read before (they read the lexicon, not the configured actors). Held relative to the
    /// sentence: the recogniser moves them.
    func names(_ key: SentenceNamesKey, read: () -> SentenceNames) -> SentenceNames {
        let (found, fresh) = lookUp(\.names, key, at: 0, moved: { v, _ in v }, make: {
            var names = read()
            names.serial = next.namesSerial
            next.namesSerial += 1
            return names
        })
        if fresh { next.namesSentencesRead += 1 }
        return found
    }

    /// What the scan of one prose sentence adds to its document's recognition, made by `scan` only when no
    /// sentence with the same key was scanned before (under the same configured actors). Held relative to
    /// the sentence: the recogniser moves it.
    func proseScan(_ key: ProseScanKey, scan: () -> ProseScan) -> ProseScan {
        lookUp(\.proseScans, key, at: 0, moved: { v, _ in v }, make: scan).value
    }

    /// The words of the sentence `range` of `bytes`, read by `read` only when no sentence of the same bytes
    /// was read before.
    func words(_ bytes: [UInt8], _ range: Range<Int>, read: () -> [SentenceWord]) -> [SentenceWord] {
        entry(self.bytes(bytes, range), range, read: read).words
    }

    /// The words of the sentence `range` and the sentence-wide facts a claim reads from them, each made
    /// only when no sentence of the same bytes had it made before.
    func reading(_ bytes: [UInt8], _ range: Range<Int>, read: () -> [SentenceWord],
                 derive: ([SentenceWord]) -> SentenceReadingFacts) -> (words: [SentenceWord], facts: SentenceReadingFacts) {
        let key = self.bytes(bytes, range)
        let found = entry(key, range, read: read)
        if let facts = found.facts { return (found.words, facts) }
        let facts = derive(found.words)
        next.words[key]?.facts = facts
        return (found.words, facts)
    }

    private func entry(_ key: SentenceBytes, _ range: Range<Int>, read: () -> [SentenceWord]) -> SentenceWordsEntry {
        lookUp(\.words, key, at: range.lowerBound,
               moved: { e, d in SentenceWordsEntry(words: e.words.map { $0.moved(by: d) }, facts: e.facts) },
               make: { SentenceWordsEntry(words: read(), facts: nil) }).value
    }

    /// The one lookup every table shares: the new cache first (this analysis's own results, and the cache it
    /// was handed when it adds to that one), then the cache it was handed (carried over into the new one),
    /// else `make`. Tables hold results relative to their sentence's start;
    /// `moved` shifts a result by a number of bytes. `fresh` says `make` ran.
    private func lookUp<Key: Hashable, Value>(_ table: WritableKeyPath<SentenceCache, [Key: Value]>, _ key: Key, at start: Int,
                                              moved: (Value, Int) -> Value, make: () -> Value,
                                              relative: Bool = false) -> (value: Value, fresh: Bool) {
        next.lookups += 1
        // Values are stored relative to `start`; handed back where they stand, or as stored when `relative`.
        if let known = next[keyPath: table][key] { return (relative ? known : moved(known, start), false) }
        if let known = previous?[keyPath: table][key] {
            next[keyPath: table][key] = known
            return (relative ? known : moved(known, start), false)
        }
        let made = make()
        let stored = moved(made, -start)
        next[keyPath: table][key] = stored
        return (relative ? stored : made, true)
    }
}

extension Figure {
    /// The same figure `delta` bytes further on. Only what the figure scan sets is moved: the scan's results
    /// carry no source or identity yet.
    func moved(by delta: Int) -> Figure {
        var f = self
        f.range = range.moved(by: delta)
        return f
    }
}

extension SentenceWord {
    func moved(by delta: Int) -> SentenceWord {
        var w = self
        w.range = range.moved(by: delta)
        return w
    }
}

extension Range<Int> {
    func moved(by delta: Int) -> Range<Int> { (lowerBound + delta)..<(upperBound + delta) }
}

extension SentenceCues {
    /// The same cues for the sentence `delta` bytes further on.
    func moved(by delta: Int) -> SentenceCues {
        var out = self
        out.sentence = sentence.moved(by: delta)
        out.coordinatedSubjects = coordinatedSubjects.map { $0.moved(by: delta) }
        out.cues = cues.map { cue in
            var c = cue
            c.attribution.range = cue.attribution.range?.moved(by: delta)
            c.sourceSpan = cue.sourceSpan.moved(by: delta)
            c.content = cue.content?.map { $0.moved(by: delta) }
            return c
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
