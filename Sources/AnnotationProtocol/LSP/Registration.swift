/// `client/registerCapability`: used to ask the client to watch files for us.
public struct Registration: Sendable, Codable {
    public var id: String
    public var method: String
    public var registerOptions: LSPAny?
    public init(id: String, method: String, registerOptions: LSPAny?) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }
}

public struct RegistrationParams: Sendable, Codable {
    public var registrations: [Registration]
    public init(registrations: [Registration]) { self.registrations = registrations }
}
