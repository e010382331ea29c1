/// A 0-based line and character offset; what "character" counts is the negotiated `PositionEncodingKind`.
public struct Position: Sendable, Hashable, Codable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct LSPRange: Sendable, Hashable, Codable {
    public var start: Position
    public var end: Position
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

public struct Location: Sendable, Hashable, Codable {
    public var uri: String
    public var range: LSPRange
    public init(uri: String, range: LSPRange) {
        self.uri = uri
        self.range = range
    }
}
