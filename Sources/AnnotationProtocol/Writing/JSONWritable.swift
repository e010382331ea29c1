/// A wire type that writes itself with `JSONWriter`, to the same JSON its `Encodable` conformance gives (the
/// same members and values, nil optionals left out; members in declaration order), for the messages sent
/// often enough to matter.
public protocol JSONWritable {
    func writeJSON(into json: inout JSONWriter)
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// A nil value is `null`, as a response's `result` is when there is nothing to answer.
    public func writeJSON(into json: inout JSONWriter) {
        if let self { self.writeJSON(into: &json) } else { json.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginArray()
        for element in self { element.writeJSON(into: &json) }
        json.endArray()
    }
}

extension LSPAny: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        switch self {
        case .null: json.null()
        case .bool(let b): json.bool(b)
        case .int(let i): json.int(i)
        case .double(let d): json.double(d)
        case .string(let s): json.string(s)
        case .array(let a): a.writeJSON(into: &json)
        case .object(let o):
            // In key order: a dictionary's own order differs between two equal dictionaries, and the server
            // compares bodies to tell whether a document's diagnostics changed.
            json.beginObject()
            for (key, value) in o.sorted(by: { $0.key < $1.key }) {
                json.key(escaping: key)
                value.writeJSON(into: &json)
            }
            json.endObject()
        }
    }
}

extension RequestID: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        switch self {
        case .int(let i): json.int(i)
        case .string(let s): json.string(s)
        }
    }
}
