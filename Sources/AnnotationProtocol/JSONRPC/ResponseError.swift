/// The `error` member of a JSON-RPC response. Thrown by handlers so that a failure always reaches the client
/// as an answer, never as a crash.
public struct ResponseError: Error, Sendable, Hashable, Codable {
    public var code: Int
    public var message: String
    public var data: LSPAny?

    public init(code: Int, message: String, data: LSPAny? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }
}

/// The error codes of JSON-RPC 2.0 and LSP 3.17 that the server uses.
extension ResponseError {
    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    public static let serverNotInitializedCode = -32002
    public static let requestCancelledCode = -32800

    public static func parseError(_ detail: String) -> ResponseError {
        ResponseError(code: parseErrorCode, message: "Parse error: \(detail)")
    }
    public static func invalidRequest(_ detail: String) -> ResponseError {
        ResponseError(code: invalidRequestCode, message: "Invalid request: \(detail)")
    }
    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: methodNotFoundCode, message: "Method not found: \(method)")
    }
    public static func invalidParams(_ detail: String) -> ResponseError {
        ResponseError(code: invalidParamsCode, message: "Invalid params: \(detail)")
    }
    public static func internalError(_ detail: String) -> ResponseError {
        ResponseError(code: internalErrorCode, message: "Internal error: \(detail)")
    }
    public static let serverNotInitialized = ResponseError(code: serverNotInitializedCode,
                                                           message: "Server not initialized: send 'initialize' first")
    public static let requestCancelled = ResponseError(code: requestCancelledCode, message: "Request cancelled")
}
