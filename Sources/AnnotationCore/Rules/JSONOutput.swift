/// Appends compact JSON to one byte buffer, in the order the caller writes it. `lint --format json`,
/// SARIF, rdjsonl and `annotd claims` write their documents through it instead of building a `JSONValue`
/// tree first: the tree (an enum box per value, an array of pairs per object) cost more to build and free
/// than the bytes cost to write.
///
/// The bytes are those `JSONValue.serialized` has always written: strings escape `"`, `\`, LF, CR and tab
/// as two characters and the other controls as `\u00XX`, nothing else (not `/`, not DEL, not non-ASCII);
/// a whole number below 2^53 in magnitude prints as an integer, any other finite number as Swift prints a
/// `Double`, a non-finite one as `null`; no whitespace. The methods below place the commas.
public struct JSONOutput: Sendable {
    public private(set) var bytes: [UInt8]
    /// Whether the next key or value in the open container needs a comma before it.
    private var needsComma = false

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Continues `bytes` (which must end where a value may start, e.g. empty or after a newline).
    public init(continuing bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: structure

    public mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(0x7D)
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(0x5B)
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(0x5D)
        needsComma = true
    }

    /// A key the program spells: plain ASCII with nothing to escape, so it is copied as it is.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        needsComma = false
    }

    /// A key from data (a `JSONValue` object's, a rule code in a count), escaped as strings are. (Its own
    /// label: an unlabelled `key("…")` would take a literal as a `String`, not as the `StaticString` above.)
    public mutating func key(escaping name: String) {
        separate()
        escape(name)
        bytes.append(0x3A)
        needsComma = false
    }

    /// Ends a line of JSON lines (or the document): what follows starts a new value, without a comma.
    public mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    // MARK: values

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        needsComma = true
    }

    public mutating func bool(_ b: Bool) {
        separate()
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
        needsComma = true
    }

    public mutating func string(_ s: String) {
        separate()
        escape(s)
        needsComma = true
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// A count or position: the same digits as the `Double` it would have been in a `JSONValue`.
    public mutating func int(_ i: Int) {
        guard i.magnitude < Self.wholeLimit else { return number(Double(i)) }
        separate()
        Bytes.appendDecimal(i, to: &bytes)
        needsComma = true
    }

    public mutating func number(_ d: Double) {
        separate()
        if !d.isFinite {
            bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        } else if d == d.rounded(), abs(d) < 9.007e15 {
            Bytes.appendDecimal(Int(d), to: &bytes)
        } else {
            bytes.append(contentsOf: "\(d)".utf8)
        }
        needsComma = true
    }

    public mutating func number(_ d: Double?) {
        if let d { number(d) } else { null() }
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): number(d)
        case .string(let s): string(s)
        case .array(let a):
            beginArray()
            for e in a { value(e) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (k, e) in pairs {
                key(escaping: k)
                value(e)
            }
            endObject()
        }
    }

    // MARK: bytes

    /// Integers print as integers only below this magnitude (as `JSONValue` numbers always have).
    static let wholeLimit: UInt = 9_007_000_000_000_000

    private mutating func separate() {
        if needsComma { bytes.append(0x2C) }
    }

    /// A quoted string: runs of bytes that need no escape are copied whole, found eight bytes at a time;
    /// only `"`, `\` and controls are written one by one.
    private mutating func escape(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let n = utf8.count
            var start = 0, i = 0
            while i < n {
                if i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = base[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    if start < i { bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start)) }
                    escapeByte(b)
                    start = i + 1
                }
                i += 1
            }
            if start < n { bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: n - start)) }
        }
        bytes.append(0x22)
    }

    /// Whether any of eight bytes is below 0x20, `"` or `\` (the usual zero-byte test on the word, on the
    /// word XOR the byte, and on the word minus 0x20). It may say yes for a byte at or above 0x80, never
    /// no for one that needs an escape; the bytes are then tested one by one.
    @inline(__always)
    private static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below = w &- 0x2020_2020_2020_2020
        let quote = (w ^ 0x2222_2222_2222_2222) &- ones
        let slash = (w ^ 0x5C5C_5C5C_5C5C_5C5C) &- ones
        return (below | quote | slash) & highs != 0
    }

    private mutating func escapeByte(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
        case 0x0D: bytes.append(0x5C); bytes.append(0x72)
        case 0x09: bytes.append(0x5C); bytes.append(0x74)
        default:
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
