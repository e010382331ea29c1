/// One edit of a document in byte offsets: replace `range` with `text` (an insertion when the range is
/// empty). The engine computes fixes this way; the server turns them into LSP positions at the edge.
public struct TextReplacement: Sendable, Hashable {
    public var range: Range<Int>
    public var text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }

    public static func insert(_ text: String, at offset: Int) -> TextReplacement {
        TextReplacement(range: offset..<offset, text: text)
    }

    /// Applies non-overlapping replacements (any order) to a text, as a client would: each range refers to
    /// the original text, and insertions at one offset keep their order in the list.
    public static func apply(_ edits: [TextReplacement], to text: SourceText) -> String {
        let ordered = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        var at = 0
        for e in ordered {
            let lo = max(at, min(e.range.lowerBound, text.count))
            out += text.bytes[at..<lo]
            out += Array(e.text.utf8)
            at = max(lo, min(e.range.upperBound, text.count))
        }
        out += text.bytes[at...]
        return String(decoding: out, as: UTF8.self)
    }
}

extension SourceText {
    /// The document's own line break (its first one), so inserted lines match the file: "\n" by default.
    public var lineBreak: String {
        guard lines.lineCount > 1 else { return "\n" }
        let end = lines.contentRange(ofLine: 0).upperBound
        return string(end..<lines.starts[1])
    }

    /// The spaces and tabs a line starts with.
    public func indentation(ofLine line: Int) -> String {
        let r = lines.contentRange(ofLine: line)
        var i = r.lowerBound
        while i < r.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return string(r.lowerBound..<i)
    }
}
