/// An inline `annotd-disable-line` / `annotd-disable-next-line` comment.
public struct Suppression: Sendable, Hashable {
    /// The 0-based line whose findings are silenced.
    public var targetLine: Int
    /// Empty means every rule.
    public var codes: [String]
    /// Where the comment stands, to report a suppression that silences nothing.
    public var range: Range<Int>

    public init(targetLine: Int, codes: [String], range: Range<Int>) {
        self.targetLine = targetLine
        self.codes = codes
        self.range = range
    }

    public func silences(_ code: String) -> Bool { codes.isEmpty || codes.contains(code) }

    public static func scan(_ text: SourceText) -> [Suppression] { [] }
}
