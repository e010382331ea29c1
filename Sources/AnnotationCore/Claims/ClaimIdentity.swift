/// What a claim is about, read from the clause around its figure (SPEC §3.4): two claims are about the same
/// quantity only when their identities agree. Each part answers one question a fact-checker asks before
/// putting two figures side by side.
public struct ClaimIdentity: Sendable, Hashable {
    /// *What* is counted: the counted noun's class ("munitions", "USD").
    public var head: String
    /// Words that narrow the counted thing ("pledged" delegates, barrels "of oil", copies "of <title>").
    /// Two claims whose narrowing words are both known and share none count different things.
    public var narrowing: [String]
    /// What the sentence leaves out of the count ("excluding cars", "net of premiums"): a count with an
    /// exclusion is another quantity than the same count without it.
    public var exclusions: [String]
    /// *Who*: the named actors of the clause in their roles, without the source who states the figure.
    public var participants: [String]
    /// The participants the clause marks as receiving ("to Russia", "into Gaza"): "Norland supplied
    /// Estland" and "Estland supplied Norland" share their actors but not their roles.
    public var recipients: [String]
    /// The date the document carries near its top, which fixes what "on Monday" means.
    public var documentDate: String?
    /// *When*: the time anchors of the sentence; empty when it names no time.
    public var anchor: TimeAnchor
    /// The *form*: a level, a change, a share, a value per unit, or a target.
    public var form: ClaimForm
    /// The unit a per-unit value is per ("hour" in "$33.80 an hour"); nil otherwise.
    public var per: String?
    /// Which sentence of its document the figure stands in: figures of one sentence are never compared.
    public var sentence: Int
    /// The distinctive content words of the sentence, the textual evidence that two claims tell one story.
    public var evidence: SortedWords
    /// What happens to what is counted (supply, deaths, cost …), read from the figure's own clause.
    public var measure: String?
    /// A value per period ("a day", "every weekday"): rates are compared only with rates.
    public var isRate: Bool = false
    /// The currency of money; money in two currencies is never compared (currencies are not converted).
    public var currency: String?
    /// For a target, its sense: a "demand", an "offer", a "forecast", a "plan", a "limit", or "modal".
    public var intent: String?
    /// What money or a percentage is of ("a budget of $2m", "the cost"); nil for counted units.
    public var object: String?
    /// The actors the document's lead (its headline and opening paragraphs) names: the story's setting.
    /// An actor both documents name in their leads does not tell their claims apart.
    public var story: Set<String> = []
    /// The figure, by its first byte, whose quantity this one is another account of, when the text itself
    /// says so ("The agency gave a lower figure, saying 4,300", "the budget office puts the cost at $15m").
    public var accountOf: Int?
    /// Another figure of the document is set against this one as a second account of its quantity.
    public var isDisputed: Bool = false

    public init(head: String, narrowing: [String] = [], exclusions: [String] = [], participants: [String], recipients: [String] = [],
                documentDate: String? = nil, anchor: TimeAnchor = TimeAnchor(),
                form: ClaimForm = .level, per: String? = nil, sentence: Int, evidence: SortedWords = [],
                measure: String? = nil, isRate: Bool = false, currency: String? = nil, intent: String? = nil, object: String? = nil) {
        self.head = head
        self.narrowing = narrowing
        self.exclusions = exclusions
        self.participants = participants
        self.recipients = recipients
        self.documentDate = documentDate
        self.anchor = anchor
        self.form = form
        self.per = per
        self.sentence = sentence
        self.evidence = evidence
        self.measure = measure
        self.isRate = isRate
        self.currency = currency
        self.intent = intent
        self.object = object
    }

    /// Two accounts of one quantity, as the document itself pairs them.
    public func isAccountPair(with other: ClaimIdentity, at offset: Int, otherAt otherOffset: Int) -> Bool {
        accountOf == otherOffset || other.accountOf == offset
    }
}

/// The form a figure takes in its clause. Only claims of one form are compared: a change is never set
/// against a level, nor a target against an outcome.
public enum ClaimForm: String, Sendable, Hashable, Codable {
    /// How much there is or was: "killed 85 people".
    case level
    /// How much something moved: "rose 6%", "up by 200", "fell from 12,400", "a 6% increase".
    case change
    /// A part of a whole: "51 percent of voters".
    case share
    /// A value per unit: "$33.80 an hour", "$5 a head".
    case perUnit = "per-unit"
    /// What someone aims at, asks for, offers, promises or forecasts: "seeking 5.5% a year".
    case target

    /// Changes tell how much, not how much there is: with no base and no period they can contradict nothing.
    public var isComparable: Bool { self != .change }
}

/// The time a claim is anchored in: "2016", "March 5", "Monday", "last year", "by 2027".
public struct TimeAnchor: Sendable, Hashable {
    /// Normalised anchors, sorted: "y:2016", "m:march 5", "w:monday", "r:last year", "y:by 2027", and
    /// "t:2018-11-12" for a day resolved against the text's date.
    public var marks: [String]

    public init(marks: [String] = []) { self.marks = marks.count < 2 ? marks : marks.sorted() }

    public var isEmpty: Bool { marks.isEmpty }

    /// A weekday, a month without a year, or "last year" names a time only relative to when the text was
    /// written: two documents that both say "on Monday" may mean different Mondays.
    public var isRelative: Bool { !marks.isEmpty && !marks.contains { $0.hasPrefix("y:") || $0.hasPrefix("d:") || $0.hasPrefix("t:") } }

    /// Anchors agree when neither names a time, or both name the same one (a relative one only when both
    /// were written the same day: one document, or two that carry the same date).
    public func agrees(with other: TimeAnchor, sameWritingDay: Bool) -> Bool {
        guard marks == other.marks else { return false }
        return !isRelative || sameWritingDay
    }

    /// For messages: "2016", "Monday", "last year".
    public var label: String? {
        marks.isEmpty ? nil : marks.map { String($0.dropFirst(2)) }.joined(separator: ", ")
    }
}
