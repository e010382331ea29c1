#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The bytes written so far, written through a pointer: appending to an `[UInt8]` checked the array's
    /// uniqueness and capacity per byte and cost ~130 instructions per run of bytes (a key, a string), which
    /// made rendering `lint --format json` ~40 instructions a byte of output.
    private var buffer: GrowableBytes
    /// Whether the next key or value in the open container needs a comma before it.
    private var needsComma = false

    public var bytes: [UInt8] { buffer.array }

    public init(capacity: Int = 1024) {
        buffer = GrowableBytes(capacity: capacity)
    }

    /// Continues `bytes` (which must end where a value may start, e.g. empty or after a newline).
    public init(continuing bytes: [UInt8]) {
        buffer = GrowableBytes(capacity: max(bytes.count * 2, 1024))
        bytes.withUnsafeBufferPointer { put($0) }
    }

    // MARK: structure

    public mutating func beginObject() {
        separate()
        put(0x7B)
        needsComma = false
    }

    public mutating func endObject() {
        put(0x7D)
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        put(0x5B)
        needsComma = false
    }

    public mutating func endArray() {
        put(0x5D)
        needsComma = true
    }

    /// A key the program spells: plain ASCII with nothing to escape, so it is copied as it is.
    public mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { name in
            let n = name.count
            let out = room(n + 4)
            var w = 0
            if needsComma { out[0] = 0x2C; w = 1 }
            out[w] = 0x22
            if let from = name.baseAddress { (out + w + 1).update(from: from, count: n) }
            out[w + n + 1] = 0x22
            out[w + n + 2] = 0x3A
            buffer.count += w + n + 3
        }
        needsComma = false
    }

    /// A key from data (a `JSONValue` object's, a rule code in a count), escaped as strings are. (Its own
    /// label: an unlabelled `key("…")` would take a literal as a `String`, not as the `StaticString` above.)
    public mutating func key(escaping name: String) {
        separate()
        escape(name)
        put(0x3A)
        needsComma = false
    }

    /// Ends a line of JSON lines (or the document): what follows starts a new value, without a comma.
    public mutating func newline() {
        put(0x0A)
        needsComma = false
    }

    // MARK: values

    public mutating func null() {
        separate()
        put("null")
        needsComma = true
    }

    public mutating func bool(_ b: Bool) {
        separate()
        put(b ? "true" : "false")
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
        decimal(i)
        needsComma = true
    }

    public mutating func number(_ d: Double) {
        separate()
        if !d.isFinite {
            put("null")
        } else if d == d.rounded(), abs(d) < 9.007e15 {
            decimal(Int(d))
        } else {
            var text = "\(d)"
            text.withUTF8 { put($0) }
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
        if needsComma { put(0x2C) }
    }

    /// Room for `n` more bytes at the end, the buffer made this value's own first: the pointer to write them
    /// to. Advance `buffer.count` by what was written.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy() }
        return buffer.room(n)
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        room(1)[0] = b
        buffer.count += 1
    }

    /// A literal the program spells ("null", "true", "false").
    private mutating func put(_ literal: StaticString) {
        literal.withUTF8Buffer { put($0) }
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        room(bytes.count).update(from: from, count: bytes.count)
        buffer.count += bytes.count
    }

    /// An integer's decimal digits, with a minus sign when negative.
    private mutating func decimal(_ n: Int) {
        // Two statements: `room` may make the buffer a fresh copy, and `buffer.count += …` would hold the old
        // one (which also makes it look shared) while the digits are written.
        let written = Bytes.writeDecimal(n, to: room(Bytes.decimalRoom))
        buffer.count += written
    }

    /// A quoted string, written straight into room for its longest escaped form (six bytes a byte): eight
    /// bytes that need no escape are copied as one word, and so are the last eight of a string when they
    /// need none (the bytes they share with words before were copied as they are); only `"`, `\` and
    /// controls are written one by one.
    private mutating func escape(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            let n = utf8.count
            let out = room(6 * n + 2)
            out[0] = 0x22
            var w = 1, i = 0
            if let base = utf8.baseAddress {
                while i < n {
                    if i &+ 8 <= n {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if !Self.mayNeedEscape(word) {
                            UnsafeMutableRawPointer(out + w).storeBytes(of: word, as: UInt64.self)
                            i &+= 8; w &+= 8
                            continue
                        }
                    } else if n >= 8 {
                        let last = UnsafeRawPointer(base + (n &- 8)).loadUnaligned(as: UInt64.self)
                        if !Self.mayNeedEscape(last) {
                            UnsafeMutableRawPointer(out + (w &- (i &- (n &- 8)))).storeBytes(of: last, as: UInt64.self)
                            w &+= n &- i
                            break
                        }
                    }
                    let b = base[i]
                    if b >= 0x20 && b != 0x22 && b != 0x5C {
                        out[w] = b
                        w &+= 1
                    } else {
                        w &+= Self.escapeByte(b, into: out + w)
                    }
                    i &+= 1
                }
            }
            out[w] = 0x22
            buffer.count += w + 1
        }
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

    /// Writes the escape of `b` at `out` (room for six bytes) and says how many bytes it took.
    private static func escapeByte(_ b: UInt8, into out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x5C
        switch b {
        case 0x22: out[1] = 0x22
        case 0x5C: out[1] = 0x5C
        case 0x0A: out[1] = 0x6E
        case 0x0D: out[1] = 0x72
        case 0x09: out[1] = 0x74
        default:
            out[1] = 0x75; out[2] = 0x30; out[3] = 0x30
            out[4] = hex[Int(b >> 4)]; out[5] = hex[Int(b & 0xF)]
            return 6
        }
        return 2
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}

/// Bytes that grow at the end, written through a pointer (`JSONOutput`'s buffer). A class so that the
/// memory is freed with it; `JSONOutput` copies it before writing when another value shares it. The memory
/// is the C allocator's, so that growing it is one `realloc` (which moves a large block's pages rather than
/// copying them).
final class GrowableBytes: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes from `base` are written.
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    private static func allocate(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        guard let raw = malloc(n) else { fatalError("out of memory for \(n) bytes of output") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }

    /// Where `n` more bytes go, growing the memory (to at least twice its size) when they do not fit.
    @inline(__always)
    func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { grow(to: count + n) }
        return base + count
    }

    private func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        guard let moved = realloc(base, larger) else { fatalError("out of memory for \(larger) bytes of output") }
        base = moved.assumingMemoryBound(to: UInt8.self)
        capacity = larger
    }

    func copy() -> GrowableBytes {
        let other = GrowableBytes(capacity: capacity)
        other.base.update(from: base, count: count)
        other.count = count
        return other
    }

    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
