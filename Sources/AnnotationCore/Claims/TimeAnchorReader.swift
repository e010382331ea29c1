/// Reads the time anchors of a sentence (the *when* of SPEC §3.4): years and decades, months with their
/// day, weekdays, "today"/"yesterday", "last year"/"this week", quarters, and the preposition that makes a
/// year a deadline or a start ("by 2027", "since 2010"). The whole sentence is read: a time named anywhere
/// in it may govern the figure, and a claim that might be anchored is compared only with one anchored alike.
enum TimeAnchorReader {
    static let months = LexiconParsing.words(Lexicon.anchorMonthData)
    static let weekdays = LexiconParsing.words(Lexicon.anchorWeekdayData)
    static let deictic = LexiconParsing.words(Lexicon.deicticTimeData)
    static let periods = LexiconParsing.words(Lexicon.periodNounData)
    static let periodDeterminers = LexiconParsing.words(Lexicon.periodDeterminerData)
    static let prepositions = LexiconParsing.words(Lexicon.anchorPrepositionData)
    static let quarterOrdinals = LexiconParsing.words(Lexicon.quarterOrdinalData)
    /// Durations before "ago" ("two years ago").
    static let agoUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]

    static func read(_ words: [SentenceWord]) -> TimeAnchor {
        TimeAnchor(marks: Array(Set(marks(words).map(\.mark))))
    }

    /// The anchors that govern one figure (`first...last` are its words), resolved against the day the text
    /// was written when it carries one. Two rules of English narrow the sentence's anchors: a time inside a
    /// non-restrictive relative clause (", which … by 2027") governs that clause, not a figure outside it;
    /// and when a sentence pairs several figures with several times ("23 by Saturday, 42 by Monday"), each
    /// figure takes the time that follows it in its own phrase.
    static func read(_ words: [SentenceWord], first: Int, last: Int, dateline: CalendarDay?,
                     marks sentenceMarks: [(index: Int, mark: String)]? = nil) -> TimeAnchor {
        var found = (sentenceMarks ?? marks(words)).filter { !inOtherRelativeClause($0.index, figure: first, words) }
        // Most claims' sentences name one time or none: no set of them to make.
        if found.isEmpty { return TimeAnchor() }
        if found.count == 1 { return TimeAnchor(marks: resolve([found[0].mark], words: words, dateline: dateline)) }
        if Set(found.map(\.mark)).count > 1 {
            let own = found.filter { ownPhrase(words, after: last).contains($0.index) }
            if !own.isEmpty { found = own }
        }
        let set = Set(found.map(\.mark))
        return TimeAnchor(marks: resolve(Array(set), words: words, dateline: dateline))
    }

    static func marks(_ words: [SentenceWord]) -> [(index: Int, mark: String)] {
        var out: [(index: Int, mark: String)] = []
        for i in words.indices where mayOpenMark(words[i]) {
            if let m = year(words, i) ?? month(words, i) ?? weekday(words, i) ?? relative(words, i) ?? quarter(words, i) {
                out.append((i, m))
            }
        }
        return out
    }

    /// Whether any of the readings below can start at this word: a number (a year), a word of the calendar
    /// lists, "ago", or a two-letter word in "q" ("Q3"). Most words are none of these and skip them all.
    static func mayOpenMark(_ x: SentenceWord) -> Bool {
        switch x.kind {
        case .number: return true
        case .mark: return false
        case .word: return !x.facts.isDisjoint(with: .opensTimeAnchor) || (x.length == 2 && x.lower.utf8.first == UInt8(ascii: "q"))
        }
    }

    /// Words that open a non-restrictive relative clause after a comma.
    static let relativeOpeners: WordSet = ["which", "who", "whom", "whose", "where"]

    /// Is word `i` inside a ", which …" clause that does not hold the figure? The clause runs from the
    /// comma to the next clause edge or the end of the sentence.
    static func inOtherRelativeClause(_ i: Int, figure: Int, _ w: [SentenceWord]) -> Bool {
        var k = i
        while k > 0, !w[k - 1].isClauseEdge { k -= 1 }
        guard k > 0, w[k - 1].lower == ",", k < w.count, relativeOpeners.contains(w[k].lower) else { return false }
        var end = i
        while end + 1 < w.count, !w[end + 1].isClauseEdge { end += 1 }
        return !(k...end).contains(figure)
    }

    /// The words after a figure up to the next number, clause edge or "and": "42 [by Monday 12 November]".
    static func ownPhrase(_ w: [SentenceWord], after last: Int) -> Range<Int> {
        var k = last + 1
        while k < w.count, w[k].kind != .number || (w[k].length <= 2 && k > last + 1 && w[k - 1].kind == .word
                                                      && (months.contains(w[k - 1].lower) || weekdays.contains(w[k - 1].lower))),
              !w[k].isClauseEdge, w[k].lower != "and" {
            k += 1
        }
        return (last + 1)..<k
    }

    /// Words that put a weekday in the future: "will meet on Monday", "next Monday".
    static let futureWords: WordSet = ["will", "next", "tomorrow", "coming", "shall"]

    /// Turns a day of the month into a calendar date (its year from the sentence, else from the dateline), and
    /// a lone weekday told of the past into the date of the last such day up to the dateline. A weekday beside
    /// a date adds nothing; without a dateline, anchors stay as written.
    static func resolve(_ marks: [String], words: [SentenceWord], dateline: CalendarDay?) -> [String] {
        // The spaces of a month's and a year's marks stand between ASCII words: found by their byte (`contains`
        // of a string went through Foundation's `range(of:)`, ~4,500 instructions a mark).
        let days = marks.filter { $0.hasPrefix("m:") && $0.utf8.contains(0x20) }
        let years = marks.filter { $0.hasPrefix("y:") && !$0.utf8.contains(0x20) }
        if days.count == 1 {
            // "m:<month> <day>": one space between two words (`month`), found by its byte; `split` cost ~4,400
            // instructions a mark.
            let (month, day) = monthAndDay(days[0])
            let year = years.count == 1 ? Int(years[0].dropFirst(2)) : (years.isEmpty ? dateline?.year : nil)
            guard let y = year, let d = Int(day), let date = CalendarDay(year: y, monthName: month, day: d) else { return marks }
            return marks.filter { $0 != days[0] && !$0.hasPrefix("w:") && !(years.count == 1 && $0 == years[0]) } + ["t:" + date.iso]
        }
        let weekdays = marks.filter { $0.hasPrefix("w:") }
        guard weekdays.count == 1, !marks.contains(where: { $0.hasPrefix("m:") }), let dateline,
              !words.contains(where: { futureWords.contains($0.lower) }),
              let date = dateline.latest(String(weekdays[0].dropFirst(2))) else { return marks }
        return marks.filter { $0 != weekdays[0] } + ["t:" + date.iso]
    }

    /// The month and the day of a day's mark ("m:march 5"), as `split(separator: " ")` of what follows "m:" gives
    /// them: the mark is made of a month of the calendar's list and a number, with one space between.
    static func monthAndDay(_ mark: String) -> (month: String, day: Substring) {
        let body = mark.dropFirst(2)
        let space = body.utf8.firstIndex(of: 0x20)!
        return (String(body[..<space]), body[body.utf8.index(after: space)...])
    }

    /// "2016", "by 2027", "the 1990s": a four-digit number from 1800 to 2100 that is not a count of
    /// something ("2,080-hour" has a comma and is not one).
    static func year(_ w: [SentenceWord], _ i: Int) -> String? {
        guard w[i].kind == .number, let decade = isYear(w[i].lower) else { return nil }
        let digits = decade ? String(w[i].lower.dropLast()) : w[i].lower
        let prep = i > 0 && prepositions.contains(w[i - 1].lower) && w[i - 1].lower != "to" ? w[i - 1].lower + " " : ""
        return (decade ? "d:" : "y:") + prep + digits
    }

    /// Whether `s` is a year from 1800 to 2100 ("2016": false) or its decade ("1990s": true); nil when it is
    /// neither. Read by bytes: `Int` reads only ASCII digits, so any other character makes it neither.
    static func isYear(_ s: String) -> Bool? {
        let b = s.utf8
        guard b.count == 4 || (b.count == 5 && b.last == UInt8(ascii: "s")) else { return nil }
        var v = 0
        for d in b.prefix(4) {
            guard Bytes.isDigit(d) else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return (1800...2100).contains(v) ? b.count == 5 : nil
    }

    /// "March 5", "in March"; "may" only beside a day number or after a preposition of time.
    static func month(_ w: [SentenceWord], _ i: Int) -> String? {
        // English capitalises months: "the march", "may", "sept." written small are other words.
        guard w[i].kind == .word, w[i].capitalized else { return nil }
        if !months.contains(w[i].lower) { return abbreviatedMonth(w, i) }
        let day = i + 1 < w.count && w[i + 1].kind == .number && w[i + 1].length <= 2 ? w[i + 1].lower : nil
        let dayBefore = i > 0 && w[i - 1].kind == .number && w[i - 1].length <= 2 ? w[i - 1].lower : nil
        if w[i].lower == "may" {
            let timePrep: Set<String> = ["in", "on", "since", "by", "until", "of", "early", "late", "mid", "last", "next", "this"]
            guard day != nil || dayBefore != nil || (i > 0 && timePrep.contains(w[i - 1].lower)) || w[i].capitalized && i > 0 else { return nil }
        }
        if let d = day ?? dayBefore { return "m:\(w[i].lower) \(d)" }
        return "m:\(w[i].lower)"
    }

    /// "Dec. 2", "Sept 11": a month written short counts only with its day after it, since "Jan" or "Mar"
    /// alone may be a name. The mark uses the month's full name, as the written-out date would.
    static func abbreviatedMonth(_ w: [SentenceWord], _ i: Int) -> String? {
        guard let full = monthAbbreviations[w[i].lower] else { return nil }
        var k = i + 1
        if k < w.count, w[k].lower == "." { k += 1 }
        guard k < w.count, w[k].kind == .number, w[k].length <= 2 else { return nil }
        return "m:\(full) \(w[k].lower)"
    }

    /// Each short form of the calendar's month list with the month it begins ("sept" → "september").
    static let monthAbbreviations: WordTable<String> = {
        var out: [String: String] = [:]
        for short in LexiconParsing.words(Lexicon.monthData) where !months.contains(short) {
            out[short] = months.first { $0.hasPrefix(short) }
        }
        return WordTable(out)
    }()

    static func weekday(_ w: [SentenceWord], _ i: Int) -> String? {
        guard w[i].kind == .word, weekdays.contains(w[i].lower) else { return nil }
        return "w:\(w[i].lower)"
    }

    /// "today", "last year", "this week", "two years ago".
    static func relative(_ w: [SentenceWord], _ i: Int) -> String? {
        guard w[i].kind == .word else { return nil }
        let x = w[i].lower
        if deictic.contains(x) { return "r:\(x == "currently" ? "now" : x)" }
        if periodDeterminers.contains(x), i + 1 < w.count, periods.contains(w[i + 1].lower) {
            return "r:\(x) \(w[i + 1].lower)"
        }
        if x == "ago", i > 0, agoUnits.contains(w[i - 1].lower) {
            let n = i > 1 ? w[i - 2].lower + " " : ""
            return "r:\(n)\(w[i - 1].lower) ago"
        }
        return nil
    }

    /// "the first quarter", "Q3", "the second half".
    static func quarter(_ w: [SentenceWord], _ i: Int) -> String? {
        guard w[i].kind == .word else { return nil }
        let x = w[i].lower
        if w[i].length == 2, x.hasPrefix("q"), let n = Int(x.dropFirst()), (1...4).contains(n) { return "r:q\(n)" }
        if quarterOrdinals.contains(x), i + 1 < w.count, ["quarter", "half"].contains(w[i + 1].lower) {
            return "r:\(x) \(w[i + 1].lower)"
        }
        return nil
    }
}
