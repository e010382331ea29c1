/// A value for each kind of actor that has one, held in place: a dictionary keyed by `ActorKind` hashed the
/// kind's name (its raw value) on every lookup, and an actor's tally looks its kinds up for every member.
struct KindTable<Value: Sendable>: Sendable {
    private var person: Value?
    private var organization: Value?
    private var state: Value?
    private var unknown: Value?

    subscript(kind: ActorKind) -> Value? {
        get {
            switch kind {
            case .person: person
            case .organization: organization
            case .state: state
            case .unknown: unknown
            }
        }
        set {
            switch kind {
            case .person: person = newValue
            case .organization: organization = newValue
            case .state: state = newValue
            case .unknown: unknown = newValue
            }
        }
    }

    /// Changes the value of `kind` where it is held (made from `initial` first when there is none), and
    /// returns what `change` returns.
    mutating func update<R>(_ kind: ActorKind, initial: () -> Value, _ change: (inout Value) -> R) -> R {
        switch kind {
        case .person: Self.update(&person, initial, change)
        case .organization: Self.update(&organization, initial, change)
        case .state: Self.update(&state, initial, change)
        case .unknown: Self.update(&unknown, initial, change)
        }
    }

    private static func update<R>(_ slot: inout Value?, _ initial: () -> Value, _ change: (inout Value) -> R) -> R {
        if slot == nil { slot = initial() }
        return change(&slot!)
    }

    /// The kinds that have a value, in the order `ActorKind` declares them (asked without copying the values).
    var kinds: [ActorKind] {
        var out: [ActorKind] = []
        out.reserveCapacity(4)
        if person != nil { out.append(.person) }
        if organization != nil { out.append(.organization) }
        if state != nil { out.append(.state) }
        if unknown != nil { out.append(.unknown) }
        return out
    }
}
