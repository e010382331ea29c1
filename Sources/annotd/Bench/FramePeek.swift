import Foundation

/// The members of an incoming frame the bench's client matches on — the method, the id, and a
/// publication's uri and version — read from the body's bytes without parsing the rest of it.
///
/// While the workspace is indexed the server publishes ~10,000 bodies (~96 MB for the bench's corpus), and
/// `JSONSerialization` took ~0.4 ms for each 9.5 KB one: seconds of one of the machine's two cores, taken from
/// the server it measures. Reading these members costs a pass over the bytes. Anything this reader does not
/// follow (a string with an escape in a member it reads, a body that is not an object) gives nil, and the
/// client parses the whole body instead: it can be slower, never different.
struct FramePeek: Equatable {
    var method: String?
    /// Whether the body has an `id` member (a request or a response), and its value when it is an integer.
    var hasID = false
    var id: Int?
    /// `params.uri` and `params.version`, when `params` is an object holding them.
    var uri: String?
    var version: Int?

    init(method: String? = nil, hasID: Bool = false, id: Int? = nil, uri: String? = nil, version: Int? = nil) {
        self.method = method
        self.hasID = hasID
        self.id = id
        self.uri = uri
        self.version = version
    }

    init?(_ body: Data) {
        let peeked: FramePeek? = body.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            return reader.frame()
        }
        guard let peeked else { return nil }
        self = peeked
    }

    /// A forward reader of JSON bytes: `members` walks one object, skipping the values nobody asked for.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func frame() -> FramePeek? {
            var out = FramePeek()
            let ok = members { key, reader in
                switch key {
                case "method": out.method = reader.string(); return out.method != nil
                case "id":
                    out.hasID = true
                    out.id = reader.integer()
                    return out.id != nil || reader.skip()
                case "params":
                    reader.space()
                    guard reader.peek == UInt8(ascii: "{") else { return reader.skip() }
                    return reader.members { key, reader in
                        switch key {
                        case "uri": out.uri = reader.string(); return out.uri != nil
                        case "version":
                            out.version = reader.integer()
                            return out.version != nil || reader.skip()
                        default: return reader.skip()
                        }
                    }
                default: return reader.skip()
                }
            }
            space()
            return ok && at == bytes.count ? out : nil
        }

        var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func space() {
            while let b = peek, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { at += 1 }
        }

        /// Reads `{ "key": value, … }`, handing each key to `value`, which must read or skip the value.
        mutating func members(_ value: (String, inout Reader) -> Bool) -> Bool {
            space()
            guard peek == UInt8(ascii: "{") else { return false }
            at += 1
            space()
            if peek == UInt8(ascii: "}") { at += 1; return true }
            while true {
                space()
                guard let key = string() else { return false }
                space()
                guard peek == UInt8(ascii: ":") else { return false }
                at += 1
                guard value(key, &self) else { return false }
                space()
                if peek == UInt8(ascii: ",") { at += 1; continue }
                if peek == UInt8(ascii: "}") { at += 1; return true }
                return false
            }
        }

        /// A string without escapes (nil for any other value, or a string holding a backslash).
        mutating func string() -> String? {
            space()
            guard peek == UInt8(ascii: "\"") else { return nil }
            let start = at + 1
            var i = start
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            at = i + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        /// An integer written as digits (an optional minus); nil, reading nothing, for any other value.
        mutating func integer() -> Int? {
            space()
            var i = at
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let digits = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            guard i > digits, i - digits <= 18 else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") { return nil }
            let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<i]), as: UTF8.self))
            if value != nil { at = i }
            return value
        }

        /// Steps over one value of any kind: strings with their escapes, objects and arrays to their close.
        mutating func skip() -> Bool {
            space()
            var depth = 0
            while at < bytes.count {
                let b = bytes[at]
                switch b {
                case UInt8(ascii: "\""):
                    at += 1
                    while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
                        at += bytes[at] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    guard at < bytes.count else { return false }
                    at += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    at += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard depth > 0 else { return true }   // the close of the object holding this value
                    depth -= 1
                    at += 1
                case UInt8(ascii: ","):
                    if depth == 0 { return true }
                    at += 1
                default:
                    at += 1
                }
                // A whole string, object or array was read; a scalar is read on to the comma or close after it.
                if depth == 0, b == UInt8(ascii: "\"") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { return true }
            }
            return depth == 0
        }
    }
}
