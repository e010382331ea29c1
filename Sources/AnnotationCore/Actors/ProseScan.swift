/// What the scan of one prose sentence adds to a document's recognition (`RecognitionPass.scan`): the
/// candidates of its capitalised sequences, the sentence-initial words it set aside and the names it saw
/// used as places. Token indices relative to the sentence's first token, byte ranges to its first byte.
struct ProseScan: Sendable {
    var candidates: [ActorCandidate]
    var setAside: [Int]
    var placeKeys: [UInt64]
}

/// Everything the scan of one prose sentence reads besides the lexicon and the configured actors: its own
/// words, and the words and bytes of the sentences either side, as a few tests look one word across the
/// boundary ("the network's" at the end of the sentence before a programme's title) or a few bytes before
/// a word (an opening quotation mark, an "@"). Nothing the scan reads lies further out: a test that looks
/// two words back asks first that the word before joins the one after, which the first word of a sentence
/// never does.
struct ProseScanKey: Hashable, Sendable {
    /// The sentence and its neighbours by their entries in the cache's table of sentence words
    /// (`SentenceNames.serial`, -1 for none): an entry is the sentence's bytes, the few bytes after it and
    /// the non-prose ranges inside it, all a scan reads of it.
    var sentence: Int
    var before: Int
    var after: Int
    /// The bytes between the sentence before and this one, and between this one and the sentence after.
    var gapBefore: GapBytes
    var gapAfter: GapBytes

    /// Hashed by the three entries alone (equality still compares the gaps): an entry's serial is never
    /// reused, and hashing the gaps too was a third of each sentence's lookup on every edit of a large buffer.
    func hash(into hasher: inout Hasher) {
        hasher.combine(sentence)
        hasher.combine(before)
        hasher.combine(after)
    }

    /// The three serials mixed with the table's seed without a `Hasher` (see `IntegerKey`).
    func _rawHashValue(seed: Int) -> Int {
        let s = IntegerKey(sentence)._rawHashValue(seed: seed)
        return IntegerKey(after)._rawHashValue(seed: IntegerKey(before)._rawHashValue(seed: s))
    }
}

/// The bytes between two sentences, as a key. Nearly always a space or a paragraph break: up to eight bytes
/// are held in one word, with no array made (two arrays per sentence were a sixth of the prose scan's cost
/// on each edit of a large buffer).
struct GapBytes: Hashable, Sendable {
    private let packed: UInt64
    private let count: Int
    private let long: [UInt8]

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        count = bytes.count
        guard count <= 8 else {
            packed = 0
            long = Array(bytes)
            return
        }
        var p: UInt64 = 0
        for b in bytes { p = p << 8 | UInt64(b) }
        packed = p
        long = []
    }
}

extension ActorCandidate {
    /// The same candidate `tokens` tokens and `bytes` bytes further on.
    func moved(tokens t: Int, bytes b: Int) -> ActorCandidate {
        var c = self
        c.tokens = (tokens.lowerBound + t)..<(tokens.upperBound + t)
        c.range = range.moved(by: b)
        return c
    }
}

extension RecognitionPass {
    /// Scans the prose sentence `s` through the sentence cache: its candidates, set-aside words and place
    /// names are those a scan of it gives, read again only when its key is new.
    func scanProse(_ s: Int, memo: SentenceMemo) {
        let tokenStart = sentenceStarts[s]
        let byteStart = sentenceByteRanges[s].lowerBound
        let found = memo.proseScan(proseScanKey(s)) {
            let c0 = candidates.count, a0 = setAside.count
            let outer = placeKeys
            placeKeys = []
            scan(tokenStart..<sentenceStarts[s + 1])
            let scanned = ProseScan(candidates: candidates[c0...].map { $0.moved(tokens: -tokenStart, bytes: -byteStart) },
                                    setAside: setAside[a0...].map { $0 - tokenStart }, placeKeys: Array(placeKeys))
            candidates.removeSubrange(c0...)
            setAside.removeSubrange(a0...)
            placeKeys = outer
            return scanned
        }
        // Moved from where they stand: each taken from the loop and then moved was copied twice (its name and
        // word keys retained and released), for every name of the document on every edit.
        for k in found.candidates.indices { candidates.append(found.candidates[k].moved(tokens: tokenStart, bytes: byteStart)) }
        for i in found.setAside { setAside.append(i + tokenStart) }
        placeKeys.formUnion(found.placeKeys)
    }

    func proseScanKey(_ s: Int) -> ProseScanKey {
        let here = sentenceByteRanges[s]
        let gapBefore = GapBytes(s > 0 ? buf[sentenceByteRanges[s - 1].upperBound..<here.lowerBound] : buf[..<here.lowerBound])
        let after = s + 1 < sentenceByteRanges.count ? sentenceByteRanges[s + 1].lowerBound : buf.count
        return ProseScanKey(sentence: namesSerials[s], before: s > 0 ? namesSerials[s - 1] : -1,
                            after: s + 1 < namesSerials.count ? namesSerials[s + 1] : -1,
                            gapBefore: gapBefore, gapAfter: GapBytes(buf[min(here.upperBound, after)..<after]))
    }
}
