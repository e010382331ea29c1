import Foundation

/// A message read from the peer, classified by JSON-RPC 2.0's rules. Params stay as the frame's bytes until a
/// handler asks for them with a type, so one parse classifies and one parse decodes, and a handler that does
/// not need its params never pays for them.
public enum IncomingMessage: Sendable {
    case request(RequestMessage)
    case notification(NotificationMessage)
    case response(ResponseMessage)

    /// Classifies one frame's body. A frame that is not JSON, or JSON that is not a JSON-RPC message, comes
    /// back as the error the peer should be answered with (and the id to answer, when one could be read).
    public static func decode(_ body: Data) -> Result<IncomingMessage, InvalidMessage> {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            return .failure(InvalidMessage(id: nil, error: .invalidRequest("a message is a JSON object")))
        } catch DecodingError.valueNotFound(_, let context) where context.codingPath.isEmpty {
            return .failure(InvalidMessage(id: nil, error: .invalidRequest("a message is a JSON object, not null")))
        } catch {
            return .failure(InvalidMessage(id: nil, error: .parseError("the message is not valid JSON")))
        }
        return envelope.classify(body)
    }
}

/// Why a frame could not be taken as a message, with the id to answer it under (null when unknown).
public struct InvalidMessage: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError
    public init(id: RequestID?, error: ResponseError) {
        self.id = id
        self.error = error
    }
}

public struct RequestMessage: Sendable {
    public let id: RequestID
    public let method: String
    let body: Data

    public init(id: RequestID, method: String, body: Data) {
        self.id = id
        self.method = method
        self.body = body
    }

    /// The params as `P`; anything missing or of the wrong type is `-32602` naming the field.
    public func params<P: Decodable>(_ type: P.Type = P.self) throws(ResponseError) -> P {
        try ParamsDecoding.decode(P.self, from: body)
    }
}

public struct NotificationMessage: Sendable {
    public let method: String
    let body: Data

    public init(method: String, body: Data) {
        self.method = method
        self.body = body
    }

    public func params<P: Decodable>(_ type: P.Type = P.self) throws(ResponseError) -> P {
        try ParamsDecoding.decode(P.self, from: body)
    }
}

/// A response to a request this side sent. Results stay untyped: the server only sends a few requests and
/// reads their answers by hand.
public struct ResponseMessage: Sendable {
    public let id: RequestID?
    public let result: LSPAny?
    public let error: ResponseError?

    public init(id: RequestID?, result: LSPAny?, error: ResponseError?) {
        self.id = id
        self.result = result
        self.error = error
    }
}

/// The members of any JSON-RPC message, decoded loosely so that classification, not the decoder, decides
/// what is wrong with a message.
private struct Envelope: Decodable {
    var jsonrpc: LSPAny?
    var id: LSPAny?
    var hasID = false
    var method: LSPAny?
    var result: LSPAny?
    var hasResult = false
    var error: LSPAny?

    enum Key: String, CodingKey { case jsonrpc, id, method, result, error }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        jsonrpc = try c.decodeIfPresent(LSPAny.self, forKey: .jsonrpc)
        hasID = c.contains(.id)
        id = hasID ? try c.decode(LSPAny.self, forKey: .id) : nil
        method = try c.decodeIfPresent(LSPAny.self, forKey: .method)
        hasResult = c.contains(.result)
        result = hasResult ? try c.decode(LSPAny.self, forKey: .result) : nil
        error = try c.decodeIfPresent(LSPAny.self, forKey: .error)
    }

    func classify(_ body: Data) -> Result<IncomingMessage, InvalidMessage> {
        let requestID = id.flatMap(RequestID.init)
        func invalid(_ why: String) -> Result<IncomingMessage, InvalidMessage> {
            .failure(InvalidMessage(id: requestID, error: .invalidRequest(why)))
        }
        guard jsonrpc == .string("2.0") else { return invalid("'jsonrpc' must be \"2.0\"") }
        if let method {
            guard case .string(let name) = method else { return invalid("'method' must be a string") }
            guard hasID else { return .success(.notification(NotificationMessage(method: name, body: body))) }
            guard let requestID else { return invalid("'id' must be a number or a string") }
            return .success(.request(RequestMessage(id: requestID, method: name, body: body)))
        }
        if hasID, hasResult || error != nil {
            var responseError: ResponseError?
            if let error {
                guard let code = error["code"]?.intValue, let message = error["message"]?.stringValue else {
                    return invalid("'error' must have a numeric 'code' and a string 'message'")
                }
                responseError = ResponseError(code: code, message: message, data: error["data"])
            }
            return .success(.response(ResponseMessage(id: requestID, result: result, error: responseError)))
        }
        return invalid("neither a request, a notification nor a response")
    }
}

private struct ParamsEnvelope<P: Decodable>: Decodable {
    var params: P
}

enum ParamsDecoding {
    static func decode<P: Decodable>(_: P.Type, from body: Data) throws(ResponseError) -> P {
        do {
            return try JSONDecoder().decode(ParamsEnvelope<P>.self, from: body).params
        } catch let error as DecodingError {
            throw .invalidParams(describe(error))
        } catch {
            throw .invalidParams("\(error)")
        }
    }

    /// One line that names the field, e.g. "missing 'textDocument.uri'" — what a client author needs.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let all = keys + (last.map { [$0] } ?? [])
            let names = all.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            let joined = names.reduce("") { acc, n in
                n.hasPrefix("[") || acc.isEmpty ? acc + n : acc + "." + n
            }
            return joined.isEmpty ? "params" : joined
        }
        switch error {
        case .keyNotFound(let key, let ctx): return "missing '\(path(ctx.codingPath, key))'"
        case .valueNotFound(_, let ctx): return "'\(path(ctx.codingPath))' must not be null"
        case .typeMismatch(let type, let ctx): return "'\(path(ctx.codingPath))' must be \(describe(type))"
        case .dataCorrupted(let ctx): return "'\(path(ctx.codingPath))': \(ctx.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "a boolean"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}
