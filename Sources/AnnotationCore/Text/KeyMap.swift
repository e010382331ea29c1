/// A fixed map from 64-bit word keys (`NameKey` values, FNV-1a hashes already) to values: the actor
/// gazetteer's phrases. A `[UInt64: Value]` runs SipHash over every key it is asked about, and the recogniser
/// asks about each capitalised run of the text once per word it could end at; a key that is a hash already
/// needs only its own bits to find its slot, in the same `KeyTable` as `KeySet`'s.
struct KeyMap<Value: Sendable>: Sendable {
    private let table: KeyMapTable<Value>

    init(_ dictionary: [UInt64: Value]) { table = KeyMapTable(dictionary) }

    @inline(__always) subscript(key: UInt64) -> Value? { table.value(key) }

    var count: Int { table.count }
}

/// The keys in a `KeyTable` (the key sets' open addressing), and for each slot its value's place in a dense
/// array (a sparse array of values would be half empty slots); a key of 0, which the table keeps aside,
/// has its value aside too.
private final class KeyMapTable<Value: Sendable>: Sendable {
    let keys: KeyTable
    let places: [Int32]
    let values: [Value]
    let zero: Value?
    var count: Int { values.count + (zero == nil ? 0 : 1) }

    init(_ dictionary: [UInt64: Value]) {
        let keys = KeyTable(Array(dictionary.keys))
        var places = [Int32](repeating: 0, count: keys.slotCount)
        var values: [Value] = []
        values.reserveCapacity(dictionary.count)
        for (k, v) in dictionary where k != 0 {
            places[keys.slot(of: k)!] = Int32(values.count)
            values.append(v)
        }
        self.keys = keys
        self.places = places
        self.values = values
        self.zero = dictionary[0]
    }

    @inline(__always) func value(_ key: UInt64) -> Value? {
        if key == 0 { return zero }
        return keys.slot(of: key).map { values[Int(places[$0])] }
    }
}
