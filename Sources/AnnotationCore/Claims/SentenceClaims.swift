/// What the identities of a sentence's claims read from the sentence itself, apart from what the rest of the
/// document decides (the claims' actors and sources, the mentions, the headline, the lead's actors, the
/// document's date as a string). An edit changes a few sentences; the sentence cache keeps this per
/// sentence (`SentenceClaimsKey`), so an edit reads the identities of the sentences it changed and only
/// joins the others' with the document again.
struct SentenceClaims: Sendable {
    /// One reading per claim of the key, in the key's order; nil for a claim whose counted thing cannot be
    /// read (it gets no identity).
    var readings: [ClaimReading?]
    /// The sentence opens with "Of those", "Of these", "Of them" (`ClaimParts`).
    var opensWithPartitive: Bool
    /// The places below as read; each stands `origin` bytes further on. Moving the facts to where their
    /// sentence stands now (every cached sentence, on every edit of a large buffer) changes `origin` alone:
    /// moving each place copied the marker and the list of recipients' starts (~600 instructions a sentence).
    private var readMarker: AccountMarker?
    private var readWordSpan: Range<Int>?
    private var readRecipientStarts: [Range<Int>]
    /// The clause around each claim, in the key's order (`ClaimActors.clauseRange`), when kept.
    private var readClauses: [Range<Int>]? = nil
    private var origin = 0
    /// The identities last filed from this sentence's part, with what else they read (`FiledIdentities`).
    var filed: FiledIdentities? = nil

    init(readings: [ClaimReading?], opensWithPartitive: Bool, marker: AccountMarker?, wordSpan: Range<Int>?,
         recipientStarts: [Range<Int>]) {
        self.readings = readings
        self.opensWithPartitive = opensWithPartitive
        readMarker = marker
        readWordSpan = wordSpan
        readRecipientStarts = recipientStarts
    }

    /// Where the sentence announces a second account of a quantity (`ClaimAccounts`).
    var marker: AccountMarker? {
        readMarker.map { m in
            var m = m
            m.offset += origin
            return m
        }
    }

    /// From the first word's first byte to the last word's last byte; nil for a sentence without words.
    var wordSpan: Range<Int>? { readWordSpan?.moved(by: origin) }

    /// Whether the sentence has stretches where a mention that starts there comes right after "to" or "into"
    /// (with or without "the"): the receiving side of a supply (`ClaimIdentityReader.recipients`).
    var hasRecipientStarts: Bool { !readRecipientStarts.isEmpty }

    /// Whether a mention starting at `offset` starts in such a stretch.
    func startsRecipient(at offset: Int) -> Bool {
        readRecipientStarts.contains { $0.contains(offset - origin) }
    }

    /// Keeps the clause around each claim, in the key's order, where they stand as the facts are now.
    mutating func keepClauses(_ clauses: [Range<Int>]) {
        readClauses = clauses.map { $0.moved(by: -origin) }
    }

    var holdsClauses: Bool { readClauses != nil }

    /// The clause around the `n`th claim, where it stands; `holdsClauses` must be true.
    func clause(_ n: Int) -> Range<Int> { readClauses![n].moved(by: origin) }

    /// The same facts for the sentence `delta` bytes further on (the readings hold no offsets).
    func moved(by delta: Int) -> SentenceClaims {
        var out = self
        out.origin += delta
        return out
    }
}

/// One claim's identity as far as its sentence decides it: everything but its participants, recipients,
/// sentence index, document date and story, which the document fills in.
struct ClaimReading: Sendable {
    var identity: ClaimIdentity
    /// The counted noun came through "it" from the sentence before: only actors its own sentence names
    /// take part.
    var ownSentenceOnly: Bool
    /// The place the clause names right after the figure ("marched in Madrid"), before the figure's actors
    /// are taken out of it.
    var place: String?
}

/// A second account's marker: the byte where it is announced, whether it needs another source's word, and
/// (then) the lower-cased words before it, its subject.
struct AccountMarker: Sendable {
    var offset: Int
    var needsTwoSources: Bool
    var subject: [String]
}

/// Everything the sentence's part of its claims' identities reads besides the lexicons: the sentence's
/// bytes, the bytes of the sentence before when it is in the same paragraph ("it" and a list's subject are
/// read from it), the date that resolves "on Monday", and what the figure scan left on each claim whose
/// identity is read. Ranges relative to the sentence's first byte.
struct SentenceClaimsKey: Hashable, Sendable {
    var bytes: SentenceBytes
    var previous: SentenceBytes?
    var dateline: CalendarDay?
    var claims: [ClaimShape]

    /// Hashed by the bytes alone (equality still compares every part): hashing the claims' unit strings cost
    /// more than the bytes, and two keys with the same bytes rarely differ in the rest.
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
        hasher.combine(previous)
    }

    func _rawHashValue(seed: Int) -> Int {
        bytes._rawHashValue(seed: previous.map { $0._rawHashValue(seed: seed) } ?? seed)
    }
}

/// What a claim's identity reads of its figure as the scan left it (its actors and source come later and
/// are read by the document's part): where it stands in its sentence and what the scan read (its unit,
/// class, currency, rate, object, and the rest of it, which the reading does not need but which costs
/// nothing to compare: a figure found in the sentence cache shares the scan's part with the cached one, so
/// the two compare as one object instead of string by string).
struct ClaimShape: Hashable, Sendable {
    var range: Range<Int>
    var scanned: Figure.Scanned

    init(_ f: Figure, sentenceStart start: Int) {
        range = f.range.moved(by: -start)
        scanned = f.scannedPart
    }
}
