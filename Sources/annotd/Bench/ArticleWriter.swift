import Foundation

/// Writes one news-shaped article from a seeded stream: a headline, page furniture, then paragraphs of
/// sentences with figures in every shape the engine reads (digits, scales, money, percent, words, ranges,
/// qualifiers), their sources (specific, speaker, vague, none), named actors, quotes, and the non-claims a
/// reader skips (dates, years, clock times, ordinals, durations, small counts).
struct ArticleWriter {
    typealias V = CorpusVocabulary

    /// The default share of articles that state one figure far from what the rest of the corpus says:
    /// conflicts exist, but rarely, as in a real archive.
    static let defaultDisputeRate = 0.001

    var random: SeededRandom
    let markdown: Bool
    /// This article states one figure far from what the rest of the corpus says (decided once per article).
    let disputes: Bool
    /// The cast of this article: the story is about these, as a real report sticks to its subjects.
    let states: [String]
    let people: [(name: String, surname: String, role: String)]
    let organisation: String
    let outlet: String
    let quantities: [V.Quantity]
    private var disputed = false

    init(random: SeededRandom, markdown: Bool, disputeRate: Double = Self.defaultDisputeRate) {
        var r = random
        self.markdown = markdown
        var s: [String] = []
        while s.count < 3 { let x = r.pick(V.states); if !s.contains(x) { s.append(x) } }
        states = s
        people = (0..<3).map { _ in
            let last = r.pick(V.lastNames)
            return (name: "\(r.pick(V.firstNames)) \(last)", surname: last, role: r.pick(V.roles))
        }
        organisation = "\(r.pick(["the ", "the "]))\(r.pick(V.organisationHeads)) for \(r.pick(V.organisationTopics))"
        outlet = r.pick(V.outlets)
        var q: [V.Quantity] = []
        while q.count < 3 { let x = r.pick(V.quantities); if !q.contains(where: { $0.unit == x.unit && $0.verb == x.verb }) { q.append(x) } }
        quantities = q
        disputes = disputeRate > 0 && r.chance(disputeRate)
        self.random = r
    }

    /// An article of about `targetBytes` bytes (it stops at the first paragraph end past the target).
    mutating func article(targetBytes: Int) -> String {
        var out = ""
        if markdown, random.chance(0.3) { out += "---\ntitle: \(headline())\ntags: [news]\n---\n\n" }
        out += (markdown ? "# " : "") + headline() + "\n\n"
        out += "By \(random.pick(V.outlets).capitalizedFirst) staff\n\(date())\n\n"
        if random.chance(0.2) { out += "- \(digits(Double(1_000 + random.below(90_000))))\n\n" }
        var paragraphs = 0
        while out.utf8.count < targetBytes {
            if paragraphs > 0, random.chance(0.08) {
                out += interview()
            } else {
                out += paragraph()
            }
            paragraphs += 1
        }
        if markdown, random.chance(0.3) {
            out += "```\nraw: 1234567 rows, 88% complete\n```\n\n<!-- annotd-disable-next-line unsourced-figure -->\n"
            out += "Editors noted \(figure(V.quantities[0]).text) \(V.quantities[0].unit) in the draft.\n\n"
        }
        out += random.pick(["Related Articles\n", "Leave a Reply\n", "Share this article\n"])
        return out
    }

    // MARK: paragraphs and sentences

    mutating func paragraph() -> String {
        let n = 3 + random.below(3)
        return (0..<n).map { _ in sentence() }.joined(separator: " ") + "\n\n"
    }

    /// A short interview: the speaker is introduced, then dash-led questions and answers.
    mutating func interview() -> String {
        let p = random.pick(people)
        let q = random.pick(quantities)
        var out = "\(outlet.capitalizedFirst) spoke about this with \(p.role) \(p.name):\n\n"
        out += "— How many \(q.money ? "dollars" : q.unit) were \(q.verb) \(q.rate ?? "in total")?\n\n"
        out += "— \(claimClause(q, subject: random.pick(states))), as far as we can tell. It took \(duration()).\n\n"
        out += "— And \(random.pick(states))?\n\n"
        out += "— \(random.pick(states).capitalizedFirst) has its own reasons. \(percentClause()).\n\n"
        return out
    }

    mutating func sentence() -> String {
        let q = random.pick(quantities)
        let state = random.pick(states), other = random.pick(states)
        let person = random.pick(people)
        switch random.below(16) {
        case 0: return "According to \(organisation), \(claimClause(q, subject: state))\(toOther(other, state))."
        case 1: return "\(person.name), the \(person.role) of \(organisation), said \(claimClause(q, subject: state))."
        case 2: return "\(claimClause(q, subject: state).capitalizedFirst), \(random.pick(V.vagueCues))."
        case 3: return "\(state.capitalizedFirst) \(random.pick(V.vagueAdverbs)) \(claimClause(q, subject: nil)) since \(date())."
        case 4: return "\(claimClause(q, subject: state).capitalizedFirst) last year."
        case 5: return "“We have \(claimClause(q, subject: nil)),” \(person.surname) told \(outlet)."
        case 6: return "\(organisation.capitalizedFirst)’s survey found that \(percentClause(lowercase: true))."
        case 7: return "\(random.pick(V.wordFigures).capitalizedFirst) were affected in \(random.pick(V.places)), \(random.pick(["sources said", "officials in \(random.pick(V.capitals)) said", "the report says"]))."
        case 8: return "\(person.name) \(random.pick(V.fillerVerbs)) \(random.pick(people).name) in \(random.pick(V.capitals)) on \(date())."
        case 9: return "The talks lasted \(duration()) and ended at \(clock()), the \(ordinal()) round since \(1990 + random.below(34))."
        case 10: return "\(random.pick(V.smallWords).capitalizedFirst) countries signed the statement on \(random.pick(V.topics)) in the \(1950 + 10 * random.below(7))s."
        case 11:
            if markdown {
                return "The [\(random.pick(["ministry", "agency", "council"])) report](https://example.org/r/\(random.below(100_000))) put it plainly: \(claimClause(q, subject: state))."
            }
            return "Data from \(organisation) show \(claimClause(q, subject: state)) (\(outlet.capitalizedFirst), \(2015 + random.below(10)))."
        case 12: return "\(percentClause()), as reported by \(outlet)."
        case 13: return "Shipments through \(random.pick(V.places)) continued for \(duration()), and \(state) blamed \(other) for the delay."
        case 14: return "It is believed that \(claimClause(q, subject: state))."
        default: return "\(person.surname) said on \(date()) that \(random.pick(V.topics)) would go ahead."
        }
    }

    mutating func toOther(_ other: String, _ subject: String) -> String {
        other == subject ? "" : " to \(other)"
    }

    /// "Russia supplied about 1.2 million artillery shells a day" (subject optional).
    mutating func claimClause(_ q: V.Quantity, subject: String?) -> String {
        let f = figure(q)
        let head = subject.map { "\($0) " } ?? ""
        let rate = q.rate.map { " \($0)" } ?? ""
        if q.money { return "\(head)\(q.verb) \(f.text) on \(random.pick(V.topics))\(rate)" }
        return "\(head)\(q.verb) \(f.text) \(q.unit)\(rate)"
    }

    mutating func percentClause(lowercase: Bool = false) -> String {
        let pct = 5 + random.below(90)
        let text = random.chance(0.5) ? "\(pct)%" : "\(pct) percent"
        // Opinion shares have no measure word: claims, but compared with nothing, as a reader would want.
        let s = "\(random.pick(["about ", "nearly ", "", "more than "]))\(text) of voters in \(random.pick(states)) backed \(random.pick(V.topics))"
        return lowercase ? s : s.capitalizedFirst
    }

    // MARK: figures

    /// A figure near the quantity's true value in one of the shapes news prose uses; in a disputing article,
    /// its first figure is three times too large, which the workspace should report as a conflict.
    mutating func figure(_ q: V.Quantity) -> (text: String, value: Double) {
        var v = q.base * (0.96 + 0.08 * random.unit())
        if disputes, !disputed {
            disputed = true
            v *= 3
        }
        let qualifier = random.pick(["", "", "", "about ", "around ", "roughly ", "nearly ", "almost ", "at least ",
                                     "more than ", "up to ", "an estimated ", "some ", "close to "])
        if random.chance(0.12) {
            let a = round3(v * 0.97), b = round3(v * 1.03)
            let text = random.chance(0.5) ? "between \(amount(a, q)) and \(amount(b, q))" : "\(amount(a, q)) to \(amount(b, q))"
            return (text, v)
        }
        return (qualifier + amount(round3(v), q), v)
    }

    /// The number itself: digits with separators, a scale word, an abbreviation, with a currency for money.
    mutating func amount(_ v: Double, _ q: V.Quantity) -> String {
        let shape = random.below(v >= 1_000_000 ? 4 : 2)
        let number: String
        switch shape {
        case 0, 1: number = digits(v)
        case 2: number = scaled(v, long: true)
        default: number = scaled(v, long: false)
        }
        guard q.money else { return number }
        switch random.below(3) {
        case 0: return "$" + number
        case 1: return "€" + number
        default: return number + " dollars"
        }
    }

    func round3(_ v: Double) -> Double {
        guard v >= 1000 else { return v.rounded() }
        let p = pow(10, floor(log10(v)) - 2)
        return (v / p).rounded() * p
    }

    func digits(_ v: Double) -> String {
        var s = String(Int(v))
        var i = s.count - 3
        while i > 0 { s.insert(",", at: s.index(s.startIndex, offsetBy: i)); i -= 3 }
        return s
    }

    func scaled(_ v: Double, long: Bool) -> String {
        let (div, word, short) = v >= 1e9 ? (1e9, "billion", "bn") : (1e6, "million", "m")
        var n = String(format: "%.1f", v / div)
        if n.hasSuffix(".0") { n.removeLast(2) }
        return long ? "\(n) \(word)" : "\(n)\(short)"
    }

    // MARK: non-claims

    mutating func date() -> String {
        let d = 1 + random.below(28), y = 2014 + random.below(11), m = random.below(12)
        switch random.below(3) {
        case 0: return "\(V.months[m]) \(d)"
        case 1: return "\(V.months[m]) \(d), \(y)"
        default: return String(format: "%02d.%02d.%d", d, m + 1, y)
        }
    }

    mutating func duration() -> String {
        "\(random.pick(V.smallWords)) \(random.pick(V.durationUnits))"
    }

    mutating func clock() -> String { String(format: "%02d:%02d", random.below(24), random.below(60)) }

    mutating func ordinal() -> String {
        let n = 2 + random.below(80)
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }

    mutating func headline() -> String {
        "\(random.pick(states).capitalizedFirst) and \(random.pick(states)) at odds over \(random.pick(V.topics))"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
