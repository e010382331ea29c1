import Foundation

/// Builds the JSON bodies this side sends. Responses always carry `result` (null included) or `error`, and
/// `id` (null when the request's id could not be read), as JSON-RPC 2.0 requires.
public enum OutgoingMessage {
    public static func response(id: RequestID, result: some Encodable) -> Data {
        encode(ResultBody(id: id, result: result))
    }

    public static func nullResponse(id: RequestID) -> Data {
        encode(ResultBody<LSPAny>(id: id, result: .null))
    }

    public static func error(id: RequestID?, _ error: ResponseError) -> Data {
        encode(ErrorBody(id: id, error: error))
    }

    public static func notification(method: String, params: some Encodable) -> Data {
        encode(CallBody(id: nil, method: method, params: params))
    }

    public static func request(id: RequestID, method: String, params: some Encodable) -> Data {
        encode(CallBody(id: id, method: method, params: params))
    }

    /// A request or notification without params (`shutdown`, `exit`, `workspace/diagnostic/refresh`).
    public static func request(id: RequestID, method: String) -> Data {
        encode(CallBody<LSPAny>(id: id, method: method, params: nil))
    }

    public static func notification(method: String) -> Data {
        encode(CallBody<LSPAny>(id: nil, method: method, params: nil))
    }

    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // Only a non-finite Double can fail here, and LSPAny already writes those as null; answer with an
            // internal error rather than dropping the message.
            let fallback = #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":1,"message":"annotd: could not encode a message"}}"#
            return Data(fallback.utf8)
        }
    }
}

private struct ResultBody<R: Encodable>: Encodable {
    var id: RequestID
    var result: R
    enum Key: String, CodingKey { case jsonrpc, id, result }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(id, forKey: .id)
        try c.encode(result, forKey: .result)
    }
}

private struct ErrorBody: Encodable {
    var id: RequestID?
    var error: ResponseError
    enum Key: String, CodingKey { case jsonrpc, id, error }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
        try c.encode(error, forKey: .error)
    }
}

private struct CallBody<P: Encodable>: Encodable {
    var id: RequestID?
    var method: String
    var params: P?
    enum Key: String, CodingKey { case jsonrpc, id, method, params }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(method, forKey: .method)
        try c.encodeIfPresent(params, forKey: .params)
    }
}
