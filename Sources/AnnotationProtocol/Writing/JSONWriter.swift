import Foundation

/// Appends JSON to a byte buffer. The messages the server sends most often (a document's diagnostics, a hover
/// card) are written with it instead of `JSONEncoder`, which builds a tree of boxed values and a `String` per
/// key before it writes a byte: publishing was a quarter of an edit's cost, most of it in the encoder.
///
/// The output is JSON as `JSONEncoder` with `.withoutEscapingSlashes` writes it: strings escape only `"`, `\`
/// and control characters; numbers as Swift prints them (a whole `Double` without its ".0"); no whitespace.
/// The caller writes the structure (objects, arrays, commas) through the methods below, which keep commas right.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value or key in the current container needs a comma before it.
    private var needsComma = false

    public init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    public var data: Data { Data(bytes) }

    // MARK: structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object key; the value written next belongs to it. Keys here are the protocol's field names, plain
    /// ASCII, so they are written as they are; `key(escaping:)` is for keys from data.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A whole value a `JSONWriter` wrote before (its `bytes`), appended as it is: a diagnostic that did not
    /// change is written once and sent again.
    public mutating func value(written: [UInt8]) {
        separate()
        bytes.append(contentsOf: written)
        needsComma = true
    }

    public mutating func key(escaping name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: values

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) // null
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
        needsComma = true
    }

    public mutating func int(_ value: Int) {
        separate()
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            // Most significant digit first, from the largest power of ten not above the magnitude (which fits a
            // UInt even for Int.min): no array of digits made per number, as one was for every position written.
            var magnitude = value.magnitude
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var power: UInt = 1
            while power <= magnitude / 10 { power *= 10 }
            while power > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(magnitude / power))
                magnitude %= power
                power /= 10
            }
        }
        needsComma = true
    }

    /// JSON has no NaN or infinity; they are written as null, as `LSPAny` encodes them.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                appendEscape(b)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// The short escapes JSON has, else `\u00XX`.
    private mutating func appendEscape(_ b: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch b {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, b])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
