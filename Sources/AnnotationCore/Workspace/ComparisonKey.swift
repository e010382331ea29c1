/// The part of a claim's identity (SPEC §3.4) that must be equal for two claims to be about one quantity:
/// what is counted (unit class, and for money and percentages what they are of), the measure, whether it
/// is a total or a rate, the currency, the form and what a per-unit value is per. Claims are filed by this
/// key so that an edit compares only claims that could conflict; the rest of the identity (who, when, the
/// narrowing words) is tested pairwise inside a bucket by `ConflictTest.sameQuantity`.
public struct ComparisonKey: Sendable, Hashable {
    public var unitClass: String
    public var measure: String?
    public var isRate: Bool
    public var currency: String?
    /// What money or a percentage is of; nil for counted units, whose unit already says.
    public var object: String?
    public var form: ClaimForm
    public var per: String?
    public var intent: String?

    /// Nil for claims too vague to compare: no identity, or a change (which contradicts nothing without its
    /// base). A claim with no named participant is kept: two such claims agree on who, and the textual
    /// evidence must then carry the match (`ConflictTest.sameQuantity`). A claim with no measure is kept
    /// only as a rate of a period ("3% a year") with no participant, whose sentence must then share two
    /// distinctive words with the other's.
    public init?(_ f: Figure) {
        guard f.isClaim, let box = f.identityBox else { return nil }
        self.init(box)
    }

    /// The key of `figures[i]`, read where it stands: handed to `init?(_: Figure)`, the figure was copied out
    /// of its array (~280 instructions with its release) for every claim filed and every one looked up.
    static func of(_ figures: [Figure], at i: Int) -> ComparisonKey? {
        guard figures[i].isClaim, let box = figures[i].identityBox else { return nil }
        return key(box)
    }

    /// Whether `keys[i]` is `key` (`==`), read where it stands, field by field: bound or handed over, the key
    /// was copied (its strings retained and released) for every claim of a buffer on each keystroke.
    /// (Through optional chaining: a nil key fails the first test, a Bool never nil.) Every stored field is
    /// compared, as the synthesised `==` compares them: a field added to the key must be added here too
    /// (`ComparisonKeyMatchTests` counts them).
    static func matches(_ keys: [ComparisonKey?], _ i: Int, _ key: ComparisonKey) -> Bool {
        keys[i]?.isRate == key.isRate && keys[i]?.unitClass == key.unitClass && keys[i]?.measure == key.measure
            && keys[i]?.form == key.form && keys[i]?.currency == key.currency && keys[i]?.object == key.object
            && keys[i]?.per == key.per && keys[i]?.intent == key.intent
    }

    public init?(_ id: ClaimIdentity) {
        self.init(IdentityBox(id))
    }

    /// `key(_:)`, as an initializer.
    init?(_ box: IdentityBox) {
        guard let key = Self.key(box) else { return nil }
        self = key
    }

    private init(unitClass: String, measure: String?, isRate: Bool, currency: String?, object: String?, form: ClaimForm,
                 per: String?, intent: String?) {
        self.unitClass = unitClass
        self.measure = measure
        self.isRate = isRate
        self.currency = currency
        self.object = object
        self.form = form
        self.per = per
        self.intent = intent
    }

    /// The key read from the identity in its box, field by field: handed over as a value, or bound to a local,
    /// the identity was copied out of the box and destroyed after (~700 instructions), and every claim's key
    /// is made when it is filed and again when its conflicts are looked up. Made in the returned value: a
    /// failable initializer setting the fields one by one built the key aside, then copied and destroyed it.
    static func key(_ box: IdentityBox) -> ComparisonKey? {
        guard box.value.form.isComparable else { return nil }
        // On real news a figure with a participant but no measure ("50 delegates" of some candidate)
        // matched every other figure of its unit and cried wolf: it must say what happens to what it counts,
        // unless the text itself sets it against another account of its quantity.
        let paired = box.value.accountOf != nil || box.value.isDisputed
        // A rate that names no one but the story's setting ("every weekday, a million riders count on Port
        // Halden's buses") is kept: its evidence must then carry the match. (Asked last: it hashes each
        // participant, and a measure or a pairing decides first.)
        guard box.value.measure != nil || paired
            || (box.value.isRate && box.value.participants.allSatisfy { box.value.story.contains($0) }) else { return nil }
        // "$9.40" and "$1 billion" for one country are not one quantity: money and percentages compare only
        // when they are of the same thing. A percentage a period ("3% a year") is a rate of growth: it is of
        // what grows, which its clause names when it is not a word of the rate or of change itself.
        if box.value.currency != nil || box.value.head == "percent" {
            guard box.value.object != nil || (box.value.head == "percent" && box.value.isRate) || paired else { return nil }
        }
        return ComparisonKey(unitClass: box.value.head, measure: box.value.measure, isRate: box.value.isRate,
                             currency: box.value.currency, object: box.value.object, form: box.value.form,
                             per: box.value.per, intent: box.value.intent)
    }

}

/// The comparison of SPEC §3.4 for two claims of the workspace.
public enum ConflictTest {
    /// True when the participants of one are a subset of the other's: "North Korea supplied Russia" and
    /// "North Korea supplied" may be one quantity; "Russia" and "Ukraine" are not.
    /// Two claims that name no participant agree on who. One that names none agrees with one that names
    /// some only when those are the setting of both stories (both documents' leads name them): "the death
    /// toll reached 29" in one report of a fire and "the toll stood at 42" in another are about that fire.
    /// Participants are a handful of names: read as lists, without the sets this built for each of the
    /// thousands of pairs a hover tests.
    static func sameActors(_ x: ClaimIdentity, _ y: ClaimIdentity, sameDocument: Bool) -> Bool {
        let p = x.participants, q = y.participants
        if p.isEmpty && q.isEmpty { return true }
        if p.isEmpty || q.isEmpty {
            guard !sameDocument else { return false }
            // Every participant of either is in both stories' settings.
            return (p.isEmpty ? q : p).allSatisfy { x.story.contains($0) && y.story.contains($0) }
        }
        return isSubset(p, of: q) || isSubset(q, of: p)
    }

    /// Every name of `a` is in `b` (as sets: repeats do not matter).
    static func isSubset(_ a: [String], of b: [String]) -> Bool {
        a.allSatisfy(b.contains)
    }

    /// Are two claims about the same quantity? Equal keys; not of one sentence; the same time or none;
    /// participants that fit; narrowing words that do not exclude each other; and some textual evidence
    /// beyond the counted noun that the two sentences tell one story. Two figures the document itself sets
    /// against each other as accounts of one quantity are the same quantity.
    public static func sameQuantity(_ a: FigureRef, _ b: FigureRef) -> Bool {
        guard let ka = ComparisonKey(a.figure), ka == ComparisonKey(b.figure) else { return false }
        return sameQuantity(ofOneKey: a, b)
    }

    /// `sameQuantity` for two claims known to have equal comparison keys (filed in one bucket): a hover
    /// over a figure tests it against every claim of its key, thousands in a large workspace, and building
    /// both keys again for each pair was a third of that.
    static func sameQuantity(ofOneKey a: FigureRef, _ b: FigureRef) -> Bool {
        guard let x = a.figure.identityBox, let y = b.figure.identityBox else { return false }
        return sameQuantity(ofOneKey: x.value, in: a.document, at: a.figure.range.lowerBound,
                            y.value, in: b.document, at: b.figure.range.lowerBound)
    }

    /// `sameQuantity(ofOneKey:_:)` on the two identities, their documents and the figures' first bytes (which
    /// matter only within one document), so that a bucket's claims are tested without copying each figure.
    static func sameQuantity(ofOneKey x: ClaimIdentity, in aDocument: String, at aOffset: Int,
                             _ y: ClaimIdentity, in bDocument: String, at bOffset: Int) -> Bool {
        let sameDocument = aDocument == bDocument
        if sameDocument, x.isAccountPair(with: y, at: aOffset, otherAt: bOffset) { return true }
        if sameDocument && x.sentence == y.sentence { return false }
        let sameDay = sameDocument || (x.documentDate != nil && x.documentDate == y.documentDate)
        guard x.anchor.agrees(with: y.anchor, sameWritingDay: sameDay), sameActors(x, y, sameDocument: sameDocument),
              sameRoles(x, y) else { return false }
        guard narrowingFits(x.narrowing, y.narrowing), x.exclusions == y.exclusions else { return false }
        // A claim that names the setting both leads name, matched with one that names no one, shares that
        // actor with it: with the counted noun the key holds, that is the evidence SPEC §3.4 asks for.
        if x.participants.isEmpty != y.participants.isEmpty { return true }
        if x.participants.isEmpty { return sharedEvidence(x.evidence, y.evidence) >= evidenceWithoutActors }
        return !x.evidence.isDisjoint(with: y.evidence) || x.participants.contains(where: y.participants.contains)
    }

    /// How many pieces of evidence two sentences share. A name is shared when one spelling holds the other's
    /// words ("Metro" and "Port Halden Metro"), as a surname stands for the full name.
    static func sharedEvidence(_ a: SortedWords, _ b: SortedWords) -> Int {
        let exact = a.intersection(b)
        let others = b.subtracting(exact).map { $0.split(separator: " ") }
        var n = exact.count
        for x in a.subtracting(exact) {
            let words = x.split(separator: " ")
            if others.contains(where: { y in (words.count > 1 || y.count > 1) && (words.allSatisfy(y.contains) || y.allSatisfy(words.contains)) }) {
                n += 1
            }
        }
        return n
    }

    /// Distinctive words two sentences must share when neither names a participant: without actors, one
    /// shared word is too often chance.
    static let evidenceWithoutActors = 2

    /// No actor receives in one claim and acts in the other: "Norland supplied 5,000 shells to Estland" and
    /// "Estland supplied 400 shells to Norland" are two flows.
    static func sameRoles(_ x: ClaimIdentity, _ y: ClaimIdentity) -> Bool {
        x.participants.allSatisfy { !y.participants.contains($0) || x.recipients.contains($0) == y.recipients.contains($0) }
    }

    /// Narrowing words fit when one side names none, or one side's are all among the other's: "copies of
    /// its first album" and "copies of its second album" are two things; "pledged delegates" and "delegates"
    /// may be one.
    static func narrowingFits(_ a: [String], _ b: [String]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        return isSubset(a, of: b) || isSubset(b, of: a)
    }

    /// The interval per day for rates, as is for totals.
    static func interval(_ f: Figure) -> (Double, Double) {
        perDay(lower: f.lower, upper: f.upper, rate: f.rate)
    }

    /// `interval` of a figure's bounds and rate, for a caller that reads them where the figure stands.
    @inline(__always)
    static func perDay(lower: Double, upper: Double, rate: RatePeriod?) -> (Double, Double) {
        let days = rate?.days ?? 1
        return (lower / days, upper / days)
    }

    /// Do the two intervals fail to overlap even after widening each by the tolerance?
    public static func disagree(_ a: Figure, _ b: Figure, tolerance: Double) -> Bool {
        disagree(interval(a), interval(b), tolerance: tolerance)
    }

    /// The same, on the two per-day intervals (a bucket entry holds its claim's).
    static func disagree(_ a: (Double, Double), _ b: (Double, Double), tolerance: Double) -> Bool {
        let (alo, ahi) = a, (blo, bhi) = b
        let aLow = alo * (1 - tolerance), aHigh = ahi * (1 + tolerance)
        let bLow = blo * (1 - tolerance), bHigh = bhi * (1 + tolerance)
        return aHigh < bLow || bHigh < aLow
    }

    /// Two claims about the same quantity whose values cannot both be true.
    public static func conflicts(_ a: FigureRef, _ b: FigureRef, tolerance: Double) -> Bool {
        sameQuantity(a, b) && disagree(a.figure, b.figure, tolerance: tolerance)
    }
}
