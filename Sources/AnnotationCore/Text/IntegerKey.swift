/// An integer that is a dictionary key — a name key (an FNV-1a hash already) or a sentence's index — found by
/// its own bits. As a `[UInt64: …]` or `[Int: …]` key it went through SipHash at every question, and the
/// engine asks its name and sentence tables hundreds of thousands of times per lint. The seed the table hands
/// over is mixed in (each table keeps its own), and a multiply spreads the bits to the low ones a slot is
/// taken from. Nothing the engine writes depends on a table's order (the orders were random per process).
struct IntegerKey: Hashable, Sendable {
    let value: UInt64

    init(_ value: UInt64) { self.value = value }

    init(_ value: Int) { self.value = UInt64(bitPattern: Int64(value)) }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    func _rawHashValue(seed: Int) -> Int {
        let x = (value ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: x ^ (x >> 32))
    }
}

/// Values by sentence (or paragraph) index: a dictionary keyed by `IntegerKey`, asked by `Int`.
struct SentenceTable<Value> {
    private var values: [IntegerKey: Value] = [:]

    init() {}

    subscript(_ s: Int) -> Value? {
        get { values[IntegerKey(s)] }
        set { values[IntegerKey(s)] = newValue }
    }

    subscript(_ s: Int, default value: @autoclosure () -> Value) -> Value {
        get { values[IntegerKey(s), default: value()] }
        _modify { yield &values[IntegerKey(s), default: value()] }
    }

    mutating func reserveCapacity(_ n: Int) { values.reserveCapacity(n) }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }
}

extension SentenceTable: Sendable where Value: Sendable {}
