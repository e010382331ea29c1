/// Finds figures in prose and reads them (value, interval, unit, measure, rate, kind).
public enum FigureScanner {
    public static func scan(_ text: SourceText, segmentation: Segmentation) -> [Figure] {
        scan(text, segmentation: segmentation, memo: nil)
    }

    /// With a memo, a sentence scanned before (same bytes, same context in its key) is not scanned again.
    static func scan(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo?) -> [Figure] {
        var kept = SentenceTable<[Token]>()
        return scan(text, segmentation: segmentation, memo: memo, claimSentenceTokens: &kept)
    }

    /// `scan`, keeping the tokens of each sentence it tokenised that holds a claim: the provenance pass reads
    /// the same tokens of the same sentences, and the text is tokenised once.
    static func scan(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo?,
                     claimSentenceTokens kept: inout SentenceTable<[Token]>) -> [Figure] {
        var out: [Figure] = []
        text.bytes.withUnsafeBufferPointer { buf in
            var furnitureByParagraph = SentenceTable<Bool>()
            func furniture(_ paragraph: Int) -> Bool {
                if let f = furnitureByParagraph[paragraph] { return f }
                let f = PageFurniture.isFurniture(buf, segmentation.paragraphs[paragraph].range, excluded: segmentation.excluded)
                furnitureByParagraph[paragraph] = f
                return f
            }
            for (s, sentence) in segmentation.sentences.enumerated() {
                /// Appends the sentence's figures to `found`.
                func scanAndKeep(into found: inout [Figure], _ furniture: () -> Bool) {
                    guard FigureOpeners.mayHoldFigure(buf, sentence.range, excluded: segmentation.excluded) else {
                        // Every test's text checks the rule against the parser itself.
                        assert(scan(sentence, tokens: WordTokenizer.tokens(buf, sentence.range, excluded: segmentation.excluded),
                                    text: text, buf, segmentation, furniture: furniture).isEmpty,
                               "FigureOpeners.mayHoldFigure said no to a sentence with a figure")
                        return
                    }
                    let tokens = WordTokenizer.tokens(buf, sentence.range, excluded: segmentation.excluded)
                    let start = found.count
                    scan(sentence, tokens: tokens, text: text, buf, segmentation, furniture: furniture, into: &found)
                    if found[start...].contains(where: \.isClaim) { kept[s] = tokens }
                }
                guard let memo else {
                    // Straight into the document's list: a list per sentence was copied into it and freed.
                    scanAndKeep(into: &out) { furniture(sentence.paragraph) }
                    continue
                }
                let flag = memo.furniture(of: sentence.paragraph) { furniture(sentence.paragraph) }
                let key = scanKey(sentence.range, memo.bytes(ofSentence: s, buf), segmentation, buf, furniture: flag)
                memo.appendFigures(key, at: sentence.range.lowerBound, to: &out) {
                    var found: [Figure] = []
                    scanAndKeep(into: &found) { flag }
                    return found
                }
            }
        }
        return out
    }

    /// The figures of one sentence. `furniture` is asked only when the sentence has a word or number.
    static func scan(_ sentence: Sentence, tokens: [Token], text: SourceText, _ buf: UnsafeBufferPointer<UInt8>,
                     _ segmentation: Segmentation, furniture: () -> Bool) -> [Figure] {
        var out: [Figure] = []
        scan(sentence, tokens: tokens, text: text, buf, segmentation, furniture: furniture, into: &out)
        return out
    }

    /// `scan`, appending the figures to `out`.
    static func scan(_ sentence: Sentence, tokens: [Token], text: SourceText, _ buf: UnsafeBufferPointer<UInt8>,
                     _ segmentation: Segmentation, furniture: () -> Bool, into out: inout [Figure]) {
        guard tokens.contains(where: { $0.kind == .number || $0.kind == .word }) else { return }
        let footnotes = segmentation.citations
        let parser = FigureParser(tokens: tokens, lex: FigureLexicon.shared, text: buf, furniture: furniture())
        parser.parse { r, range in
            if footnotes.contains(where: { $0.contains(range.lowerBound) && isFootnote($0, buf) }) { return }
            let claim = r.kind.isClaimKind
            out.append(Figure(
                range: range, text: text.string(range), value: r.value, lower: r.lower, upper: r.upper,
                qualifier: r.qualifier, qualifierText: r.qualifierText, unit: r.unit, unitClass: r.unitClass,
                currency: r.currency, measure: claim ? parser.measure(r) : nil,
                object: claim && (r.currency != nil || r.percent) ? parser.object(r) : nil,
                rate: claim ? parser.rate(r) : nil,
                kind: r.kind))
        }
    }

    /// A citation that is a footnote reference (`[^1]`): a figure inside it is not one.
    static func isFootnote(_ citation: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        citation.lowerBound + 1 < buf.count && buf[citation.lowerBound + 1] == 0x5E
    }

    /// What the scan of one sentence reads: its bytes, and the non-prose ranges and footnote references
    /// that overlap it (only those can touch its tokens or figures), relative to its start.
    static func scanKey(_ r: Range<Int>, _ bytes: SentenceBytes, _ segmentation: Segmentation,
                        _ buf: UnsafeBufferPointer<UInt8>, furniture: Bool) -> FigureScanKey {
        FigureScanKey(
            bytes: bytes,
            excluded: segmentation.excluded(overlapping: r).map { $0.moved(by: -r.lowerBound) },
            footnotes: segmentation.citations.filter { $0.overlaps(r) && isFootnote($0, buf) }.map { $0.moved(by: -r.lowerBound) },
            furniture: furniture)
    }
}

/// Lines that belong to the page rather than the prose: bare numbers, view and comment counts, date
/// lines, bylines.
enum PageFurniture {
    static let furnitureWords: WordSet = [
        "views", "view", "comments", "comment", "shares", "share", "likes", "like", "reads", "read", "min", "mins",
        "by", "updated", "posted", "published", "photo", "photos", "video", "videos", "replies", "reply", "votes",
        "followers", "subscribers", "retweets", "points", "ago", "hours", "minutes", "days",
    ]

    static func isFurniture(_ tokens: [Token]) -> Bool {
        guard tokens.contains(where: { $0.kind == .number }) else { return false }
        var words = 0
        for t in tokens where t.kind == .word {
            words += 1
            if isFurnitureWord(t.lower) { continue }
            return false
        }
        return words <= 4 && tokens.count <= maxTokens
    }

    static func isFurnitureWord(_ lower: String) -> Bool {
        furnitureWords.contains(lower) || FigureLexicon.shared.months.contains(lower) || FigureLexicon.shared.weekdays.contains(lower)
    }

    /// `isFurniture` of the first `maxTokens + 1` tokens of `range`, read only as far as the answer needs and
    /// without making them: a word no furniture line holds, a fifth word or a seventeenth token each settle
    /// it, and most paragraphs answer within their first words. (Tokens made for this test, with their
    /// strings, were a third of what the figure scan of an edit cost, and still ~3 k instructions a paragraph.)
    static func isFurniture(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>]) -> Bool {
        guard buf[range].contains(where: Bytes.isDigit) else { return false }
        var line = FurnitureLine(buf: buf)
        WordTokenizer.walk(buf, range, excluded: excluded, &line)
        return line.isFurniture
    }

    /// The walk behind `isFurniture(_:_:excluded:)`: what `isFurniture([Token])` asks of each token, in order.
    private struct FurnitureLine: WordTokenizer.Visitor {
        let buf: UnsafeBufferPointer<UInt8>
        var tokens = 0, words = 0
        var sawNumber = false
        /// Set when a token settles that the line is prose.
        var prose = false

        var isFurniture: Bool { !prose && sawNumber }

        mutating func visit(_ span: WordTokenizer.Span, spaceBefore: Bool) -> Bool {
            tokens += 1
            guard tokens <= maxTokens else { prose = true; return false }
            switch span {
            case .number: sawNumber = true
            case let .word(r, _, _):
                words += 1
                guard words <= 4, PageFurniture.isFurnitureWord(UnsafeBufferPointer(rebasing: buf[r])) else { prose = true; return false }
            case .symbol: break
            }
            return true
        }
    }

    /// `isFurnitureWord` of a word's lower-cased form, read from its bytes: an ASCII word is lowered on the
    /// stack and looked up by its bytes.
    static func isFurnitureWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Bytes.isASCII(word) else { return isFurnitureWord(Vocabulary.lowered(word).lower) }
        let figures = FigureLexicon.shared
        return Bytes.withLowered(word) {
            furnitureWords.contains(ascii: $0) || figures.months.contains(ascii: $0) || figures.weekdays.contains(ascii: $0)
        }
    }

    /// A line of furniture is short: more tokens than this and it is prose, whatever the words.
    static let maxTokens = 16
}
