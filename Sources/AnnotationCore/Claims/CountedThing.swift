/// The *what* of a claim beyond its unit class (SPEC §3.4): the words that narrow the counted noun inside
/// the figure ("1,280 pledged delegates"), and the noun phrase of an "of" after it ("14 billion gallons of
/// that mandate", "copies of Thriller"). Unit words of the same class add nothing and are left out.
enum CountedThing {
    static let cardinals = WordTable(LexiconParsing.table(Lexicon.cardinalData))
    static let scales = WordTable(LexiconParsing.table(Lexicon.scaleData))
    static let function = FigureParser.unitStopWords
    static let generic = LexiconParsing.words(Lexicon.genericNewsWordsData)
    static let unitClasses = WordTable(LexiconParsing.table(Lexicon.unitClassData))
    /// Words of vague amount that stand inside a figure ("several hundred thousand", "a few dozen").
    static let vagueAmounts: WordSet = ["several", "few", "many", "dozen", "dozens", "scores", "couple", "tens", "all"]

    /// Determiners between a bare number and the noun it counts in "6,100 of its members", "two of the
    /// victims": the number takes a part of the group the noun names.
    static let partitiveDeterminers: WordSet = ["its", "their", "the", "those", "these", "his", "her", "our", "whom"]
    /// Forms of "be" that let a bare number's counted noun follow it: "13,972 were homes".
    static let copulas: WordSet = ["were", "are", "was", "is"]

    /// The class of what a figure counts. Its own unit first; for a bare number, the noun English puts after
    /// it: a partitive ("6,100 of its members", "40 of the victims") or a copula ("13,972 were homes").
    /// Nil when neither names a noun of a known class: such a figure is compared with nothing.
    static func head(_ w: [SentenceWord], last: Int, figure f: Figure) -> String? {
        if let c = f.unitClass { return c }
        guard f.unit == nil, f.currency == nil, last + 2 < w.count else { return nil }
        let next = w[last + 1].lower
        let noun: SentenceWord
        if w[last + 1].spells("of"), partitiveDeterminers.contains(w[last + 2].lower), last + 3 < w.count {
            noun = w[last + 3]
        } else if copulas.contains(next) {
            noun = w[last + 2]
        } else { return nil }
        guard noun.kind == .word else { return nil }
        if let c = unitClasses[noun.lower] { return c }
        // A plural noun of no known class is its own class, as the figure's unit would be ("were homes"); a
        // participle ("were injured") or a function word is not a noun.
        let s = noun.lower
        guard s.count > 3, Bytes.hasSuffix(s, "s"), !Bytes.hasSuffix(s, "ss"), !Bytes.hasSuffix(s, "us"), !function.contains(s), !generic.contains(s) else { return nil }
        return s
    }

    /// The distinct narrowing words, sorted. A claim has a few: a list that takes each once by `==`, as a
    /// set would, costs less than hashing them into one.
    static func narrowing(_ w: [SentenceWord], first: Int, last: Int, unit: UnitNames) -> [String] {
        var out: [String] = []
        func take(_ s: String) { if !out.contains(s) { out.append(s) } }
        for k in first...last where isNarrowing(w, k, unit) { take(w[k].lower) }
        // "… of (the|that|its) <noun> <noun>", up to two content words.
        var k = last + 1
        if k < w.count, w[k].spells("of") {
            k += 1
            while k < w.count, ofDeterminers.contains(w[k].lower) { k += 1 }
            var taken = 0
            while k < w.count, taken < 2, w[k].kind == .word, isNarrowing(w, k, unit) {
                take(w[k].lower)
                taken += 1
                k += 1
            }
        }
        out.sort()
        return out
    }

    static let ofDeterminers: WordSet = ["the", "that", "this", "its", "their", "his", "her", "a", "an"]

    /// A content word that is not the unit, a number word, a qualifier or a function word. Ordinals stay:
    /// "its first album" and "its second album" are two things.
    /// Words are passed by index: passed by value, each was copied (its string retained and released).
    static func isNarrowing(_ w: [SentenceWord], _ k: Int, _ unit: UnitNames) -> Bool {
        isContentWord(w, k) && !unit.contains(w[k].lower, mayHaveClass: w[k].facts.contains(.unitClass))
    }

    /// What narrows any count, whatever the figure: a word that is not a function word, a number word or a
    /// qualifier.
    static func isContentWord(_ w: [SentenceWord], _ k: Int) -> Bool {
        // "millions", "hundreds", "tens": plural number words are part of the amount, not of what is counted.
        w[k].kind == .word && w[k].length > 2 && w[k].facts.isDisjoint(with: .notContent)
    }

    /// The words that name a figure's own unit or currency, which say what is counted already. Lower-cased
    /// once per figure: every word its identity reads is compared with them.
    struct UnitNames {
        let unit: String?
        let currency: String?
        let unitClass: String?
        /// "per cent" is the unit, written in two words. Asked once, not for every word.
        let isPercent: Bool

        init(_ f: Figure) {
            unit = f.unit.map(Self.lowered)
            currency = f.currency.map(Self.lowered)
            unitClass = f.unitClass
            isPercent = f.unitClass == "percent"
        }

        /// `s.lowercased()`, without making a string when `s` is ASCII with no capital (most units are).
        static func lowered(_ s: String) -> String {
            s.utf8.allSatisfy { $0 < 0x80 && !Bytes.isASCIIUpper($0) } ? s : s.lowercased()
        }

        /// `mayHaveClass`: false when `s` is known to be no word of `unitClasses` (its facts lack `.unitClass`).
        func contains(_ s: String, mayHaveClass: Bool = true) -> Bool {
            if s == unit || (mayHaveClass && unitClass != nil && unitClasses[s] == unitClass) { return true }
            if let c = currency, s == c { return true }
            return isPercent && s == "cent"
        }
    }

    /// The sentence's distinctive content words before any figure's unit is taken out: read once per
    /// sentence, so that a sentence with many figures costs its length once, not once per figure.
    static func evidenceWords(_ w: [SentenceWord]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(w.count / 2 + 2)
        var taken = TakenWords(capacity: w.count / 2 + 2)
        // Measure words ("cost", "killed") are part of the comparison key already: as evidence they would
        // count twice and match any two claims of one measure.
        // A name of several capitalised words ("American Muslim", "Camp Fire") is one piece of evidence: two
        // sentences that share only a name share one thing, however many words it has. Its words stand in a
        // row: `name` are their indices.
        var name = 0..<0
        func endName() {
            guard !name.isEmpty else { return }
            let joined = name.count == 1 ? w[name.lowerBound].lower : joinedName(w, name)
            if taken.insert(joined, among: out) { out.append(joined) }
            name = 0..<0
        }
        for k in w.indices {
            // The word's fields are read in place: passed whole to a test, it was copied, twice a word.
            let content = isContentWord(w, k)
            if content && w[k].capitalized && k > 0 && !isSentenceStart(w, k) {
                name = name.isEmpty ? k..<k + 1 : name.lowerBound..<k + 1
                continue
            }
            endName()
            guard content, w[k].length >= 4, !w[k].facts.contains(.genericNews), !w[k].facts.contains(.measure) else { continue }
            // The string is taken out first: handed to `insert` from the array, the whole word was copied.
            let word = w[k].lower
            if taken.insert(word, among: out) { out.append(word) }
        }
        endName()
        return out
    }

    /// The lower-cased words `r` joined by spaces, their bytes copied into one string of the size it ends with:
    /// `joined` over a list of them cost more than the list, and appending to a string more than `joined`.
    static func joinedName(_ w: [SentenceWord], _ r: Range<Int>) -> String {
        var size = r.count - 1
        for k in r { size += w[k].lower.utf8.count }
        return String(unsafeUninitializedCapacity: size) { out in
            var n = 0
            for k in r {
                if k > r.lowerBound { out[n] = 0x20; n += 1 }
                var s = w[k].lower
                n += s.withUTF8 { UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(from: $0).1 }
            }
            return n
        }
    }

    /// The words `evidenceWords` has taken, answering as a `Set<String>` of them would: a sentence's dozen
    /// words are told apart by their bytes' hash (`WordIndex.hash`: an ASCII word equals another only with the
    /// same bytes) and compared as strings only when the hashes agree or a word is not all ASCII (`==` is
    /// canonical equivalence there: "K" and the Kelvin sign are one word). Hashing each word with SipHash into
    /// a set was most of what reading the evidence cost.
    struct TakenWords {
        /// Per word taken, in order: its hash, or nil when it is not all ASCII.
        private var hashes: [Int?] = []

        init(capacity: Int) { hashes.reserveCapacity(capacity) }

        /// Takes `word` unless `taken` (the words taken so far, in order) holds an equal one.
        mutating func insert(_ word: String, among taken: [String]) -> Bool {
            let hash = Self.asciiHash(word)
            for (j, h) in hashes.enumerated() where h == nil || hash == nil || h == hash {
                if taken[j] == word { return false }
            }
            hashes.append(hash)
            return true
        }

        /// From the string's own bytes (a word is a small string): its UTF-8 view's iterator cost more than the
        /// hash.
        static func asciiHash(_ s: String) -> Int? {
            func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
                let (value, isASCII) = WordIndex.hash(b)
                return isASCII ? value : nil
            }
            return s.utf8.withContiguousStorageIfAvailable(hash) ?? Array(s.utf8).withUnsafeBufferPointer(hash)
        }
    }

    /// The first word of a sentence is capitalised whatever it is; so is the word after a colon or a quote.
    static let sentenceOpeners: WordSet = [":", "\"", "\u{201C}", "."]

    static func isSentenceStart(_ w: [SentenceWord], _ k: Int) -> Bool {
        k == 0 || (w[k - 1].kind == .mark && w[k - 1].facts.contains(.sentenceOpener))
    }

    /// The sentence's distinctive content words: the textual evidence that two claims tell one story.
    static func evidence(_ w: [SentenceWord], figure f: Figure) -> SortedWords {
        evidence(sorted: evidenceWords(w).sorted(), figure: f)
    }

    /// `evidence` from the sentence's `evidenceWords` in ascending order: the sentence's words are sorted
    /// once for all its claims, and each claim takes its unit's names out of them, which keeps the order.
    static func evidence(sorted words: [String], figure f: Figure) -> SortedWords {
        evidence(sorted: words, unit: UnitNames(f))
    }

    static func evidence(sorted words: [String], unit: UnitNames) -> SortedWords {
        var kept: [String] = []
        kept.reserveCapacity(words.count)
        for w in words where !unit.contains(w) { kept.append(w) }
        // `evidenceWords` took each word once: kept in order, they are the sorted set.
        return SortedWords(sortedDistinct: kept)
    }

    /// Words that take something out of a count: "sales excluding cars", "pay net of premiums".
    static let excluders: WordSet = ["excluding", "except", "excl", "minus", "net", "without", "less"]

    /// "excluding cars", "net of premiums", "not counting overtime": each exclusion as the excluder and the
    /// first content word after it, anywhere in the sentence (the scope of a count is often stated apart).
    /// They name no figure: read once per sentence, they hold for each of its claims.
    static func exclusions(_ w: [SentenceWord]) -> [String] {
        var out = Set<String>()
        for k in w.indices where w[k].kind == .word && w[k].facts.contains(.mayExclude) {
            var start = k + 1
            if w[k].lower == "counting", k > 0, w[k - 1].lower == "not" {} else if excluders.contains(w[k].lower) {
                // "less" and "net" exclude only when an "of"/"than"-less noun follows: "net of premiums".
                if w[k].lower == "less" || w[k].lower == "net" {
                    guard k + 1 < w.count, w[k + 1].lower == "of" else { continue }
                    start = k + 2
                }
            } else { continue }
            var j = start
            while j < w.count, j - start < 3, w[j].kind == .word, function.contains(w[j].lower) { j += 1 }
            if j < w.count, w[j].kind == .word, !function.contains(w[j].lower) { out.insert(w[j].lower) }
        }
        return out.sorted()
    }
}
