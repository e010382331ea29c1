/// How a figure's wording bounds its value (SPEC §3.1).
public enum Qualifier: String, Sendable, Hashable, Codable {
    case exact, approx
    case atLeast = "at_least"
    case atMost = "at_most"
    case range, vague
}

/// What a figure is, so that only claims are flagged (SPEC §8 `kind`).
public enum FigureKind: String, Sendable, Hashable, Codable {
    case count, money, percent, measure, date, year, time, ordinal, duration, name, metadata
    case smallCount = "small-count"
    /// A score, result line, vote tally or rank ("won 6-4", "a 24-17 win", "passed 52-48", "top 10"): it
    /// records an outcome or a position, not a quantity anyone would source.
    case score

    /// Kinds that state a quantity; the rest are never flagged.
    public var isClaimKind: Bool {
        switch self {
        case .count, .money, .percent, .measure: return true
        default: return false
        }
    }
}

/// The period of a rate ("a day", "annual").
public enum RatePeriod: String, Sendable, Hashable, Codable {
    case day, week, month, year

    public var days: Double {
        switch self {
        case .day: return 1
        case .week: return 7
        case .month: return 365.25 / 12
        case .year: return 365.25
        }
    }
}

/// A number in prose with what it counts.
public struct Figure: Sendable, Hashable {
    public var range: Range<Int>
    public var text: String
    public var value: Double
    public var lower: Double
    /// `.infinity` when the wording sets no upper bound ("at least").
    public var upper: Double
    public var qualifier: Qualifier
    /// The word the qualifier came from ("nearly"), for reading the figure back.
    public var qualifierText: String?
    public var unit: String?
    public var unitClass: String?
    /// ISO code for money ("USD"), nil otherwise.
    public var currency: String?
    public var measure: String?
    /// For money and percentages, what the amount is of ("budget", "voters"): the currency or "percent"
    /// alone does not say which quantity is meant.
    public var object: String?
    public var rate: RatePeriod?
    public var kind: FigureKind
    public var actors: [String]
    public var source: SourceAttribution
    /// What the claim is about, for comparing it with others (SPEC §3.4); nil for non-claims and for
    /// claims whose counted thing cannot be read.
    public var identity: ClaimIdentity? {
        get { identityBox?.value }
        set { identityBox = newValue.map(IdentityBox.init) }
    }
    /// The identity out of line: it is a few hundred bytes, and most figures of a document (dates, years,
    /// non-claims) have none, yet every figure kept room for one. Never changed in place: setting
    /// `identity` makes a new box, so figures stay values.
    /// The identity's box, read in place by the conflict test (the `identity` getter copies the value out).
    private(set) var identityBox: IdentityBox?

    public var isClaim: Bool { kind.isClaimKind }

    public init(range: Range<Int>, text: String, value: Double, lower: Double, upper: Double,
                qualifier: Qualifier, qualifierText: String? = nil, unit: String? = nil, unitClass: String? = nil,
                currency: String? = nil, measure: String? = nil, object: String? = nil, rate: RatePeriod? = nil, kind: FigureKind,
                actors: [String] = [], source: SourceAttribution = .none) {
        self.range = range
        self.text = text
        self.value = value
        self.lower = lower
        self.upper = upper
        self.qualifier = qualifier
        self.qualifierText = qualifierText
        self.unit = unit
        self.unitClass = unitClass
        self.currency = currency
        self.measure = measure
        self.object = object
        self.rate = rate
        self.kind = kind
        self.actors = actors
        self.source = source
    }
}

/// A claim identity on the heap, compared and hashed by value.
final class IdentityBox: Sendable, Hashable {
    let value: ClaimIdentity
    init(_ value: ClaimIdentity) { self.value = value }
    static func == (a: IdentityBox, b: IdentityBox) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
