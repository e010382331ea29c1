extension Hover: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("contents")
        json.beginObject()
        json.key("kind")
        json.string(contents.kind)
        json.key("value")
        json.string(contents.value)
        json.endObject()
        if let range {
            json.key("range")
            range.writeJSON(into: &json)
        }
        json.endObject()
    }
}
