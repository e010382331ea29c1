/// How `Position.character` counts (LSP 3.17 `PositionEncodingKind`). Kept as an open string so that a client
/// offering an encoding we do not know is not a decoding error.
public struct PositionEncodingKind: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let utf8 = PositionEncodingKind(rawValue: "utf-8")
    public static let utf16 = PositionEncodingKind(rawValue: "utf-16")
    public static let utf32 = PositionEncodingKind(rawValue: "utf-32")

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    /// The encoding to use given what the client offers: utf-8 (our native unit, no conversion) when offered,
    /// else utf-32 (one unit per scalar), else utf-16, which every client must support.
    public static func negotiate(offered: [PositionEncodingKind]?) -> PositionEncodingKind {
        let offered = offered ?? []
        if offered.contains(.utf8) { return .utf8 }
        if offered.contains(.utf32) { return .utf32 }
        return .utf16
    }
}
