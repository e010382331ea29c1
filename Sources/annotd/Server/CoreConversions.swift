import Foundation
import AnnotationCore
import AnnotationProtocol

/// The edge between byte offsets (the engine) and LSP positions in the negotiated encoding (the client).
extension SourceText {
    func lspRange(_ range: Swift.Range<Int>, _ encoding: ColumnEncoding) -> LSPRange {
        LSPRange(start: lspPosition(range.lowerBound, encoding), end: lspPosition(range.upperBound, encoding))
    }

    func lspPosition(_ offset: Int, _ encoding: ColumnEncoding) -> Position {
        let p = lines.position(of: offset, encoding: encoding)
        return Position(line: p.line, character: p.character)
    }

    /// A request position (hover, references) as a byte offset; positions outside the text clamp to it,
    /// since answering about the nearest place is better than an error for a read-only request.
    func offset(of position: Position, _ encoding: ColumnEncoding) -> Int {
        lines.offset(of: TextPosition(line: max(0, position.line), character: max(0, position.character)), encoding: encoding)
    }
}

extension JSONValue {
    /// Writes the value as `LSPAny(self)` writes itself, without making it: an object's members in key order,
    /// the last of two with one key kept, a whole number below 9e15 as an integer. A finding's `data` is
    /// written this way for every diagnostic the server publishes; converting each into a tree of
    /// dictionaries first, and freeing it, was a third of what publishing a workspace cost.
    func writeLSP(into json: inout JSONWriter) {
        switch self {
        case .null: json.null()
        case .bool(let b): json.bool(b)
        case .number(let d):
            if let i = Self.wholeNumber(d) { json.int(i) } else { json.double(d) }
        case .string(let s): json.string(s)
        case .array(let a):
            json.beginArray()
            for element in a { element.writeLSP(into: &json) }
            json.endArray()
        case .object(let pairs):
            json.beginObject()
            // The members' places in key order, by a stable insertion sort (an object has a handful of members:
            // sorting copies of them cost more than writing them), so that equal keys stay in their order: as
            // in the dictionary, the first one's spelling with the last one's value.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: pairs.count) { order in
                for k in 0..<pairs.count {
                    var j = k
                    while j > 0, pairs[k].0 < pairs[order[j - 1]].0 {
                        order[j] = order[j - 1]
                        j -= 1
                    }
                    order[j] = k
                }
                var k = 0
                while k < pairs.count {
                    var last = k
                    while last + 1 < pairs.count, pairs[order[last + 1]].0 == pairs[order[k]].0 { last += 1 }
                    json.key(escaping: pairs[order[k]].0)
                    pairs[order[last]].1.writeLSP(into: &json)
                    k = last + 1
                }
            }
            json.endObject()
        }
    }

    /// A number the wire writes as an integer: whole and below 9e15 (as `LSPAny` reads one back).
    static func wholeNumber(_ d: Double) -> Int? {
        d == d.rounded() && abs(d) < 9.0e15 ? Int(d) : nil
    }
}

extension LSPAny {
    /// The engine's ordered JSON as a wire value (a finding's `data`).
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let d):
            self = JSONValue.wholeNumber(d).map { .int($0) } ?? .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(LSPAny.init))
        case .object(let pairs):
            self = .object(Dictionary(pairs.map { ($0.0, LSPAny($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// The value as `JSONSerialization` would have produced it, which is what `Configuration.parse(object:)`
    /// reads (so client settings and config files are validated by the same code).
    var foundationObject: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let b): return NSNumber(value: b)
        case .int(let i): return NSNumber(value: i)
        case .double(let d): return NSNumber(value: d)
        case .string(let s): return s
        case .array(let a): return a.map(\.foundationObject)
        case .object(let o): return o.mapValues(\.foundationObject)
        }
    }
}

extension ColumnEncoding {
    init(_ kind: PositionEncodingKind) {
        self = ColumnEncoding(rawValue: kind.rawValue) ?? .utf16
    }
}
