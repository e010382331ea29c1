/// What makes two claims about the same quantity (SPEC §3.4), short of their actors: the unit class, the
/// measure, whether it is a total or a rate, and the currency. Claims are filed by this key so that an edit
/// compares only claims that could conflict.
public struct ComparisonKey: Sendable, Hashable {
    public var unitClass: String
    public var measure: String?
    public var isRate: Bool
    public var currency: String?
    /// What money or a percentage is of; nil for counted units, whose unit already says.
    public var object: String?

    /// Nil for claims too vague to compare. SPEC §3.4 sets the floor (a measure or a named actor); we ask for
    /// both, because on real news a figure with no actor ("spent 5 million dollars") or no measure ("35
    /// percent") matched every other figure of its unit and cried wolf across whole archives.
    public init?(_ f: Figure) {
        guard f.isClaim, let unit = f.unitClass else { return nil }
        guard f.measure != nil, !f.actors.isEmpty else { return nil }
        // "$9.40" and "$1 billion" for one country are not one quantity: money and percentages compare only
        // when they are of the same thing.
        if f.currency != nil || unit == "percent" {
            guard let o = f.object else { return nil }
            object = o
        }
        unitClass = unit
        measure = f.measure
        isRate = f.rate != nil
        currency = f.currency
    }
}

/// The conflict test of SPEC §3.4 for two claims with the same key.
public enum ConflictTest {
    /// True when the actors of one are a subset of the other's.
    public static func sameActors(_ a: Figure, _ b: Figure) -> Bool {
        let x = Set(a.actors), y = Set(b.actors)
        return x.isSubset(of: y) || y.isSubset(of: x)
    }

    /// The interval per day for rates, as is for totals.
    static func interval(_ f: Figure) -> (Double, Double) {
        let days = f.rate?.days ?? 1
        return (f.lower / days, f.upper / days)
    }

    /// Do the two intervals fail to overlap even after widening each by the tolerance?
    public static func conflicts(_ a: Figure, _ b: Figure, tolerance: Double) -> Bool {
        guard ComparisonKey(a) == ComparisonKey(b), ComparisonKey(a) != nil, sameActors(a, b) else { return false }
        let (alo, ahi) = interval(a), (blo, bhi) = interval(b)
        let aLow = alo * (1 - tolerance), aHigh = ahi * (1 + tolerance)
        let bLow = blo * (1 - tolerance), bHigh = bhi * (1 + tolerance)
        return aHigh < bLow || bHigh < aLow
    }
}
