/// An inline `annotd-disable-line` / `annotd-disable-next-line` comment, plain or inside `<!-- … -->`.
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

    static let nextLine = Array("annotd-disable-next-line".utf8)
    static let sameLine = Array("annotd-disable-line".utf8)

    public static func scan(_ text: SourceText) -> [Suppression] {
        var out: [Suppression] = []
        text.bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            while i + 19 <= n {
                // Cheap first test: 'a' followed by "nnotd-disable-".
                guard buf[i] == 0x61, Bytes.matchesIgnoringCase(buf, i, Array("annotd-disable-".utf8)) else { i += 1; continue }
                let isNext = Bytes.matchesIgnoringCase(buf, i, nextLine)
                let isSame = !isNext && Bytes.matchesIgnoringCase(buf, i, sameLine)
                guard isNext || isSame else { i += 1; continue }
                let start = i
                i += isNext ? nextLine.count : sameLine.count
                // Codes: words after the directive up to the end of the line or the comment.
                var codes: [String] = []
                var j = i
                let lineEnd = text.lines.contentRange(ofLine: text.lines.line(of: start)).upperBound
                while j < lineEnd {
                    while j < lineEnd, buf[j] == 0x20 || buf[j] == 0x2C || buf[j] == 0x09 { j += 1 }
                    var k = j
                    while k < lineEnd, Bytes.isASCIIAlnum(buf[k]) || buf[k] == 0x2D { k += 1 }
                    if k == j || (k - j >= 2 && buf[j] == 0x2D && buf[j + 1] == 0x2D) { break }
                    codes.append(String(decoding: UnsafeBufferPointer(rebasing: buf[j..<k]), as: UTF8.self))
                    j = k
                }
                let line = text.lines.line(of: start)
                out.append(Suppression(targetLine: isNext ? line + 1 : line, codes: codes, range: start..<j))
                i = j
            }
        }
        return out
    }

    /// Drops silenced findings; a suppression that silences nothing becomes a hint.
    static func apply(_ suppressions: [Suppression], to findings: [Finding], lines: LineIndex) -> [Finding] {
        guard !suppressions.isEmpty else { return findings }
        var used = [Bool](repeating: false, count: suppressions.count)
        var kept: [Finding] = []
        for f in findings {
            let line = lines.line(of: f.range.lowerBound)
            if let k = suppressions.indices.first(where: { suppressions[$0].targetLine == line && suppressions[$0].silences(f.code) }) {
                used[k] = true
                continue
            }
            kept.append(f)
        }
        for (k, s) in suppressions.enumerated() where !used[k] {
            let what = s.codes.isEmpty ? "any finding" : s.codes.joined(separator: ", ")
            kept.append(Finding(code: "unused-suppression", severity: .hint, range: s.range,
                                message: "this suppression silences nothing: no \(what) on line \(s.targetLine + 1)"))
        }
        return kept
    }
}
