/// Sorting figures into claims and the kinds that are never flagged (SPEC §3.1): dates, years, times,
/// ordinals, durations, names and models, page furniture, small written counts.
extension FigureParser {
    static let designators: WordSet = [
        "article", "resolution", "section", "chapter", "flight", "route", "highway", "interstate", "room", "no",
        "number", "phase", "level", "stage", "type", "model", "mark", "mk", "block", "unit", "channel", "apollo",
        "soyuz", "boeing", "airbus", "windows", "iphone", "version", "vol", "volume", "page", "figure", "table",
        "act", "title", "proposition", "prop", "precinct", "district", "ward", "gate", "terminal", "pier",
        "building", "floor", "suite", "apartment", "box", "category", "episode", "season", "part", "grade",
        "class", "exhibit", "appendix", "annex", "item", "paragraph", "clause", "rule", "protocol", "amendment",
        "patch", "release", "game", "week", "day", "round", "stage", "formula", "ps", "xbox", "covid", "sars",
    ]

    /// "in 2012 voters chose…": after these, four digits are a year even before a plural noun.
    static let yearPrepositions: WordSet = ["in", "since", "by", "from", "until", "till", "of", "during", "before",
                                                "after", "early", "late", "mid", "through", "to", "and"]

    /// Words that name a numbered part even in lower case ("read part 2", "precinct 78", "in section 4").
    static let lowerCaseDesignators: WordSet = ["part", "chapter", "section", "episode", "precinct", "district",
                                                    "ward", "room", "gate", "route", "volume", "article", "clause",
                                                    "paragraph", "exhibit", "appendix", "platform", "pier", "terminal",
                                                    "verse", "verses", "psalm", "surah", "sura", "canto", "stanza"]

    /// Hyphenated nouns after a number that state a margin or result, which stay claims ("a 22-point lead").
    static let marginNouns: WordSet = ["point", "seat", "vote", "percentage"]

    static let denominationNouns: WordSet = ["bill", "bills", "note", "notes", "banknote", "banknotes", "coin", "coins"]

    static let timeZones: WordSet = ["gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt",
                                         "bst", "cet", "cest", "msk", "jst", "o'clock", "a.m", "p.m", "am", "pm", "hrs"]

    static let measureClasses: WordSet = ["miles", "km", "m", "tonnes", "barrels", "kg", "acres", "hectares",
                                              "square miles", "square km", "degrees", "MW", "GW", "bytes", "g", "lb", "ft",
                                              "cm", "mph"]

    /// "a.m." and "p.m." as the tokenizer leaves them: a letter, a period, "m".
    func isMeridiem(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k].lower == "a" || tokens[k].lower == "p" else { return false }
        return tokens[k + 1].lower == "." && tokens[k + 2].lower == "m" && !tokens[k + 1].spaceBefore && !tokens[k + 2].spaceBefore
    }

    func classify(_ r: inout Reading, numberToken: Int?) {
        if r.kind != .count { return }
        // The tokens around the figure by index: a `Token` copied out (two strings retained and released)
        // cost more than the tests below that read it.
        let prev: Int? = r.first > 0 ? r.first - 1 : nil
        let next: Int? = r.end < tokens.count ? r.end : nil
        if isMarginOfError(r) { r.kind = .metadata; return }
        if let n = numberToken {
            let lower = tokens[n].lower
            // A number token is ASCII digits and separators: its characters are its bytes, counted without
            // walking the string's grapheme clusters.
            let length = lower.utf8.count
            if isCitation(n) || isQuotedLabel(r, numberToken: n) { r.kind = .name; return }
            if pointsBack(r, numberToken: n) { r.kind = .smallCount; return }
            if isCaptionAge(r, numberToken: n) || isAgeInWhenClause(r, numberToken: n) { r.kind = .duration; return }
            if namesWithCapitalisedWords(r, numberToken: n) { r.kind = .name; return }
            let v = r.value
            let plain = !Bytes.contains(lower, UInt8(ascii: ",")) && !Bytes.contains(lower, UInt8(ascii: ".")) && r.currency == nil && !r.percent && !r.hasScale
            // Dates: a month name beside the number ("September 13", "13 September", "May 19, 2024").
            if plain, isDateContext(n, value: v) { r.kind = .date; return }
            // Times: "3 pm", "10 GMT"
            if plain, n + 1 < tokens.count, Self.timeZones.contains(tokens[n + 1].lower) || isMeridiem(n + 1) {
                r.kind = .time; return
            }
            // "10-year", "75-year-old": a number fused with a duration noun.
            if n + 2 < tokens.count, tokens[n + 1].lower == "-", !tokens[n + 1].spaceBefore, !tokens[n + 2].spaceBefore,
               let head = tokens[n + 2].lower.split(separator: "-").first, lex.durationUnits.contains(String(head)) || lex.durationUnits.contains(head + "s") {
                r.kind = .duration; r.end = n + 3; return
            }
            // "a 15-percent hurdle": a share fused to its noun is still a share.
            if n + 2 < tokens.count, tokens[n + 1].lower == "-", !tokens[n + 1].spaceBefore, !tokens[n + 2].spaceBefore,
               tokens[n + 2].lower.hasPrefix("percent") {
                r.kind = .percent; r.percent = true; r.unit = "percent"; r.unitClass = "percent"; r.end = n + 3; r.unitEnd = n + 3
                return
            }
            // "a 28-page booklet", "the 15-member committee", "a 100-yard dash": a number fused by a hyphen to a
            // singular noun makes an adjective that describes the thing (its size, its kind), not a reported count.
            if plain, n + 2 < tokens.count, tokens[n + 1].lower == "-", !tokens[n + 1].spaceBefore, !tokens[n + 2].spaceBefore,
               tokens[n + 2].kind == .word, !Self.isPluralHead(tokens[n + 2].lower), !Self.marginNouns.contains(tokens[n + 2].lower),
               lex.wordScale(tokens[n + 2].lower) == nil, lex.unitClasses[tokens[n + 2].lower].map({ lex.currencyCodes.contains($0) }) != true {
                r.kind = .name; r.end = n + 3; r.unit = nil; r.unitClass = nil; r.unitEnd = n + 3
                return
            }
            // "401(k)": a number with a bracketed letter names a plan or a clause.
            if n + 3 < tokens.count, tokens[n + 1].lower == "(", !tokens[n + 1].spaceBefore, tokens[n + 2].kind == .word,
               tokens[n + 2].lower.utf8.count == 1, tokens[n + 3].lower == ")" {
                r.kind = .name; r.end = n + 4; r.unitEnd = n + 4; return
            }
            // yyyy-mm-dd, and "2007-09" or "2014-2016": a year span.
            if plain, length == 4, n + 2 < tokens.count, tokens[n + 1].lower == "-", tokens[n + 2].kind == .number, !tokens[n + 2].spaceBefore {
                let day = n + 4 < tokens.count && tokens[n + 3].lower == "-" && tokens[n + 4].kind == .number && !tokens[n + 3].spaceBefore
                r.kind = day ? .date : .year
                r.end = day ? n + 5 : n + 3
                r.unit = nil; r.unitClass = nil; r.unitEnd = r.end; r.qualifier = .exact
                return
            }
            // "3-4 June": a range of days before a month.
            if r.qualifier == .range, r.upper <= 31, r.currency == nil, !r.percent, !r.hasScale, isDateAfter(r.end) {
                r.kind = .date; r.unit = nil; r.unitClass = nil; r.unitEnd = r.end; return
            }
            // Year spans: "between 2006 and 2012", "from 1945 to 1991".
            if r.qualifier == .range, r.lower >= 1500, r.upper <= 2100, r.lower == r.lower.rounded(), r.upper == r.upper.rounded(),
               !Bytes.contains(lower, UInt8(ascii: ",")), r.currency == nil, !r.percent, !r.hasScale {
                r.kind = .year; r.unit = nil; r.unitClass = nil; r.unitEnd = r.end; return
            }
            // Years and decades.
            if plain, length == 4, v >= 1500, v <= 2100, r.qualifier == .exact || r.qualifier == .atLeast || r.qualifier == .atMost {
                // "2,000 milligrams" counts; "his 2005 vote", "the 2016 race": a singular noun after a
                // year-like number takes it as an attribute, since a count above one takes a plural.
                // "2000 milligrams" counts; "in 2012 voters…", "the 2012 attacks": a year before its noun.
                let yearPreposition = r.first > 0 && (Self.yearPrepositions.contains(tokens[r.first - 1].lower)
                    || SentenceCues.articles.contains(tokens[r.first - 1].lower) || SentenceCues.isPossessive(tokens[r.first - 1].lower))
                let knownUnit = r.unit.map { !lex.durationUnits.contains($0) && Self.isPluralHead($0)
                    && lex.unitClasses[$0] != nil && !yearPreposition } ?? false
                if !knownUnit { r.kind = .year; r.unit = nil; r.unitClass = nil; r.unitEnd = r.end; return }
            }
            // Names and models: "Article 5", "No. 10", "#3"
            let designator = r.first >= 2 && tokens[r.first - 1].lower == "." ? r.first - 2 : prev
            if let p = designator, tokens[p].kind == .word, tokens[p].capitalized || Self.lowerCaseDesignators.contains(tokens[p].lower),
               Self.designators.contains(tokens[p].lower) || Self.lowerCaseDesignators.contains(tokens[p].lower), !r.hasScale, r.currency == nil,
               !r.percent {
                r.kind = .name; return
            }
            // "[538]", "[12]": a lone number in square brackets labels a reference.
            if let p = prev, tokens[p].lower == "[", let nx = next, tokens[nx].lower == "]", plain { r.kind = .metadata; return }
            if let p = prev, tokens[p].lower == "#" { r.kind = .ordinal; return }
            if isRank(r) { r.kind = .score; r.first -= 1; r.unitEnd = r.end; return }
            // A list marker: "1." or "2)" opening a line.
            if r.first == 0 || (r.first == 1 && tokens[0].lower == "("), let nx = next, tokens[nx].lower == "." || tokens[nx].lower == ")", plain,
               r.unit == nil {
                r.kind = .ordinal; return
            }

            // Ages: "Jane Roe, 45, said"; "aged 45"; "turned 18"; "45 or older"; "men under 35"
            if let p = prev, tokens[p].lower == "aged" || tokens[p].lower == "age" || tokens[p].lower == "ages" { r.kind = .duration; return }
            if isAge(r, numberToken: n) || isStatedAge(r, numberToken: n) { r.kind = .duration; return }
            if plain, v < 120, r.first >= 2, tokens[r.first - 1].lower == ",", tokens[r.first - 2].capitalized,
               let nx = next, tokens[nx].lower == "," || tokens[nx].lower == ")" || (tokens[nx].lower == "." && r.end + 1 == tokens.count) {
                r.kind = .duration; return
            }
        }
        if let u = r.unit, lex.durationUnits.contains(u), r.currency == nil, !r.percent {
            r.kind = .duration; return
        }
        if furniture { r.kind = .metadata; return }
        if let n = numberToken, announcesItems(n) || runsIntoPageText(n) { r.kind = .metadata; return }
        if let n = numberToken, labelsItsNoun(r, numberToken: n) { r.kind = .name; return }
        if r.written, !r.hasScale, r.qualifier != .vague, r.currency == nil, !r.percent {
            r.kind = .smallCount; return
        }
        // "a giant $100 bill", "a £2 coin": the denomination of a note or coin names it.
        if r.currency != nil, r.unitEnd == r.end, r.end < tokens.count, Self.denominationNouns.contains(tokens[r.end].lower) {
            r.kind = .name; return
        }
        if r.currency != nil { r.kind = .money; r.unitClass = r.currency; if r.unit == nil { r.unit = r.currency } }
        else if r.percent { r.kind = .percent }
        else if let c = r.unitClass, Self.measureClasses.contains(c) { r.kind = .measure }
        else { r.kind = .count }
    }

    func isDateContext(_ n: Int, value v: Double) -> Bool {
        let isDay = v >= 1 && v <= 31
        let isYear = v >= 1000 && v <= 2200
        guard isDay || isYear else { return false }
        if n > 0, lex.months.contains(tokens[n - 1].lower), tokens[n - 1].capitalized { return true }
        // "Nov. 19": an abbreviated month with its period.
        if n > 1, tokens[n - 1].lower == ".", lex.months.contains(tokens[n - 2].lower), tokens[n - 2].capitalized { return true }
        if n + 1 < tokens.count, lex.months.contains(tokens[n + 1].lower), tokens[n + 1].capitalized, isDay { return true }
        // "February 6, 2016", even when the month runs into the word before it: a day, a comma and a year.
        if isDay, n + 2 < tokens.count, tokens[n + 1].lower == ",", tokens[n + 2].kind == .number,
           tokens[n + 2].lower.utf8.count == 4, let y = Double(tokens[n + 2].lower), y >= 1900, y <= 2100, n > 0 {
            let before = tokens[n - 1].kind == .number ? tokens[n - 1].suffix : tokens[n - 1].lower
            if lex.months.contains(where: { $0.utf8.count >= 4 && before.hasSuffix($0) }) { return true }
        }
        // "May 19, 2024": a year after a day that follows a month.
        if isYear, n >= 3, tokens[n - 1].lower == ",", tokens[n - 2].kind == .number, lex.months.contains(tokens[n - 3].lower) { return true }
        // "13 September 2023": a year after a month after a day.
        if isYear, n >= 2, lex.months.contains(tokens[n - 1].lower), tokens[n - 2].kind == .number { return true }
        // "the 13th of September"
        if isDay, n + 2 < tokens.count, tokens[n + 1].lower == "of", lex.months.contains(tokens[n + 2].lower) { return true }
        return false
    }

    /// "a 757 jet", "the 1,237 number", "a 3 strategy": digits right before a singular noun do not count it
    /// (a count above one takes a plural), they label it. Money, shares, scales, units the lexicon knows
    /// ("a 45 degree angle") and nouns that are their own plural ("500 staff") are left as they are.
    func labelsItsNoun(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.currency == nil, !r.percent, !r.hasScale, r.value != 1, r.qualifier == .exact || r.qualifier == .range,
              let unit = r.unit, r.unitEnd == r.end + 1, r.end == n + 1, tokens[r.end].kind == .word,
              !tokens[r.end].capitalized else { return false }
        if lex.unitClasses[unit] != nil || Self.isPluralHead(unit) || Self.irregularPlurals.contains(unit) { return false }
        // Words that end in "s" without being plural ("50 species", "40 series") and adjectives of degree.
        if Bytes.hasSuffix(unit, "s") || Self.countAdjectives.contains(unit) { return false }
        // "the 2,383 needed", "the 14 solidly Democratic states": a participle or an adverb is no noun.
        if Bytes.hasSuffix(unit, "ed") || Bytes.hasSuffix(unit, "ly") || Bytes.hasSuffix(unit, "ing") || unit.contains(".") { return false }
        // The label stands inside a noun phrase: "a 757 jet", "his 2005 vote", "Acme's 360 service", or
        // follows a name ("the Ginbot 7 movement").
        guard r.first > 0 else { return false }
        if r.first > 1, tokens[r.first - 1].kind == .word, tokens[r.first - 1].capitalized, tokens[r.first - 2].kind == .word {
            return true
        }
        let det = tokens[r.first - 1].lower
        return SentenceCues.articles.contains(det) && det != "of" && det != "to" && det != "in" && det != "for"
            && det != "on" && det != "by" && det != "with" || Bytes.hasPossessiveSuffix(det)
    }

    static let countAdjectives: WordSet = ["strong", "more", "odd", "plus", "apiece", "each", "total", "alone",
                                               "combined", "overall", "altogether", "worth", "percent", "times"]

    /// Ages written without "aged": "turned 18", "voters 45 or older", "men under 35", "those over 65".
    func isAge(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.currency == nil, !r.percent, !r.hasScale, r.value < 120, r.value == r.value.rounded() else { return false }
        if r.first > 0, Self.turnVerbs.contains(tokens[r.first - 1].lower) { return true }
        if n + 2 < tokens.count, tokens[n + 1].lower == "or" || tokens[n + 1].lower == "and",
           Self.ageComparatives.contains(tokens[n + 2].lower) {
            return true
        }
        // "men under 35": the qualifier follows a noun of people, and nothing is counted after the number.
        let counted = n + 1 < tokens.count && tokens[n + 1].kind == .word && !tokens[n + 1].capitalized
            && (Self.isPluralHead(tokens[n + 1].lower) || lex.unitClasses[tokens[n + 1].lower] != nil)
        if r.qualifier == .atMost || r.qualifier == .atLeast, r.first >= 1, !counted,
           ["under", "over", "above", "below"].contains(tokens[r.first].lower), r.first > 0,
           Self.peopleNouns.contains(tokens[r.first - 1].lower) {
            return true
        }
        return false
    }

    /// "She is 45.", "He was 81.": a bare number after a person and a form of "be", ending the sentence.
    /// "Richard Roe (left), 40.": a caption's age after a name and its bracketed aside.
    func isStatedAge(_ r: Reading, numberToken n: Int) -> Bool {
        guard r.qualifier == .exact, r.value < 120, r.value >= 1, r.unit == nil, n + 1 < tokens.count,
              tokens[n + 1].lower == "." || tokens[n + 1].lower == ",", n + 2 >= tokens.count || tokens[n + 1].lower == "." else { return false }
        if n >= 2, ["is", "was", "turns", "turned"].contains(tokens[n - 1].lower),
           ["he", "she", "i"].contains(tokens[n - 2].lower) || (tokens[n - 2].capitalized && tokens[n - 2].kind == .word) {
            return true
        }
        if n >= 3, tokens[n - 1].lower == ",", tokens[n - 2].lower == ")" {
            var k = n - 3
            while k > 0, n - k < 6, tokens[k].lower != "(" { k -= 1 }
            return k > 0 && tokens[k].lower == "(" && tokens[k - 1].capitalized
        }
        return false
    }

    static let turnVerbs: WordSet = ["turn", "turns", "turned", "turning"]
    static let ageComparatives: WordSet = ["older", "younger", "over", "under"]
    static let peopleNouns: WordSet = [
        "men", "women", "people", "voters", "adults", "children", "kids", "those", "anyone", "everyone", "residents",
        "americans", "citizens", "workers", "players", "drivers", "patients", "respondents", "students", "girls",
        "boys", "teenagers", "youths", "users", "members", "democrats", "republicans", "supporters", "viewers",
    ]

    /// "17 Of The Most Powerful Things Said", "3 Words That…": a title-case headline counting the article's own
    /// items announces the article; it claims nothing about the world.
    func announcesItems(_ n: Int) -> Bool {
        var k = n + 1
        while k < tokens.count, k - n <= 7, tokens[k].kind == .word || tokens[k].lower == "(" || tokens[k].lower == ")" {
            let t = tokens[k]
            if t.kind == .word, !t.capitalized { return false }
            if Self.itemNouns.contains(t.lower) { return true }
            k += 1
        }
        return false
    }

    static let itemNouns: WordSet = ["things", "thing", "ways", "reasons", "words", "questions", "question", "facts",
                                         "lessons", "moments", "takeaways", "tips", "signs", "quotes", "photos",
                                         "pictures", "charts", "lines", "line", "secrets", "myths", "mistakes"]

    /// "34 postsGet LivefyreFAQSign in": a word with a capital inside it after lower-case letters is page text
    /// run together by a scraper, not prose.
    func runsIntoPageText(_ n: Int) -> Bool {
        guard n + 1 < tokens.count, tokens[n + 1].kind == .word else { return false }
        let text = tokens[n + 1].range
        var sawLower = false
        for i in text {
            let b = self.text[i]
            if Bytes.isASCIILower(b) { sawLower = true } else if sawLower, Bytes.isASCIIUpper(b) { return true }
        }
        return false
    }
}
