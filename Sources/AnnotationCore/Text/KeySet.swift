/// A fixed set of 64-bit word keys (`NameKey` values, FNV-1a hashes already): the actor lexicon's word
/// lists. `Set<UInt64>` runs SipHash over every key it is asked about; the recogniser asks about each
/// word of the text many times (a twentieth of all the engine's work, by callgrind), and a key that is a
/// hash already needs only its own bits to find its slot.
public struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private let table: KeyTable

    /// The keys, repeats allowed (the table keeps one of each).
    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 { table = KeyTable(Array(keys)) }
    public init(arrayLiteral keys: UInt64...) { self.init(keys) }

    @inline(__always) public func contains(_ key: UInt64) -> Bool { table.contains(key) }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.count == 0 }
}

/// Open addressing over the keys themselves; 0 marks an empty slot, so a key of 0 is kept aside. `KeyMap`
/// finds its values' places through the same table.
final class KeyTable: Sendable {
    let slots: [UInt64]
    let mask: Int
    let hasZero: Bool
    let count: Int

    init(_ keys: [UInt64]) {
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        var count = 0
        for k in keys where k != 0 {
            var s = Self.slot(k, mask)
            while slots[s] != 0, slots[s] != k { s = (s + 1) & mask }
            if slots[s] == 0 { slots[s] = k; count += 1 }
        }
        self.hasZero = keys.contains(0)
        self.slots = slots
        self.mask = mask
        self.count = count + (hasZero ? 1 : 0)
    }

    /// The high bits of a multiplicative mix: FNV-1a's low bits vary little for short words.
    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        key == 0 ? hasZero : slot(of: key) != nil
    }

    /// How many slots the table has: a slot's index is below it.
    var slotCount: Int { slots.count }

    /// The slot holding `key`, which is not 0; nil when the table does not hold it.
    @inline(__always) func slot(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { s in
            var i = Self.slot(key, mask)
            while true {
                let k = s[i]
                if k == key { return i }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
