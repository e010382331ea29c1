/// The provenance vocabularies, parsed once, plus a workspace's extra cues. A class, so that passing it to
/// every sentence's reading does not retain each of its tables.
final class CueLexicon: Sendable {
    let reportingVerbs: WordSet
    let documentNouns: WordSet
    /// Multi-word phrases keyed by their first word, longest first.
    let sourcePhrases: WordTable<[[String]]>
    let vaguePhrases: WordTable<[[String]]>
    let vagueSubjects: WordSet
    /// No configured cues: the tables are the standard ones, whose phrase heads the words' facts name.
    let isStandard: Bool

    /// Verb forms that are far more often nouns or other words: need a subject right before them.
    static let ambiguousVerbs: WordSet = [
        "state", "states", "report", "reports", "estimate", "estimates", "figures", "count", "counts", "record",
        "records", "post", "posts", "quote", "quotes", "comment", "comments", "answer", "answers", "hope", "hopes",
        "fear", "fears", "claim", "claims", "charge", "charges", "note", "notes", "project", "projects", "show",
        "shows", "forecast", "forecasts", "figure", "promise", "promises", "dispute", "disputes", "demand", "demands",
        "put", "puts", "stress", "worry", "tally", "reply", "replies", "release", "cite", "peg", "pegs", "record",
        "found", "expect", "expected", "plan", "plans", "offer", "offers", "request", "requests", "aim", "aims",
        "want", "wants", "favor", "favors", "favour", "favours", "advocate", "advocates", "pledge", "pledges",
        "list", "lists", "call", "calls",
    ]

    /// Forms never taken as reporting verbs: too often something else ("put 5,000 troops", "found guilty").
    static let excludedVerbs: WordSet = ["put", "puts", "putting", "peg", "pegs", "pegged", "count", "counts",
                                             "counted", "record", "records", "recorded", "figure", "figures", "figured",
                                             "post", "posts", "posted", "charge", "charges", "charged", "project", "projects"]

    static let shared = CueLexicon(extraSource: [], extraVague: [])

    init(extraSource: [String], extraVague: [String]) {
        reportingVerbs = WordSet(LexiconParsing.wordStrings(Lexicon.reportingVerbData)).subtracting(Self.excludedVerbs)
        documentNouns = WordSet(LexiconParsing.wordStrings(Lexicon.sourceDocumentData))
        sourcePhrases = Self.phrases(LexiconParsing.wordStrings(Lexicon.sourcePrepositionData).union(extraSource.map { $0.lowercased() }))
        vaguePhrases = Self.phrases(LexiconParsing.wordStrings(Lexicon.vaguePhraseData).union(extraVague.map { $0.lowercased() }))
        vagueSubjects = WordSet(LexiconParsing.wordStrings(Lexicon.vagueSubjectData))
        isStandard = extraSource.isEmpty && extraVague.isEmpty
    }

    /// `match` of the source phrases; a word no standard phrase starts with is not looked up. (Inlined: its
    /// gate is asked of every word of a claim sentence, and a call per word cost more than the gate.)
    @inline(__always)
    func sourceMatch(_ tokens: [Token], _ i: Int) -> Int? {
        if isStandard {
            guard tokens[i].facts.contains(.sourcePhraseHead) else { return nil }
            if let decided = Self.decidedByNext(tokens, i, oneWord: .sourcePhraseWord) { return decided }
        }
        return Self.match(sourcePhrases, tokens, i)
    }

    /// `match` of the vague phrases; a word no standard phrase starts with is not looked up. (Inlined: its
    /// gate is asked of every word of a claim sentence, and a call per word cost more than the gate.)
    @inline(__always)
    func vagueMatch(_ tokens: [Token], _ i: Int) -> Int? {
        if isStandard {
            guard tokens[i].facts.contains(.vaguePhraseHead) else { return nil }
            if let decided = Self.decidedByNext(tokens, i, oneWord: .vaguePhraseWord) { return decided }
        }
        return Self.match(vaguePhrases, tokens, i)
    }

    /// `match` of a standard table when the word after the head is no adverb a phrase may skip and the second
    /// word of no standard phrase: only a one-word phrase can match then, and neither table is looked up.
    /// (Every word of a standard phrase starts with a letter: a token without facts is none of them.)
    static func decidedByNext(_ tokens: [Token], _ i: Int, oneWord: WordFacts) -> Int?? {
        guard i + 1 == tokens.count || tokens[i + 1].facts.isDisjoint(with: [.interveningAdverb, .phraseSecondWord]) else { return nil }
        return .some(tokens[i].facts.contains(oneWord) ? 1 : nil)
    }

    /// The second words of this lexicon's phrases.
    var phraseSecondWords: Set<String> {
        Set([sourcePhrases, vaguePhrases].flatMap { $0.dictionary.values.joined().compactMap { $0.count > 1 ? $0[1] : nil } })
    }

    /// The phrases of one word of a table.
    func oneWordPhrases(_ table: WordTable<[[String]]>) -> Set<String> {
        Set(table.dictionary.values.joined().compactMap { $0.count == 1 ? $0[0] : nil })
    }

    static func phrases(_ set: Set<String>) -> WordTable<[[String]]> {
        var out: [String: [[String]]] = [:]
        for p in set {
            let words = phraseWords(p)
            guard let first = words.first else { continue }
            out[first, default: []].append(words)
        }
        for k in out.keys { out[k]!.sort { $0.count > $1.count } }
        return WordTable(out)
    }

    /// `p.split(separator: " ").map(String.init)`, cut at the space bytes of an ASCII phrase (each byte a
    /// character there): splitting by characters cost ~1 M in every process for the standard phrases.
    static func phraseWords(_ p: String) -> [String] {
        var p = p
        let ascii: [String]? = p.withUTF8 { b in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            return b.split(separator: 0x20).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return ascii ?? p.split(separator: " ").map(String.init)
    }

    /// A reporting verb, or its -ing form ("confirming", "saying", "noting").
    func isReportingVerb(_ w: String) -> Bool {
        reportingVerbs.contains(w) || isReportingIngForm(w)
    }

    /// The -ing form of a reporting verb ("confirming"), not a reporting verb itself.
    func isReportingIngForm(_ w: String) -> Bool {
        if let answer = w.utf8.withContiguousStorageIfAvailable({ isReportingIngForm(printableASCII: $0) }), let answer { return answer }
        // The bytes first: a word ending in the letters "ing" ends in their bytes, and has no more
        // characters than bytes.
        guard w.utf8.count > 5, SentenceCues.endsInIng(w), Bytes.hasSuffix(w, "ing"), w.count > 5 else { return false }
        let stem = String(w.dropLast(3))
        return reportingVerbs.contains(stem) || reportingVerbs.contains(stem + "e")
            || (stem.count > 3 && stem.last == stem.dropLast().last && reportingVerbs.contains(String(stem.dropLast())))
    }

    /// `isReportingVerb(tokens[k].lower)`: the standard list is the word's `.reportingVerb` fact (no
    /// configuration adds to it), and only a word can end in "ing".
    func isReportingVerb(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].facts.contains(.reportingVerb) || (tokens[k].kind == .word && isReportingIngForm(tokens[k].lower))
    }

    /// `isReportingIngForm` of a word of printable ASCII bytes, each of them a character: its stems looked up
    /// by their bytes, not made into strings (and its characters not counted) as the -ing forms of words
    /// that report nothing are (~3,700 instructions each). Nil for any other word.
    func isReportingIngForm(printableASCII b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let n = b.count
        guard n > 5, b[n - 3] == UInt8(ascii: "i"), b[n - 2] == UInt8(ascii: "n"), b[n - 1] == UInt8(ascii: "g") else { return false }
        let stem = UnsafeBufferPointer(rebasing: b[0..<(n - 3)])
        if reportingVerbs.contains(ascii: stem) { return true }
        let withE = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem.count + 1) { out in
            _ = out.initialize(fromContentsOf: stem)
            out[stem.count] = UInt8(ascii: "e")
            return reportingVerbs.contains(ascii: UnsafeBufferPointer(out))
        }
        if withE { return true }
        return stem.count > 3 && stem[stem.count - 1] == stem[stem.count - 2]
            && reportingVerbs.contains(ascii: UnsafeBufferPointer(rebasing: stem[0..<(stem.count - 1)]))
    }

    /// The longest phrase of a table starting at token `i`, as its token count.
    /// Inside a phrase, an adverb may intervene: "is also expected to", "it was widely reported".
    static func match(_ table: WordTable<[[String]]>, _ tokens: [Token], _ i: Int) -> Int? {
        guard let candidates = table[tokens[i].lower] else { return nil }
        for words in candidates {
            var t = i
            var ok = true
            for (k, w) in words.enumerated() {
                while k > 0, t < tokens.count, tokens[t].lower != w, tokens[t].facts.contains(.interveningAdverb) { t += 1 }
                guard t < tokens.count, tokens[t].lower == w else { ok = false; break }
                t += 1
            }
            if ok { return t - i }
        }
        return nil
    }

    static let interveningAdverbs: WordSet = ["also", "widely", "generally", "now", "still", "already", "currently",
                                                  "previously", "commonly", "initially", "originally", "first", "even"]
}
