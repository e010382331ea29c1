/// A sentence as words and marks, for reading a claim's identity: lower-cased words and numbers with their
/// byte ranges, and the punctuation that bounds clauses. Simpler than the figure tokenizer on purpose: the
/// identity needs words and clause edges, not numbers' values.
/// The word as written is not kept: two passes read it (a place's name, the document's date), from the bytes
/// under `range`; a second string per word was made, copied and freed for every word of every claim sentence.
struct SentenceWord: Sendable {
    enum Kind: Sendable { case word, number, mark }
    var range: Range<Int>
    var kind: Kind
    var lower: String
    var capitalized: Bool
    /// `lower.count`, counted once: the passes ask a word's length many times, and `count` walks the string.
    var length: Int
    /// What the lexicons say about `lower`, looked up once here rather than list by list in every pass.
    var facts: WordFacts

    /// Whether the word is `s`, which is ASCII. The lengths are compared first: most words asked are not the one
    /// looked for, and comparing two unequal strings costs ~25–50 instructions.
    func spells(_ s: String) -> Bool { length == s.utf8.count && lower == s }

    /// A mark that ends a clause for the identity: ; : ( ) — and the comma.
    var isClauseEdge: Bool { kind == .mark && facts.contains(.clauseEdge) }

    static let clauseEdges: WordSet = [";", ":", "(", ")", "—", "–", ",", "?", "!", "\u{201C}", "\u{201D}", "\""]
}

enum SentenceWords {
    /// `tokens`, when given, are the figure tokenizer's tokens of this sentence: a word over the same bytes as
    /// one of its words is lowered alike (`Vocabulary.lowered`), so it takes that word's form and facts.
    static func read(_ bytes: [UInt8], _ range: Range<Int>, tokens: [Token]? = nil) -> [SentenceWord] {
        bytes.withUnsafeBufferPointer { read($0, range, tokens: tokens ?? []) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tokens: [Token]) -> [SentenceWord] {
        var out: [SentenceWord] = []
        // Prose has a word or mark every four to five bytes; growing the array copied every word read so far.
        out.reserveCapacity(range.count / 4 + 2)
        let vocabulary = Vocabulary.facts
        let marks = asciiMarks
        var next = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1; continue }
            if isNoBreakSpace(bytes, i, range) { i += 2; continue }
            if isLetter(b) {
                var j = i + 1
                while j < range.upperBound, (isLetter(bytes[j]) && !isNoBreakSpace(bytes, j, range)) || isInnerJoin(bytes, j, range) { j += 1 }
                while next < tokens.count, tokens[next].range.lowerBound < i { next += 1 }
                let known = next < tokens.count && tokens[next].kind == .word && tokens[next].range == i..<j
                    ? (tokens[next].lower, tokens[next].facts) : nil
                out.append(word(bytes, i..<j, .word, vocabulary, lowered: known))
                i = j
            } else if b >= 0x30 && b <= 0x39 {
                var j = i + 1
                var letters = false
                while j < range.upperBound {
                    if Bytes.isDigit(bytes[j]) || isNumberJoin(bytes, j, range) { j += 1; continue }
                    guard isLetter(bytes[j]), !isNoBreakSpace(bytes, j, range) else { break }
                    letters = true
                    j += 1
                }
                out.append(letters || !numbersHaveNoFacts ? word(bytes, i..<j, .number, vocabulary) : digits(bytes, i..<j))
                i = j
            } else if b < 0x80, i + 1 == range.upperBound || bytes[i + 1] & 0xC0 != 0x80 {
                // A one-byte mark: its spellings and facts were found once (`asciiMarks`).
                let m = marks[Int(b)]
                out.append(SentenceWord(range: i..<i + 1, kind: .mark, lower: m.lower, capitalized: false, length: m.length,
                                        facts: m.facts))
                i += 1
            } else {
                var j = i + 1
                while j < range.upperBound, bytes[j] & 0xC0 == 0x80 { j += 1 }
                out.append(word(bytes, i..<j, .mark, vocabulary))
                i = j
            }
        }
        return out
    }

    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ kind: SentenceWord.Kind, _ vocabulary: WordTable<WordFacts>,
                     lowered known: (String, WordFacts)? = nil) -> SentenceWord {
        let first = bytes[r.lowerBound]
        let (lower, length, facts) = spellings(UnsafeBufferPointer(rebasing: bytes[r]), vocabulary, lowered: known)
        return SentenceWord(range: r, kind: kind, lower: lower, capitalized: first >= 0x41 && first <= 0x5A, length: length,
                            facts: facts)
    }

    /// A number of ASCII digits, commas and full stops, when no lexicon word starts with a digit: what `word`
    /// gives for it (no capital to lower, no facts), with one string made and no lookup.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> SentenceWord {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        return SentenceWord(range: r, kind: .number, lower: text, capitalized: false, length: r.count, facts: [])
    }

    /// Whether no word the lexicons hold starts with a digit, so a number's facts are always none.
    static let numbersHaveNoFacts = !Vocabulary.facts.keys.contains { $0.utf8.first.map { Bytes.isDigit($0) } ?? false }

    /// The spellings and facts of every one-byte mark, as `spellings` gives them: a sentence has a few
    /// (commas, full stops, brackets), and each made a string and looked its facts up.
    static let asciiMarks: [(lower: String, length: Int, facts: WordFacts)] = (0..<128).map { b in
        [UInt8(b)].withUnsafeBufferPointer { spellings($0, Vocabulary.facts) }
    }

    /// The word lower-cased, its length in characters and its facts. It is lowered, and its facts found, as the
    /// figure tokenizer does it (`Vocabulary.lowered`). An ASCII word has as many characters as bytes.
    /// `lowered`: what `Vocabulary.lowered` gave for these bytes before, if it was asked.
    static func spellings(_ word: UnsafeBufferPointer<UInt8>, _ vocabulary: WordTable<WordFacts>,
                          lowered: (String, WordFacts)? = nil) -> (lower: String, length: Int, facts: WordFacts) {
        let (lower, facts) = lowered ?? Vocabulary.lowered(word, in: vocabulary)
        return (lower, Bytes.isASCII(word) ? word.count : lower.count, facts)
    }

    /// The word as written: its bytes in `bytes`, the text it was read from.
    static func text(of w: SentenceWord, in bytes: [UInt8]) -> String {
        String(decoding: bytes[w.range], as: UTF8.self)
    }

    /// ASCII letters and any non-ASCII byte except the punctuation of U+2000–U+206F (dashes, curly quotes).
    static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x80 && b != 0xE2)
    }

    /// U+00A0 NO-BREAK SPACE (C2 A0) separates words as a space does: "rose\u{A0}four" is two words.
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int, _ r: Range<Int>) -> Bool {
        bytes[j] == 0xC2 && j + 1 < r.upperBound && bytes[j + 1] == 0xA0
    }

    /// An apostrophe or hyphen between letters stays in the word ("state's", "forty-two").
    static func isInnerJoin(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int, _ r: Range<Int>) -> Bool {
        guard j + 1 < r.upperBound, bytes[j] == 0x27 || bytes[j] == 0x2D else { return false }
        return isLetter(bytes[j + 1])
    }

    static func isNumberJoin(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int, _ r: Range<Int>) -> Bool {
        guard j + 1 < r.upperBound, bytes[j] == 0x2C || bytes[j] == 0x2E else { return false }
        return Bytes.isDigit(bytes[j + 1])
    }
}
