/// Byte offsets → line/column for many offsets in ascending order (semantic tokens): each step counts only
/// the bytes since the previous offset, so a document with thousands of tokens on one long line is still
/// read once, not once per token as `LineIndex.position(of:)` would.
public struct ColumnCursor {
    private let text: SourceText
    private let encoding: ColumnEncoding
    private var line = 0
    private var offset = 0
    private var column = 0

    public init(_ text: SourceText, encoding: ColumnEncoding) {
        self.text = text
        self.encoding = encoding
    }

    /// The position of `target`. Cheapest when targets ascend; a target behind the cursor restarts from
    /// its line's start, which is still correct.
    public mutating func position(of target: Int) -> TextPosition {
        let target = max(0, min(target, text.count))
        let l = text.lines.line(of: target)
        if l != line || target < offset {
            line = l
            offset = text.lines.starts[l]
            column = 0
        }
        column += LineIndex.columns(text.bytes, offset..<target, encoding)
        offset = target
        return TextPosition(line: line, character: column)
    }

    /// How many columns a byte range on one line spans.
    public func length(_ range: Range<Int>) -> Int {
        LineIndex.columns(text.bytes, range.clamped(to: 0..<text.count), encoding)
    }
}
