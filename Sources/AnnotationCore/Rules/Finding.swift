/// Severity of a finding, most severe first (LSP numbers them 1...4 in this order).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error, warning, information, hint

    public var rank: Int {
        switch self {
        case .error: return 1
        case .warning: return 2
        case .information: return 3
        case .hint: return 4
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank > b.rank }
}

/// A place in some document of the workspace that a finding points at.
public struct RelatedLocation: Sendable, Hashable {
    public var document: String
    public var range: Range<Int>
    public var message: String
    public init(document: String, range: Range<Int>, message: String) {
        self.document = document
        self.range = range
        self.message = message
    }
}

/// One diagnostic of one rule, in byte offsets of its document. The server and the linter both render
/// these, so they can never disagree.
public struct Finding: Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var range: Range<Int>
    public var message: String
    public var related: [RelatedLocation]
    public var data: JSONValue?

    public init(code: String, severity: Severity, range: Range<Int>, message: String,
                related: [RelatedLocation] = [], data: JSONValue? = nil) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.related = related
        self.data = data
    }
}
