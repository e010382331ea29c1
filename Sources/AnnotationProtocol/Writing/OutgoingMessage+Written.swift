import Foundation

/// The bodies of the messages sent most often, written by `JSONWriter` rather than `JSONEncoder`: the same
/// members and values as the encoded ones, in a fixed order (`jsonrpc`, `id`, `method`/`result`, `params`).
extension OutgoingMessage {
    public static func notification(method: StaticString, written params: some JSONWritable,
                                    reservingCapacity capacity: Int = 1024) -> Data {
        var json = JSONWriter(reservingCapacity: capacity)
        json.beginObject()
        json.key("jsonrpc")
        json.string("2.0")
        json.key("method")
        json.string(method.description)
        json.key("params")
        params.writeJSON(into: &json)
        json.endObject()
        return json.data
    }

    public static func response(id: RequestID, written result: some JSONWritable,
                                reservingCapacity capacity: Int = 1024) -> Data {
        var json = JSONWriter(reservingCapacity: capacity)
        json.beginObject()
        json.key("jsonrpc")
        json.string("2.0")
        json.key("id")
        id.writeJSON(into: &json)
        json.key("result")
        result.writeJSON(into: &json)
        json.endObject()
        return json.data
    }
}
