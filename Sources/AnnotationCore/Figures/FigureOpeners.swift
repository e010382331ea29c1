/// Whether a figure can open anywhere in a sentence, read from its bytes without making its tokens. Most
/// sentences of news hold no figure, and tokenising each of them for the figure parser (a string and a
/// lookup per word) was the largest part of the figure scan.
///
/// The rule is the parser's own: every reading opens at a number, at a word with a digit or a hyphen, at a
/// cardinal, or at a word the vocabulary marks as opening one (`FigureParser.mayStartFigure`). With no
/// digit in the sentence there is no number. Of the other openers only "a" and "an" are common words, and
/// they open a figure only before a scale word ("a million", "a dozen"), a fraction ("a third of") or
/// "few" (`FigureParser.readWords`, `writtenFraction`); before any other word they open none.
enum FigureOpeners {
    /// False only when no reading of the figure parser can open at any token of `range`.
    static func mayHoldFigure(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, excluded: [Range<Int>]) -> Bool {
        guard let shapes = openerShapes else { return true }
        // Any digit is a number or a word with a digit (or stands in a range that is not prose, where the
        // answer yes is only wasted work): most sentences with a figure have one, found at once.
        for i in range where Bytes.isDigit(buf[i]) { return true }
        let ex = excluded.firstIndex { $0.upperBound > range.lowerBound } ?? excluded.count
        if ex < excluded.count, excluded[ex].lowerBound < range.upperBound {
            // A word may run into a range that is not prose: the tokenizer's own walk says where words are.
            var search = Search(buf: buf, words: Words(shapes: shapes))
            WordTokenizer.walk(buf, range, excluded: excluded, &search)
            return search.found
        }
        return scanBytes(buf, range, Words(shapes: shapes))
    }

    /// The test on the bytes alone, for a sentence with no digit that no range that is not prose reaches
    /// into. Every word that can open a figure is ASCII letters (`openerShapes`), and the tokenizer never
    /// ends a word inside a run of ASCII letters: such a word of the sentence is a run of ASCII letters with
    /// no letter or joining mark on either side, and a run that is less than a word only adds answers of
    /// yes. A hyphen between two letters joins a hyphenated word.
    static func scanBytes(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ start: Words) -> Bool {
        var words = start
        var run = range.lowerBound
        for i in range {
            let b = buf[i]
            if Bytes.isASCIILetter(b) { continue }
            if run < i, words.opens(UnsafeBufferPointer(rebasing: buf[run..<i]), ascii: true) { return true }
            run = i + 1
            if b == 0x2D, i > range.lowerBound, i + 1 < range.upperBound, isLetterByte(buf[i - 1]), isLetterByte(buf[i + 1]) {
                return true
            }
        }
        return run < range.upperBound && words.opens(UnsafeBufferPointer(rebasing: buf[run..<range.upperBound]), ascii: true)
    }

    /// An ASCII letter, or a byte of a longer scalar (which may be a letter).
    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool { b >= 0x80 || Bytes.isASCIILetter(b) }

    /// The tokenizer's words, in order, asked whether one may open a figure.
    struct Words {
        let shapes: [UInt64]
        let vocabulary = Vocabulary.facts
        /// The word before was "a" or "an".
        var afterArticle = false

        /// Whether `word` may open a figure. `ascii`: every byte of it is known to be ASCII.
        mutating func opens(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool = false) -> Bool {
            if afterArticle {
                afterArticle = false
                if FigureOpeners.followsArticle(word, vocabulary) { return true }
            }
            guard mayBeOpener(word, ascii: ascii) else { return false }
            let facts = Vocabulary.facts(ofWord: word, in: vocabulary)
            if facts.contains(.cardinal) { return true }
            guard facts.contains(.figureOpener) else { return false }
            if FigureOpeners.isArticle(word) { afterArticle = true; return false }
            return true
        }

        /// Anything but a token: the next word does not follow an article.
        mutating func other() { afterArticle = false }

        /// False when an ASCII word cannot be a cardinal or an opener: none of those starts and ends with
        /// its letters and has its length. A word with any other byte is looked up.
        @inline(__always)
        func mayBeOpener(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
            let n = word.count
            guard n < 64, word[0] < 0x80, word[n - 1] < 0x80 else { return true }
            return shapes[FigureOpeners.shapeSlot(word[0], word[n - 1])] & (1 << UInt64(n)) != 0 || !(ascii || Bytes.isASCII(word))
        }
    }

    /// The tokenizer's walk over a sentence, until a token may open a figure.
    struct Search: WordTokenizer.Visitor {
        let buf: UnsafeBufferPointer<UInt8>
        var words: Words
        var found = false

        mutating func visit(_ span: WordTokenizer.Span, spaceBefore _: Bool) -> Bool {
            switch span {
            case .number:
                found = true
            case let .word(r, hasDigit, hasHyphen):
                found = hasDigit || hasHyphen || words.opens(UnsafeBufferPointer(rebasing: buf[r]))
            case .symbol:
                words.other()
            }
            return !found
        }
    }

    /// "a" or "an", in any case.
    static func isArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 2, Bytes.lower(word[0]) == 0x61 else { return false }
        return word.count == 1 || Bytes.lower(word[1]) == 0x6E
    }

    /// A word after "a"/"an" that lets the article open a figure: a scale word, a fraction, "few".
    static func followsArticle(_ word: UnsafeBufferPointer<UInt8>, _ vocabulary: WordTable<WordFacts>) -> Bool {
        let w = Vocabulary.lowered(word, in: vocabulary).lower
        return w == "few" || FigureLexicon.shared.wordScale(w) != nil || FigureParser.denominator(w) != nil
    }

    /// Where the lengths of the words with these first and last bytes are kept.
    @inline(__always) static func shapeSlot(_ first: UInt8, _ last: UInt8) -> Int {
        Int(Bytes.lower(first) & 0x3F) << 6 | Int(Bytes.lower(last) & 0x3F)
    }

    /// By first and last byte (lower-cased), the lengths (as bits) of the words the vocabulary marks as
    /// cardinals or openers; nil when one of them is not all ASCII letters or is 64 bytes long (the test
    /// does not hold then, and every sentence is scanned).
    static let openerShapes: [UInt64]? = {
        var shapes = [UInt64](repeating: 0, count: 64 * 64)
        for (w, facts) in Vocabulary.facts.dictionary where !facts.isDisjoint(with: [.cardinal, .figureOpener]) {
            let bytes = Array(w.utf8)
            guard let first = bytes.first, let last = bytes.last, bytes.count < 64, bytes.allSatisfy(Bytes.isASCIILetter) else {
                return nil
            }
            shapes[shapeSlot(first, last)] |= 1 << UInt64(bytes.count)
        }
        return shapes
    }()
}
