extension Position: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("line")
        json.int(line)
        json.key("character")
        json.int(character)
        json.endObject()
    }
}

extension LSPRange: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("start")
        start.writeJSON(into: &json)
        json.key("end")
        end.writeJSON(into: &json)
        json.endObject()
    }
}

extension Location: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("uri")
        json.string(uri)
        json.key("range")
        range.writeJSON(into: &json)
        json.endObject()
    }
}
