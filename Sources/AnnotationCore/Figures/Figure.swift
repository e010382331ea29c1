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
    /// What the figure scan read of it (its words, value, unit…), kept out of line and shared by copies: a
    /// figure is copied into caches, the workspace index and findings many times per edit, and each copy
    /// retained every one of these strings. Never changed in place (a setter makes a new one).
    private var scanned: Scanned
    public var actors: [String]
    public var source: SourceAttribution
    /// What the claim is about, for comparing it with others (SPEC §3.4); nil for non-claims and for
    /// claims whose counted thing cannot be read.
    public var identity: ClaimIdentity? {
        get { identityBox?.value }
        // Bound, not mapped: the closure of `map` borrows the value and boxed a second copy of it.
        set { if let value = newValue { identityBox = IdentityBox(value) } else { identityBox = nil } }
    }
    /// The identity out of line: it is a few hundred bytes, and most figures of a document (dates, years,
    /// non-claims) have none, yet every figure kept room for one. Never changed in place: setting
    /// `identity` makes a new box, so figures stay values.
    /// The identity's box, read in place by the conflict test (the `identity` getter copies the value out).
    private(set) var identityBox: IdentityBox?

    /// Files the figure under an identity already boxed (the sentence cache's, when nothing it reads changed).
    mutating func setIdentity(_ box: IdentityBox?) { identityBox = box }

    public var text: String { get { scanned.part.text } set { change { $0.text = newValue } } }
    public var value: Double { get { scanned.part.value } set { change { $0.value = newValue } } }
    public var lower: Double { get { scanned.part.lower } set { change { $0.lower = newValue } } }
    /// `.infinity` when the wording sets no upper bound ("at least").
    public var upper: Double { get { scanned.part.upper } set { change { $0.upper = newValue } } }
    public var qualifier: Qualifier { get { scanned.part.qualifier } set { change { $0.qualifier = newValue } } }
    /// The word the qualifier came from ("nearly"), for reading the figure back.
    public var qualifierText: String? { get { scanned.part.qualifierText } set { change { $0.qualifierText = newValue } } }
    public var unit: String? { get { scanned.part.unit } set { change { $0.unit = newValue } } }
    public var unitClass: String? { get { scanned.part.unitClass } set { change { $0.unitClass = newValue } } }
    /// ISO code for money ("USD"), nil otherwise.
    public var currency: String? { get { scanned.part.currency } set { change { $0.currency = newValue } } }
    public var measure: String? { get { scanned.part.measure } set { change { $0.measure = newValue } } }
    /// For money and percentages, what the amount is of ("budget", "voters"): the currency or "percent"
    /// alone does not say which quantity is meant.
    public var object: String? { get { scanned.part.object } set { change { $0.object = newValue } } }
    public var rate: RatePeriod? { get { scanned.part.rate } set { change { $0.rate = newValue } } }
    public var kind: FigureKind { get { scanned.part.kind } set { change { $0.kind = newValue } } }

    public var isClaim: Bool { scanned.part.kind.isClaimKind }

    /// What the scan read, as the shared object: equal parts that are one object compare at once.
    var scannedPart: Scanned { scanned }

    public init(range: Range<Int>, text: String, value: Double, lower: Double, upper: Double,
                qualifier: Qualifier, qualifierText: String? = nil, unit: String? = nil, unitClass: String? = nil,
                currency: String? = nil, measure: String? = nil, object: String? = nil, rate: RatePeriod? = nil, kind: FigureKind,
                actors: [String] = [], source: SourceAttribution = .none) {
        self.range = range
        scanned = Scanned(ScanPart(text: text, value: value, lower: lower, upper: upper, qualifier: qualifier,
                                   qualifierText: qualifierText, unit: unit, unitClass: unitClass, currency: currency,
                                   measure: measure, object: object, rate: rate, kind: kind))
        self.actors = actors
        self.source = source
    }

    /// A new scan part with `edit` made to it (one box for any number of fields); the old one may be
    /// shared by other figures.
    mutating func change(_ edit: (inout ScanPart) -> Void) {
        var part = scanned.part
        edit(&part)
        scanned = Scanned(part)
    }

    /// The fields of `Scanned`, as a value.
    struct ScanPart: Sendable, Hashable {
        var text: String
        var value: Double
        var lower: Double
        var upper: Double
        var qualifier: Qualifier
        var qualifierText: String?
        var unit: String?
        var unitClass: String?
        var currency: String?
        var measure: String?
        var object: String?
        var rate: RatePeriod?
        var kind: FigureKind
    }

    /// The scan part on the heap, compared and hashed by value.
    final class Scanned: Sendable, Hashable {
        let part: ScanPart
        init(_ part: ScanPart) { self.part = part }
        static func == (a: Scanned, b: Scanned) -> Bool { a === b || a.part == b.part }
        func hash(into hasher: inout Hasher) { hasher.combine(part) }
    }
}

/// A claim identity on the heap, compared and hashed by value.
final class IdentityBox: Sendable, Hashable {
    let value: ClaimIdentity
    init(_ value: ClaimIdentity) { self.value = value }
    static func == (a: IdentityBox, b: IdentityBox) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
