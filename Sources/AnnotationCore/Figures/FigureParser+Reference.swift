/// Numbers that point at something rather than state a new quantity: a poll's margin of error (how the
/// survey was made, not what it found), chapter-and-verse or statute references, a count already stated that
/// a determiner points back to ("all 49 were"), and a digit quoted as a label ("press '1'").
extension FigureParser {
    /// Quotation marks as the tokenizer leaves them, straight, curly or doubled.
    static let quoteMarks: WordSet = ["\"", "'", "“", "”", "‘", "’", "''", "``", "«", "»"]

    /// Determiners that point at a group already named: "the 49", "all 49 were", "those 14".
    static let backReferenceDeterminers: WordSet = ["the", "all", "those", "these"]

    /// What may follow a number that stands for its group with no counted noun: a verb of the clause, a
    /// relative pronoun, or the end of the phrase.
    static let backReferenceFollowers: WordSet = [
        "were", "was", "are", "is", "have", "had", "has", "will", "would", "could", "remain", "remained", "who",
        "whom", "whose", ",", ".", ";", ":", ")", "!", "?",
    ]

    /// "a margin of error of plus or minus 3 points", "±4.3 percentage points", "a sampling error of 2 percent":
    /// the precision of a survey describes its method; it is not a finding anyone would source.
    func isMarginOfError(_ r: Reading) -> Bool {
        guard r.first > 0 else { return false }
        let p = tokens[r.first - 1].lower
        // Only a symbol token can be "±": a word compared with a non-ASCII literal takes Swift's slow path.
        if tokens[r.first - 1].kind == .symbol && p == "±" || p == "+/-" { return true }
        if r.first >= 3, p == "minus", tokens[r.first - 2].lower == "or", tokens[r.first - 3].lower == "plus" { return true }
        // "+/-" split into its signs.
        if r.first >= 3, p == "-", tokens[r.first - 2].lower == "/", tokens[r.first - 3].lower == "+" { return true }
        // "margin of error" or "sampling error" a few words before, in the same clause.
        var k = r.first - 1
        while k >= 1, r.first - k <= 8, !isClauseBreak(at: k) {
            // Most numbers have none of the words near them: one bit rules a word out.
            if tokens[k].facts.contains(.marginOfError) {
                if tokens[k].lower == "error" || tokens[k].lower == "errors" {
                    let before = tokens[k - 1].lower
                    if before == "sampling" || (before == "of" && k >= 2 && tokens[k - 2].lower == "margin") { return true }
                }
                if tokens[k].lower == "margin", k + 1 < r.first, tokens[k + 1].lower == "of", k + 2 < r.first,
                   tokens[k + 2].lower == "error" {
                    return true
                }
            }
            k -= 1
        }
        return false
    }

    /// The words `isMarginOfError` looks for before a number (their facts say `.marginOfError`).
    static let marginOfErrorWords: WordSet = ["error", "errors", "margin"]

    /// "John 3:16", "2 Timothy 3:1-5", "§ 1983": numbers joined tight by a colon after a capitalised title, or
    /// after a section sign, cite a passage.
    func isCitation(_ n: Int) -> Bool {
        if n > 0, tokens[n - 1].kind == .symbol, tokens[n - 1].lower == "§" || tokens[n - 1].lower == "§§" { return true }
        // "2 Timothy 3:1": the number of a book before its title and a colon pair.
        if n + 2 < tokens.count, tokens[n + 1].kind == .word, tokens[n + 1].capitalized, isColonNumber(n + 2) { return true }
        // Walk left over a tight chain of numbers joined by ":" or a dash ("3:1-5" from its "5").
        var k = n
        var sawColon = Bytes.contains(tokens[n].lower, UInt8(ascii: ":"))
        while k >= 2, !tokens[k].spaceBefore, [":", "-", "–"].contains(tokens[k - 1].lower), !tokens[k - 1].spaceBefore,
              tokens[k - 2].kind == .number {
            if tokens[k - 1].lower == ":" || Bytes.contains(tokens[k - 2].lower, UInt8(ascii: ":")) { sawColon = true }
            k -= 2
        }
        // From the first number, look right for the colon when the chain starts here ("3" of "3:16").
        if !sawColon, k == n, n + 2 < tokens.count, tokens[n + 1].lower == ":", !tokens[n + 1].spaceBefore,
           !tokens[n + 2].spaceBefore, tokens[n + 2].kind == .number {
            sawColon = true
        }
        guard sawColon, k > 0 else { return false }
        let title = tokens[k - 1]
        return title.kind == .word && title.capitalized && !lex.months.contains(title.lower)
    }

    /// "3:16" read as one token, or a number, a tight colon and a number.
    func isColonNumber(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .number else { return false }
        if Bytes.contains(tokens[k].lower, UInt8(ascii: ":")) { return true }
        return k + 2 < tokens.count && tokens[k + 1].lower == ":" && !tokens[k + 1].spaceBefore
            && !tokens[k + 2].spaceBefore && tokens[k + 2].kind == .number
    }

    /// "The names of all 49 were read", "the 14 who died", "those 12,": a bare number after a determiner, with
    /// no noun after it, stands for a group the text has already counted.
    func pointsBack(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.qualifier == .exact, r.unit == nil, r.currency == nil, !r.percent, !r.hasScale, r.first == n, n > 0,
              Self.backReferenceDeterminers.contains(tokens[n - 1].lower), tokens[n].suffix.isEmpty else { return false }
        guard n + 1 < tokens.count else { return true }
        let next = tokens[n + 1]
        // After "the" a comma may close an appositive that names the group for the first time ("a majority
        // of the 4,051, even before…"): only a verb or a relative pronoun shows the group is already known.
        if tokens[n - 1].lower == "the", next.kind == .symbol { return false }
        return Self.backReferenceFollowers.contains(next.lower)
    }

    /// "press '1' for English": a lone number in quotation marks is a label to be said or typed.
    func isQuotedLabel(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.first == n, r.end == n + 1, r.currency == nil, !r.percent, !r.hasScale, n > 0, n + 1 < tokens.count,
              isPlainInteger(n) else { return false }
        return Self.quoteMarks.contains(tokens[n - 1].lower) && Self.quoteMarks.contains(tokens[n + 1].lower)
    }

    /// "Jane Q. Roe, 62" as a caption or list line: two capitalised words, a comma and a small whole number
    /// making the whole sentence give a person's age.
    func isCaptionAge(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.qualifier == .exact, r.unit == nil, r.value >= 1, r.value < 120, r.first == n, n + 1 == tokens.count,
              n >= 3, tokens[n - 1].lower == ",", tokens[n].suffix.isEmpty else { return false }
        for k in 0..<(n - 1) where tokens[k].kind != .word || !tokens[k].capitalized {
            if tokens[k].lower != "." { return false }
        }
        return n - 1 >= 2 && n - 1 <= 4
    }

    /// "when she was 25", "since I was 12": a person's age in a clause of time; the number counts nothing
    /// after it.
    func isAgeInWhenClause(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.qualifier == .exact, r.unit == nil, r.value >= 1, r.value < 120, r.first == n, n >= 3, isPlainInteger(n),
              ["was", "were", "turned"].contains(tokens[n - 1].lower),
              ["he", "she", "i", "we", "you"].contains(tokens[n - 2].lower),
              ["when", "since", "until", "till", "before", "after", "because"].contains(tokens[n - 3].lower) else { return false }
        return n + 1 >= tokens.count || tokens[n + 1].kind != .word || !Self.isPluralHead(tokens[n + 1].lower)
    }

    /// "the Fight for 15 Movement", "the Catch 22 Rule": a number inside a run of capitalised words that ends
    /// in a singular noun names a group, a campaign or a title. A plural or a lower-case noun after the run
    /// ("15 Republican senators", "22 States") is what it counts.
    func namesWithCapitalisedWords(_ r: Reading, numberToken n: Int) -> Bool {
        // The bounds come first: a number ending the text has no word after it to test.
        guard n > 0, n + 1 < tokens.count, r.qualifier == .exact, r.unit == nil || tokens[n + 1].capitalized,
              r.currency == nil, !r.percent, !r.hasScale, r.first == n, isPlainInteger(n),
              tokens[n - 1].kind == .word else { return false }
        var k = n + 1
        while k < tokens.count, k - n <= 4, tokens[k].kind == .word, tokens[k].capitalized { k += 1 }
        guard k > n + 1 else { return false }
        let last = tokens[k - 1].lower
        if Self.isPluralHead(last) || Self.irregularPlurals.contains(last) || lex.unitClasses[last] != nil
            || lex.months.contains(last) || lex.weekdays.contains(last) || lex.wordScale(last) != nil { return false }
        // In a title-case headline the counted noun is capitalised too ("Cut 500 Jobs This Year"): any plural,
        // unit or time word in the run makes it a count.
        for j in (n + 1)..<k {
            let w = tokens[j].lower
            if lex.months.contains(w) || lex.weekdays.contains(w) || Self.isPluralHead(w) || Self.irregularPlurals.contains(w)
                || lex.unitClasses[w] != nil || lex.durationUnits.contains(w) || lex.durationUnits.contains(w + "s") { return false }
        }
        // What follows the run must not be the noun it counts.
        if k < tokens.count, tokens[k].kind == .word, Self.isPluralHead(tokens[k].lower) || lex.unitClasses[tokens[k].lower] != nil {
            return false
        }
        // The number stands inside the name: a capitalised word or a short function word of a title before it.
        let before = tokens[n - 1]
        return before.capitalized || ["for", "of", "the"].contains(before.lower)
    }
}
