/// Who is speaking where: quotations attributed in their paragraph, and interviews whose speaker was
/// introduced with a colon ("…spoke with the analyst Jane Roe:") — dash-led answers and the paragraphs that
/// continue them belong to the speaker; questions do not.
struct SpeechStructure: Sendable {
    typealias Span = (range: Range<Int>, speaker: String?, cue: Range<Int>?)
    /// Byte ranges spoken by a named person, with what a figure inside says of its source, by the paragraph
    /// that holds them (each lies in one paragraph), in the order they were found: a figure's speaker is
    /// looked for in its own paragraph's, not in every span of the document. The attribution is made once per
    /// span, not once per figure (a quotation holds several figures, and each made the speaker's text again).
    private var spans: [[(range: Range<Int>, attribution: SourceAttribution)]]

    private init(paragraphs: Int) { spans = Array(repeating: [], count: paragraphs) }

    private mutating func add(_ span: Span, paragraph: Int) { spans[paragraph].append((span.range, Self.attribution(span))) }

    private mutating func add(_ found: [Span], paragraph: Int) { for span in found { add(span, paragraph: paragraph) } }

    /// The first span found that holds `offset`, in paragraph `paragraph`.
    func speaker(at offset: Int, paragraph: Int) -> SourceAttribution? {
        spans[paragraph].first { $0.range.contains(offset) }?.attribution
    }

    private static func attribution(_ s: Span) -> SourceAttribution {
        // Unnamed speech is a quotation, or what a previous paragraph announced ("The poll also found that:").
        let unnamed = s.cue == nil ? "quoted speech" : "announced in the previous paragraph"
        return SourceAttribution(status: .speaker, text: s.speaker.map { $0 + " (speaker)" } ?? unnamed,
                                 actor: s.speaker, range: s.cue)
    }

    /// With a memo, the quotation marks of a paragraph an edit left as it was are taken from the earlier
    /// analysis instead of reading every byte of the document again.
    static func analyse(_ buf: UnsafeBufferPointer<UInt8>, segmentation: Segmentation, mentions: [ActorMention],
                        cues: CueLexicon, memo: SentenceMemo? = nil) -> SpeechStructure {
        var out = SpeechStructure(paragraphs: segmentation.paragraphs.count)
        // Speaker labels count only in a real transcript: several labelled paragraphs.
        let labelled = segmentation.paragraphs.filter { transcriptSpeaker(buf, $0.range) != nil }.count
        var interviewee: String? = nil
        var introRange: Range<Int>? = nil
        var answering = false
        for (pi, p) in segmentation.paragraphs.enumerated() {
            let r = p.range
            let (first, _) = Bytes.scalar(buf, r.lowerBound)
            let dashLed = first.isDash || (first == "-" && r.count > 1 && buf[r.lowerBound + 1] == 0x20)
            let lastChar = lastVisible(buf, r)
            let isQuestion = lastChar == "?"
            // An introduction: ends with a colon after a name.
            if lastChar == ":", let name = nameBeforeColon(buf, r, mentions: mentions), pi + 1 < segmentation.paragraphs.count {
                let next = segmentation.paragraphs[pi + 1].range
                let (c, _) = Bytes.scalar(buf, next.lowerBound)
                if c.isDash || c == "-" || c.isQuote {
                    interviewee = name
                    introRange = r.upperBound - 1..<r.upperBound
                    answering = false
                    continue
                }
            }
            // "Soerens argued that:" — the next paragraph is what was argued.
            if lastChar == ":", pi + 1 < segmentation.paragraphs.count, let intro = reportingIntro(buf, r, mentions: mentions) {
                out.add((segmentation.paragraphs[pi + 1].range, intro.speaker, intro.colon..<intro.colon + 1), paragraph: pi + 1)
            }
            // "Jane Roe: 'We will cut 500 jobs'": a paragraph opened by a name and a colon is that person's.
            if let name = leadingSpeaker(buf, r) {
                out.add((r, name, nil), paragraph: pi)
                continue
            }
            // Transcript style: "ROE: We spent…" / "A: …" / "Q: …"
            if labelled >= 3, let (speaker, isQ) = transcriptSpeaker(buf, r) {
                // An unlabelled answer ("A: …") is the interviewee's: the person the piece first names.
                if isQ { answering = false } else if let s = speaker ?? interviewee ?? mentions.first(where: { $0.kind == .person })?.name {
                    out.add((r, s, nil), paragraph: pi); answering = true; interviewee = interviewee ?? s
                }
                continue
            }
            if let who = interviewee {
                if dashLed { answering = !isQuestion }
                else if isQuestion { answering = false }
                if answering { out.add((r, who, introRange), paragraph: pi) }
            }
            // Quotations attributed in the paragraph.
            let quotes = memo?.quotes(of: pi, at: r.lowerBound) { Self.quotes(buf, r) } ?? Self.quotes(buf, r)
            out.add(quotations(quotes, r, mentions: mentions), paragraph: pi)
        }
        return out
    }

    /// A paragraph that ends by announcing speech ("…, Soerens argued that:", "The group points out some
    /// statistics:"): its closing colon, and the last person named in its closing words, if any.
    static func reportingIntro(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>,
                               mentions: [ActorMention]) -> (speaker: String?, colon: Int)? {
        var colon = r.upperBound - 1
        while colon > r.lowerBound, buf[colon] != 0x3A { colon -= 1 }
        let start = max(r.lowerBound, colon - 160)
        let tokens = WordTokenizer.tokens(buf, start..<colon, excluded: [])
        guard tokens.suffix(6).contains(where: { SentenceCues.isSpeechVerb($0.lower) && !Bytes.hasSuffix($0.lower, "ing") }) else { return nil }
        let person = mentions.starting(in: start..<colon).last { $0.kind == .person }
        return (person?.name, colon)
    }

    /// A short quotation of words with a figure in them ("47 percent", "a $25 billion mistake"), not a title
    /// ("Billions", "Fight for 15", "24") whose words are all capitalised, small or numbers.
    static func quotesFigure(_ buf: UnsafeBufferPointer<UInt8>, _ q: Range<Int>) -> Bool {
        let quote = UnsafeBufferPointer(rebasing: buf[q])
        return readsByBytes(quote) ? quotesFigureByBytes(quote) : quotesFigure(String(decoding: quote, as: UTF8.self))
    }

    static let figureWords = ["hundred", "thousand", "million", "billion", "trillion", "percent", "dozen"]
    static let figureWordBytes = figureWords.map { Array($0.utf8) }
    static let titleSmallWords = ["for", "of", "the", "and", "a", "an", "in", "on", "to"]

    /// `quotesFigure` read from the characters, for any text.
    static func quotesFigure(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "." }
        let lowered = text.lowercased()
        let figure = text.utf8.contains(where: Bytes.isDigit) || figureWords.contains { lowered.contains($0) }
        let title = words.allSatisfy { w in
            w.first!.isUppercase || w.first!.isNumber || titleSmallWords.contains(String(w))
        }
        return figure && !title
    }

    /// Whether `quotesFigureByBytes` gives `quotesFigure`'s answer for a quotation: its characters are ASCII
    /// (one is a letter, a digit or uppercase exactly when its byte is) or marks that are none of these, change
    /// no case and join no letter: the quotation marks a quotation usually includes, dashes, an ellipsis, a
    /// no-break space.
    static func readsByBytes(_ quote: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < quote.count {
            if quote[i] < 0x80 { i += 1; continue }
            let (c, length) = Bytes.scalar(quote, i)
            guard byteSeparators.contains(c.value) else { return false }
            i += length
        }
        return true
    }

    static let byteSeparators: Set<UInt32> = [0x2018, 0x2019, 0x201C, 0x201D, 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2026, 0x00A0]

    /// `quotesFigure` read from the bytes, for a quotation `readsByBytes` accepts: without the strings and the
    /// Foundation searches that made each short quotation cost thousands of instructions (3 % of linting news).
    static func quotesFigureByBytes(_ quote: UnsafeBufferPointer<UInt8>) -> Bool {
        let figure = quote.contains(where: Bytes.isDigit) || figureWordBytes.contains { word in
            quote.indices.contains { Bytes.matchesIgnoringCase(quote, $0, word) }
        }
        guard figure else { return false }
        // A title: every word (a run of letters, digits and points) capitalised, a number or a small word.
        var i = 0
        while i < quote.count {
            guard Bytes.isASCIIAlnum(quote[i]) || quote[i] == UInt8(ascii: ".") else { i += 1; continue }
            let start = i
            while i < quote.count, Bytes.isASCIIAlnum(quote[i]) || quote[i] == UInt8(ascii: ".") { i += 1 }
            if Bytes.isASCIIUpper(quote[start]) || Bytes.isDigit(quote[start]) { continue }
            let word = UnsafeBufferPointer(rebasing: quote[start..<i])
            if !titleSmallWords.contains(where: { $0.utf8.elementsEqual(word) }) { return true }
        }
        return false
    }

    static func lastVisible(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Unicode.Scalar? {
        var i = r.upperBound
        while i > r.lowerBound {
            let s = Bytes.previousScalarStart(buf, i)
            let (c, _) = Bytes.scalar(buf, s)
            if c.isQuote || c == " " { i = s; continue }
            return c
        }
        return nil
    }

    /// The capitalised name that ends right before a paragraph's closing colon.
    static func nameBeforeColon(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, mentions: [ActorMention]) -> String? {
        let colon = r.upperBound - 1
        if let m = mentions.starting(in: r.lowerBound..<colon).last(where: { $0.range.upperBound <= colon && $0.range.upperBound >= colon - 2 && $0.kind == .person }) {
            return m.name
        }
        let tokens = WordTokenizer.tokens(buf, r.lowerBound..<colon, excluded: [])
        var name: [String] = []
        for t in tokens.reversed() {
            guard t.kind == .word, t.capitalized else { break }
            name.insert(String(decoding: UnsafeBufferPointer(rebasing: buf[t.range]), as: UTF8.self), at: 0)
        }
        return name.count >= 2 ? name.joined(separator: " ") : nil
    }

    static let labelWords: WordSet = ["editor's", "editor’s", "update", "note", "related", "source", "photo",
                                          "watch", "read", "breaking", "exclusive", "opinion", "analysis", "correction",
                                          "video", "live", "editors", "advertisement", "sponsored"]

    /// Two or three capitalised words and a colon at the start of a paragraph ("Jane Roe: …").
    static func leadingSpeaker(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        // The first colon, period or comma among the first 60 bytes, read eight bytes at a time (a byte loop
        // over the opening words of every paragraph was most of this test's cost).
        let end = min(r.upperBound, r.lowerBound + 60)
        var i = r.lowerBound
        while true {
            i = Bytes.firstNonASCII(orAnyOf: 0x3A, 0x2E, 0x2C, in: buf, from: i, to: end)
            if i == end || buf[i] == 0x3A || buf[i] == 0x2E || buf[i] == 0x2C { break }
            i += 1
        }
        guard i < r.upperBound, buf[i] == 0x3A, i + 1 < r.upperBound, buf[i + 1] == 0x20 else { return nil }
        let words = String(decoding: UnsafeBufferPointer(rebasing: buf[r.lowerBound..<i]), as: UTF8.self).split(separator: " ")
        guard (2...3).contains(words.count),
              words.allSatisfy({ $0.unicodeScalars.first!.properties.isUppercase && $0.unicodeScalars.contains { $0.properties.isLowercase } }),
              !labelWords.contains(words[0].lowercased()) else { return nil }
        // "Hillary Clinton: 1,769." is a tally line, not speech: a speaker says at least a few words. (Asked
        // last: it reads the whole paragraph, and most paragraphs with an early colon open with no name.)
        let rest = String(decoding: UnsafeBufferPointer(rebasing: buf[(i + 1)..<r.upperBound]), as: UTF8.self)
        guard hasThreeWords(rest) else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether `text.split(separator: " ")` has three words with a letter in them, read up to the third:
    /// splitting the whole paragraph cost ~12,000 instructions where the third word comes a few characters in.
    static func hasThreeWords(_ text: String) -> Bool {
        var words = 0
        var inWord = false, lettered = false
        for c in text {
            if c == " " {
                if inWord, lettered { words += 1; if words == 3 { return true } }
                inWord = false
                lettered = false
            } else {
                inWord = true
                if !lettered, c.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { lettered = true }
            }
        }
        if inWord, lettered { words += 1 }
        return words >= 3
    }

    /// "Q:", "A:", or an upper-case speaker label before a colon at the start of a paragraph.
    static func transcriptSpeaker(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (String?, Bool)? {
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound < 40, buf[i] != 0x3A {
            if Bytes.isASCIILower(buf[i]) { return nil }
            i += 1
        }
        guard i < r.upperBound, buf[i] == 0x3A, i > r.lowerBound, i + 1 < r.upperBound, buf[i + 1] == 0x20 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: buf[r.lowerBound..<i]), as: UTF8.self)
        if label == "Q" { return (nil, true) }
        if label == "A" { return (nil, false) }
        guard label.count >= 2, label.unicodeScalars.contains(where: { $0.properties.isUppercase }),
              label.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }) else { return nil }
        return (label, false)
    }

    /// A paragraph's quotations: every quoted range, and whether each is speech rather than scare quotes.
    struct Quotes: Sendable {
        var ranges: [Range<Int>]
        var spoken: [Bool]

        func moved(by delta: Int) -> Quotes { Quotes(ranges: ranges.map { $0.moved(by: delta) }, spoken: spoken) }
    }

    /// The ranges inside quotation marks in a paragraph, read from its bytes alone.
    static func quotes(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Quotes {
        var quotes: [Range<Int>] = []
        var open: Int? = nil
        var i = r.lowerBound
        while i < r.upperBound {
            // Most bytes are ASCII other than the two quote marks: passed over without decoding a scalar.
            i = Bytes.firstNonASCII(orAnyOf: 0x22, 0x27, 0x27, in: buf, from: i, to: r.upperBound)
            if i == r.upperBound { break }
            let (c, len) = Bytes.scalar(buf, i)
            switch c.value {
            case 0x201C, 0x00AB, 0x201E: open = i
            case 0x201D, 0x00BB: if let o = open { quotes.append(o..<i + len); open = nil }
            case 0x22: if let o = open { quotes.append(o..<i + len); open = nil } else { open = i }
            case 0x27 where i + 1 < r.upperBound && buf[i + 1] == 0x27:
                // Two apostrophes stand for a double quote in some archives.
                if let o = open { quotes.append(o..<i + 2); open = nil } else { open = i }
                i += 2
                continue
            default: break
            }
            i += len
        }
        // A quotation left open runs to the end of the paragraph (it continues in the next one).
        if let o = open { quotes.append(o..<r.upperBound) }
        // Short quotes are mostly scare quotes, unless they quote a figure ("a “$25 billion mistake”").
        return Quotes(ranges: quotes, spoken: quotes.map { $0.count > 24 || quotesFigure(buf, $0) })
    }

    /// Spans inside quotation marks in a paragraph that attributes them (a reporting verb or a named person
    /// outside the quotes).
    static func quotations(_ found: Quotes, _ r: Range<Int>, mentions: [ActorMention]) -> [Span] {
        let quotes = found.ranges
        guard !quotes.isEmpty else { return [] }
        // Quoted speech is someone's: the speaker is the person named outside the quotes, if any.
        // Quotes and mentions are both in text order: one walk over each.
        var q = 0
        let person = mentions.starting(in: r).first { m in
            while q < quotes.count, quotes[q].upperBound <= m.range.lowerBound { q += 1 }
            let quoted = q < quotes.count && quotes[q].contains(m.range.lowerBound)
            return !quoted && m.kind == .person
        }
        return quotes.indices.filter { found.spoken[$0] }.map { (quotes[$0], person?.name, nil) }
    }
}
