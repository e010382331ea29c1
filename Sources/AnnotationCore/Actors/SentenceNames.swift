/// What actor recognition reads of one sentence on its own, before its capitalised sequences are read
/// against their neighbours and the document joins its names: the sentence's words and how it uses
/// capitals. An edit changes a few sentences; the sentence cache keeps this per sentence
/// (`SentenceNamesKey`), so an edit tokenises only those again. Offsets relative to the sentence's first byte.
///
/// The sequences themselves are not kept: reading them looks past the sentence (a dateline's words on the
/// line before it, the wire after it, a title's closing quote), so their key would be more than the sentence.
struct SentenceNames: Sendable {
    var tokens: [WordToken]
    var mode: SentenceMode
    /// Which entry of its cache this is (`SentenceCache.namesSerial`): two sentences with the same serial
    /// have the same key. Another pass's key names a sentence by it rather than holding its key.
    var serial = 0
}

/// Everything the tokens and the mode of one sentence are read from besides the lexicon: its bytes (and the
/// few after it a character that straddled its end would reach into), and the non-prose ranges that reach
/// into it. Ranges relative to the sentence's first byte.
struct SentenceNamesKey: SentenceBytesKey, Sendable {
    var bytes: SentenceBytes
    /// Up to three bytes after the sentence, one per byte from the lowest, with their count: the sentence's
    /// own bytes are the key every pass shares, made once.
    var after: UInt32
    var afterCount: Int
    var excluded: [Range<Int>]
}

extension ActorRecognizer {
    /// The words of the sentence `range` of `buf` and its mode, `excluded` the non-prose ranges that reach
    /// into it. Relative to the sentence's first byte.
    func readSentence(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>]) -> SentenceNames {
        var tokens = NameTokenizer.tokenize(buf, sentences: [range], excluded: excluded).tokens
        var mode = SentenceMode.of(tokens[...], lexicon: lexicon)
        // A scoreboard capitalises its sides, not headline words: "Harrow Town 2 Dunmore Vale 1".
        if mode == .titleCase, !ResultsLine(tokens[...], lexicon: lexicon).scoredNameEnds.isEmpty { mode = .prose }
        for k in tokens.indices {
            tokens[k].start -= range.lowerBound
            tokens[k].end -= range.lowerBound
        }
        return SentenceNames(tokens: tokens, mode: mode)
    }

    /// `sentence`: the index of the document's sentence whose range `range` is, when it is one.
    static func key(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>],
                    memo: SentenceMemo, sentence: Int? = nil) -> SentenceNamesKey {
        var after: UInt32 = 0
        let tail = range.upperBound..<min(range.upperBound + 3, buf.count)
        for (n, i) in tail.enumerated() { after |= UInt32(buf[i]) << (8 * n) }
        let bytes = sentence.map { memo.bytes(ofSentence: $0, buf) } ?? memo.bytes(buf, range)
        return SentenceNamesKey(bytes: bytes, after: after, afterCount: tail.count,
                                excluded: excluded.map { $0.moved(by: -range.lowerBound) })
    }
}
