/// `window/logMessage`, `window/showMessage`, `$/setTrace` and `$/cancelRequest`.
public enum MessageType {
    public static let error = 1
    public static let warning = 2
    public static let info = 3
    public static let log = 4
}

public struct LogMessageParams: Sendable, Codable {
    /// A `MessageType` number.
    public var type: Int
    public var message: String
    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}

/// `window/showMessage` has the same shape as `window/logMessage`.
public typealias ShowMessageParams = LogMessageParams

public struct SetTraceParams: Sendable, Codable {
    /// "off", "messages" or "verbose"; kept as a string so an unknown value is not a decoding error.
    public var value: String
}

public struct CancelParams: Sendable, Codable {
    public var id: RequestID
}
