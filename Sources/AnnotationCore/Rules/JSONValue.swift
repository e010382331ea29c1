/// A JSON value built by the engine for a finding's `data` and for `annotd claims`. Objects keep their key
/// order so that output is stable and readable.
public indirect enum JSONValue: Sendable, Hashable {
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
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
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

    /// Compact JSON text. Numbers that are whole print without a fraction. Built as UTF-8 bytes: output for a
    /// large workspace runs to megabytes, and appending scalars to a String one by one is many times slower.
    public func serialized(into out: inout [UInt8]) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let b): out += b ? Self.trueBytes : Self.falseBytes
        case .number(let d):
            if !d.isFinite { out += Self.nullBytes }
            else if d == d.rounded(), abs(d) < 9.007e15 { out += String(Int64(d)).utf8 }
            else { out += "\(d)".utf8 }
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let a):
            out.append(0x5B)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                v.serialized(into: &out)
            }
            out.append(0x5D)
        case .object(let o):
            out.append(0x7B)
            for (i, (k, v)) in o.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.escape(k, into: &out)
                out.append(0x3A)
                v.serialized(into: &out)
            }
            out.append(0x7D)
        }
    }

    public var serialized: String {
        var bytes: [UInt8] = []
        serialized(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    static let hex = Array("0123456789abcdef".utf8)

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { buf in
            for b in buf {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0..<0x20:
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
    }
}
