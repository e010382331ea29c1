/// Splits a document into paragraphs and sentences of prose.
///
/// Paragraphs are runs of non-blank lines; inside a run a line break still ends the paragraph when the line
/// before it ends a sentence (texts that put one paragraph per line, interview transcripts) or the next line
/// starts a list item, dash-led answer or heading. Sentences end at . ! ? (and CJK stops) followed by space
/// and a plausible sentence start, unless the period belongs to an abbreviation, an initial or a number.
public enum Segmenter {
    public static func segment(_ text: SourceText, format: DocumentFormat) -> Segmentation {
        let mask = NonProseMask.compute(text, format: format)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        readParagraphs(text, lines: 0..<text.lines.lineCount, excludedLines: mask.excludedLines,
                       into: &paragraphs, &sentences)
        return Segmentation(paragraphs: paragraphs, sentences: sentences, excluded: mask.excluded,
                            citations: mask.citations)
    }

    /// The paragraphs, and their sentences, of a run of lines read from a state with no paragraph open (the
    /// text's start, or after a blank line); appended to those already found.
    static func readParagraphs(_ text: SourceText, lines: Range<Int>, excludedLines: [Bool]?,
                               into paragraphs: inout [Paragraph], _ sentences: inout [Sentence]) {
        text.bytes.withUnsafeBufferPointer { buf in
            var current: Range<Int>? = nil
            func close() {
                guard let p = current else { return }
                paragraphs.append(Paragraph(range: p))
                splitSentences(buf, p, paragraph: paragraphs.count - 1, into: &sentences)
                current = nil
            }
            for line in lines {
                let r = trimmed(buf, text.lines.contentRange(ofLine: line))
                if excludedLines?[line] == true || r.isEmpty { close(); continue }
                if let p = current, !continuesParagraph(buf, p, r) {
                    close()
                }
                if let p = current { current = p.lowerBound..<r.upperBound } else { current = r }
            }
            close()
        }
    }

    /// The range without leading and trailing spaces (ASCII and no-break).
    static func trimmed(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi {
            if Bytes.isSpace(buf[lo]) { lo += 1; continue }
            if buf[lo] >= 0xC2, Bytes.scalar(buf, lo).0.isExoticSpace { lo += Bytes.scalar(buf, lo).1; continue }
            break
        }
        while hi > lo {
            if Bytes.isSpace(buf[hi - 1]) { hi -= 1; continue }
            let s = Bytes.previousScalarStart(buf, hi)
            if buf[s] >= 0xC2, Bytes.scalar(buf, s).0.isExoticSpace { hi = s; continue }
            break
        }
        return lo..<hi
    }

    /// A line continues the paragraph above only when that paragraph stops mid-sentence and the line reads
    /// as its continuation (a lower-case start, or a break after a comma or hyphen). Headlines, datelines
    /// and one-paragraph-per-line texts stay apart.
    static func continuesParagraph(_ buf: UnsafeBufferPointer<UInt8>, _ p: Range<Int>, _ line: Range<Int>) -> Bool {
        if endsSentence(buf, p) || startsBlock(buf, line) { return false }
        let last = buf[p.upperBound - 1]
        if last == 0x2C || last == 0x2D || last == 0x3B { return true }
        let (c, _) = Bytes.scalar(buf, line.lowerBound)
        return c.properties.isLowercase
    }

    /// Does the text of a paragraph-so-far end like a finished sentence (or a heading line, or a colon
    /// that introduces what follows)?
    static func endsSentence(_ buf: UnsafeBufferPointer<UInt8>, _ p: Range<Int>) -> Bool {
        var i = p.upperBound
        while i > p.lowerBound {
            let s = Bytes.previousScalarStart(buf, i)
            let (c, _) = Bytes.scalar(buf, s)
            if c.isQuote || c == ")" || c == "]" || c == "*" || c == "_" { i = s; continue }
            return c == "." || c == "!" || c == "?" || c == ":" || c.isCJKSentenceEnd
        }
        return false
    }

    /// Lines that start a block of their own: list items, dash-led answers, headings, quotes.
    static func startsBlock(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let (c, len) = Bytes.scalar(buf, r.lowerBound)
        let next = r.lowerBound + len < r.upperBound ? buf[r.lowerBound + len] : 0
        if c.isDash { return true }
        if (c == "-" || c == "*" || c == "+"), next == 0x20 { return true }
        if c == "#" || c == ">" { return true }
        if c == "|" { return true }
        return false
    }

    static func splitSentences(_ buf: UnsafeBufferPointer<UInt8>, _ p: Range<Int>, paragraph: Int,
                               into out: inout [Sentence]) {
        var start = p.lowerBound
        var i = p.lowerBound
        while i < p.upperBound {
            // Only . ! ? and non-ASCII bytes can end a sentence: the plain bytes between are passed over eight
            // at a time.
            i = Bytes.firstNonASCII(orAnyOf: 0x2E, 0x21, 0x3F, in: buf, from: i, to: p.upperBound)
            if i == p.upperBound { break }
            let b = buf[i]
            var stop = -1 // end of the terminating punctuation, if this is a sentence end
            if b == 0x2E || b == 0x21 || b == 0x3F {
                var j = i + 1
                while j < p.upperBound, buf[j] == 0x2E || buf[j] == 0x21 || buf[j] == 0x3F { j += 1 }
                let singlePeriod = b == 0x2E && j == i + 1
                j = skipClosers(buf, j, p.upperBound)
                if j < p.upperBound, isSpaceAt(buf, j), let next = nextWordStart(buf, j, p.upperBound),
                   startsSentence(buf, next, p.upperBound),
                   !(singlePeriod && isAbbreviation(buf, p.lowerBound, i, next, p.upperBound)) {
                    stop = j
                }
                if stop < 0 { i = j; continue }
            } else if b >= 0xE3 {
                let (c, len) = Bytes.scalar(buf, i)
                if c.isCJKSentenceEnd { stop = skipClosers(buf, i + len, p.upperBound) }
                else { i += len; continue }
            }
            if stop >= 0 {
                appendSentence(buf, start..<stop, paragraph: paragraph, into: &out)
                var n = stop
                while n < p.upperBound, isSpaceAt(buf, n) { n += Bytes.scalar(buf, n).1 }
                start = n
                i = n
                continue
            }
            i += 1
        }
        if start < p.upperBound { appendSentence(buf, start..<p.upperBound, paragraph: paragraph, into: &out) }
    }

    /// The longest sentence the later passes see, in bytes. Sentences of prose are far shorter (400 words
    /// is ~2,500 bytes); a text with no sentence ends — a flattened table, a log line, a 50 MB single line —
    /// is cut into pieces at spaces, so that per-sentence work stays bounded and the whole stays linear.
    static let maxSentenceBytes = 4_000

    static func appendSentence(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, paragraph: Int,
                               into out: inout [Sentence]) {
        var start = r.lowerBound
        while r.upperBound - start > maxSentenceBytes {
            // Cut at the last space before the limit; with none in the second half, at the first after it
            // (a token is never split: a million digits stay one number).
            var cut = start + maxSentenceBytes
            while cut > start + maxSentenceBytes / 2, !Bytes.isSpace(buf[cut]) { cut -= 1 }
            if cut <= start + maxSentenceBytes / 2 {
                cut = start + maxSentenceBytes
                while cut < r.upperBound, !Bytes.isSpace(buf[cut]) { cut += 1 }
            }
            out.append(Sentence(range: start..<cut, paragraph: paragraph))
            start = cut
            while start < r.upperBound, Bytes.isSpace(buf[start]) { start += 1 }
        }
        if start < r.upperBound { out.append(Sentence(range: start..<r.upperBound, paragraph: paragraph)) }
    }

    /// Skips closing quotes and brackets after sentence-final punctuation.
    static func skipClosers(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end {
            let (c, len) = Bytes.scalar(buf, j)
            if c.isQuote || c == ")" || c == "]" || c == "*" || c == "_" || c.value == 0x300D { j += len } else { break }
        }
        return j
    }

    static func isSpaceAt(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if Bytes.isSpace(buf[i]) { return true }
        return buf[i] >= 0xC2 && Bytes.scalar(buf, i).0.isExoticSpace
    }

    static func nextWordStart(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = i
        while j < end, isSpaceAt(buf, j) { j += Bytes.scalar(buf, j).1 }
        return j < end ? j : nil
    }

    /// A sentence starts with a capital, a digit, an opening quote or bracket, or a dash.
    static func startsSentence(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = buf[i]
        if Bytes.isDigit(b) || Bytes.isASCIIUpper(b) { return true }
        let (c, _) = Bytes.scalar(buf, i)
        if c.isQuote || c == "(" || c == "[" || c.isDash || c == "-" { return true }
        if c.properties.isUppercase { return true }
        // Scripts without case (CJK and others) start sentences with any letter.
        if b >= 0x80, c.properties.isAlphabetic, !c.properties.isLowercase { return true }
        return false
    }

    /// Is the period at `dot` part of an abbreviation or initial rather than the end of a sentence?
    static func isAbbreviation(_ buf: UnsafeBufferPointer<UInt8>, _ lower: Int, _ dot: Int, _ next: Int, _ end: Int) -> Bool {
        var s = dot
        while s > lower, !isSpaceAt(buf, s - 1), buf[s - 1] != 0x28, !(Bytes.scalar(buf, Bytes.previousScalarStart(buf, s)).0.isQuote) {
            s = Bytes.previousScalarStart(buf, s)
        }
        guard s < dot else { return false }
        let bytes = UnsafeBufferPointer(rebasing: buf[s..<dot])
        if Bytes.isASCII(bytes) { return isASCIIAbbreviation(bytes, buf, next, end) }
        let word = String(decoding: bytes, as: UTF8.self)
        let lowered = word.lowercased()
        // A single capital letter is an initial (J. Smith).
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        if Abbreviations.titles.contains(lowered) { return true }
        if Abbreviations.others.contains(lowered) || isDottedAcronym(word) {
            // "U.S." or "Inc." may end a sentence: only when an ordinary sentence opener follows.
            return !Abbreviations.sentenceOpeners.contains(nextWord(buf, next, end).lowercased())
        }
        return false
    }

    /// `isAbbreviation` for a word of ASCII bytes, read from the bytes: the same tests, with no string made
    /// (most sentences end in an ordinary word, and each was made into two strings to be looked up).
    static func isASCIIAbbreviation(_ word: UnsafeBufferPointer<UInt8>, _ buf: UnsafeBufferPointer<UInt8>,
                                    _ next: Int, _ end: Int) -> Bool {
        if word.count == 1, Bytes.isASCIIUpper(word[0]) { return true }
        let known = Bytes.withLowered(word) { lower -> Bool? in
            if Abbreviations.titles.contains(ascii: lower) { return true }
            return Abbreviations.others.contains(ascii: lower) ? nil : false
        }
        guard known != true else { return true }
        guard known == nil || isDottedAcronym(word) else { return false }
        var j = next
        while j < end, Bytes.isASCIILetter(buf[j]) { j += 1 }
        return !Bytes.withLowered(UnsafeBufferPointer(rebasing: buf[next..<j])) { Abbreviations.sentenceOpeners.contains(ascii: $0) }
    }

    /// U.S, U.K, e.g: single ASCII letters separated by single dots.
    static func isDottedAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word.count % 2 == 1 else { return false }
        for (k, b) in word.enumerated() where k % 2 == 0 ? !Bytes.isASCIILetter(b) : b != UInt8(ascii: ".") { return false }
        return true
    }

    /// U.S, U.K, e.g: letters separated by single dots.
    static func isDottedAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    static func nextWord(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> String {
        var j = i
        while j < end, Bytes.isASCIILetter(buf[j]) { j += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[i..<j]), as: UTF8.self)
    }
}

/// Words written with a period that does not end a sentence.
enum Abbreviations {
    /// Always followed by a name: never end a sentence.
    static let titles: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "sgt",
        "capt", "cpt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "st", "mt", "ft", "fr", "sr", "messrs", "mme", "mlle", "no", "nos",
        "vs", "v", "cf", "fig", "figs", "approx", "ca", "est", "vol", "pp", "p", "art", "sec", "ch", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m", "op",
        "gov't", "dept", "univ", "assn", "bros", "calif", "fla", "ill", "mass", "mich", "minn", "tex", "wash",
        "penn", "ariz", "colo", "conn", "ga", "ky", "la", "md", "mo", "nev", "okla", "ore", "tenn", "va", "wis",
    ]
    /// May end a sentence.
    static let others: WordSet = ["inc", "ltd", "co", "corp", "jr", "etc", "plc", "llc", "bn", "mn", "al"]
    /// Words that start a new sentence after "U.S." or "Inc." far more often than they continue one.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "but", "in", "this", "that", "these",
        "those", "and", "or", "so", "yet", "there", "his", "her", "their", "its", "on", "at", "for", "as", "after",
        "when", "while", "if", "however", "meanwhile", "still", "some", "many", "most", "one", "what", "why",
        "how", "who", "our", "my", "now", "then", "since", "although", "though", "according",
    ]
}
