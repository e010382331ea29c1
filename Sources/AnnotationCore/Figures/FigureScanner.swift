/// Finds figures in prose and reads them (value, interval, unit, measure, rate, kind).
public enum FigureScanner {
    public static func scan(_ text: SourceText, segmentation: Segmentation) -> [Figure] {
        let lex = FigureLexicon.shared
        var out: [Figure] = []
        let footnotes = segmentation.citations
        text.bytes.withUnsafeBufferPointer { buf in
            var furnitureByParagraph: [Int: Bool] = [:]
            for sentence in segmentation.sentences {
                let tokens = WordTokenizer.tokens(buf, sentence.range, excluded: segmentation.excluded)
                guard tokens.contains(where: { $0.kind == .number || $0.kind == .word }) else { continue }
                let furniture: Bool
                if let f = furnitureByParagraph[sentence.paragraph] { furniture = f } else {
                    let p = segmentation.paragraphs[sentence.paragraph].range
                    let f = PageFurniture.isFurniture(WordTokenizer.tokens(buf, p, excluded: segmentation.excluded,
                                                                           limit: PageFurniture.maxTokens + 1))
                    furnitureByParagraph[sentence.paragraph] = f
                    furniture = f
                }
                let parser = FigureParser(tokens: tokens, lex: lex, text: buf, furniture: furniture)
                for (r, range) in parser.parse() {
                    if footnotes.contains(where: { $0.contains(range.lowerBound) && buf[$0.lowerBound + 1] == 0x5E }) { continue }
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
        }
        return out
    }
}

/// Lines that belong to the page rather than the prose: bare numbers, view and comment counts, date
/// lines, bylines.
enum PageFurniture {
    static let furnitureWords: Set<String> = [
        "views", "view", "comments", "comment", "shares", "share", "likes", "like", "reads", "read", "min", "mins",
        "by", "updated", "posted", "published", "photo", "photos", "video", "videos", "replies", "reply", "votes",
        "followers", "subscribers", "retweets", "points", "ago", "hours", "minutes", "days",
    ]

    static func isFurniture(_ tokens: [Token]) -> Bool {
        guard tokens.contains(where: { $0.kind == .number }) else { return false }
        var words = 0
        for t in tokens where t.kind == .word {
            words += 1
            if furnitureWords.contains(t.lower) { continue }
            if FigureLexicon.shared.months.contains(t.lower) || FigureLexicon.shared.weekdays.contains(t.lower) { continue }
            return false
        }
        return words <= 4 && tokens.count <= maxTokens
    }

    /// A line of furniture is short: more tokens than this and it is prose, whatever the words.
    static let maxTokens = 16
}
