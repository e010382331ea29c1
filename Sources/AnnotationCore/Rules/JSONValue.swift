/// A JSON value built by the engine for a finding's `data` and for `annotd claims`. Objects keep their key
/// order so that output is stable and readable.
/// Not `indirect`: arrays already hold the nested values, and boxing every case put each string and number of
/// a finding's data in an allocation of its own (a figure's object made 16 allocations; now 3).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            // A finding's data carried over from the last findings is the same array (arrays of values
            // compare so already; an array of pairs has no `==` to do it): equal without reading it.
            if x.withUnsafeBufferPointer({ a in y.withUnsafeBufferPointer { $0.baseAddress == a.baseAddress } }) { return true }
            return zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(b)
        case .number(let n): h.combine(n)
        case .string(let s): h.combine(s)
        case .array(let a): h.combine(a)
        case .object(let o): for (k, v) in o { h.combine(k); h.combine(v) }
        }
    }

    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func number(_ d: Double?) -> JSONValue {
        guard let d, d.isFinite else { return .null }
        return .number(d)
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// Compact JSON text (`JSONOutput` says how numbers and strings are written).
    public func serialized(into out: inout [UInt8]) {
        var writer = JSONOutput(continuing: out)
        out = [] // the writer's buffer is then the only reference, and grows in place
        writer.value(self)
        out = writer.bytes
    }

    public var serialized: String {
        var writer = JSONOutput()
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
