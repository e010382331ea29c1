/// A fixed map from 64-bit word keys (`NameKey` values, FNV-1a hashes already) to values: the actor
/// gazetteer's phrases. A `[UInt64: Value]` runs SipHash over every key it is asked about, and the recogniser
/// asks about each capitalised run of the text once per word it could end at; a key that is a hash already
/// needs only its own bits to find its slot (as `KeySet`). A class inside, so a lexicon copied into each
/// sentence's reader retains one table, not a dictionary's storage.
struct KeyMap<Value: Sendable>: Sendable {
    private let table: KeyMapTable<Value>

    init(_ dictionary: [UInt64: Value]) { table = KeyMapTable(dictionary) }

    @inline(__always) subscript(key: UInt64) -> Value? { table.value(key) }

    var count: Int { table.count }
}

/// Open addressing over the keys themselves, each slot with its value's place in a dense array (a sparse
/// array of values would be half empty slots); 0 marks an empty slot, so a key of 0 is kept aside.
private final class KeyMapTable<Value: Sendable>: Sendable {
    let keys: [UInt64]
    let places: [Int32]
    let values: [Value]
    let mask: Int
    let zero: Value?
    var count: Int { values.count + (zero == nil ? 0 : 1) }

    init(_ dictionary: [UInt64: Value]) {
        var size = 16
        while size < dictionary.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var places = [Int32](repeating: 0, count: size)
        var values: [Value] = []
        values.reserveCapacity(dictionary.count)
        let mask = size - 1
        for (k, v) in dictionary where k != 0 {
            var s = Self.slot(k, mask)
            while keys[s] != 0 { s = (s + 1) & mask }
            keys[s] = k
            places[s] = Int32(values.count)
            values.append(v)
        }
        self.keys = keys
        self.places = places
        self.values = values
        self.mask = mask
        self.zero = dictionary[0]
    }

    /// The high bits of a multiplicative mix, as `KeySet`: FNV-1a's low bits vary little for short words.
    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always) func value(_ key: UInt64) -> Value? {
        if key == 0 { return zero }
        return keys.withUnsafeBufferPointer { s in
            var i = Self.slot(key, mask)
            while true {
                let k = s[i]
                if k == key { return values[Int(places[i])] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
