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

    static let prefix = Array("annotd-disable-".utf8)

    /// The suppression comments of a text. In Markdown, a directive inside code (a fenced block or an
    /// inline code span) is an example of one, as in documentation about annotd, not a suppression.
    public static func scan(_ text: SourceText, markdown: Bool = false) -> [Suppression] {
        var out: [Suppression] = []
        text.bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            let fenced = markdown ? fencedLines(buf, text.lines) : []
            while i + 19 <= n {
                guard let found = nextDirective(buf, from: i, last: n - 19) else { break }
                i = found
                let isNext = Bytes.matchesIgnoringCase(buf, i, nextLine)
                let isSame = !isNext && Bytes.matchesIgnoringCase(buf, i, sameLine)
                guard isNext || isSame else { i += 1; continue }
                if markdown {
                    let line = text.lines.line(of: i)
                    let lineStart = text.lines.contentRange(ofLine: line).lowerBound
                    let ticks = buf[lineStart..<i].reduce(0) { $0 + ($1 == 0x60 ? 1 : 0) }
                    if fenced.contains(line) || ticks % 2 == 1 { i += 1; continue }
                }
                let start = i
                i += isNext ? nextLine.count : sameLine.count
                // Codes: rule-code-shaped words (kebab-case: letters and digits joined by hyphens) after
                // the directive, up to the end of the line, the comment (`-->`) or the first other word, so
                // that a directive mentioned in a sentence does not read the sentence as codes.
                var codes: [String] = []
                var j = i
                let lineEnd = text.lines.contentRange(ofLine: text.lines.line(of: start)).upperBound
                while j < lineEnd {
                    var w = j
                    while w < lineEnd, buf[w] == 0x20 || buf[w] == 0x2C || buf[w] == 0x09 { w += 1 }
                    var k = w
                    while k < lineEnd, Bytes.isASCIIAlnum(buf[k]) || buf[k] == 0x2D { k += 1 }
                    guard k > w, isCodeShaped(buf[w..<k]), k == lineEnd || !Bytes.isASCIIAlnum(buf[k]) else { break }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: buf[w..<k]), as: UTF8.self)
                    if word.lowercased().hasPrefix("annotd-disable-") { break }
                    codes.append(word)
                    j = k
                }
                let line = text.lines.line(of: start)
                out.append(Suppression(targetLine: isNext ? line + 1 : line, codes: codes, range: start..<j))
                i = j
            }
        }
        return out
    }

    /// The first place from `start` up to `last` where "annotd-disable-" starts, compared without case.
    /// Horspool's search: the byte under the end of the pattern says how far it can move, so most bytes of a
    /// text are not looked at.
    static func nextDirective(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, last: Int) -> Int? {
        let m = prefix.count
        var i = start
        while i <= last {
            let c = buf[i + m - 1]
            if Bytes.lower(c) == prefix[m - 1], Bytes.matchesIgnoringCase(buf, i, prefix) { return i }
            i += Int(skips[Int(c)])
        }
        return nil
    }

    /// How far the pattern may move when a byte stands under its last one: from that byte's last place
    /// in the pattern (before the end) to the end, or the whole length for a byte it lacks. Upper-case bytes
    /// move as their lower-case ones.
    static let skips: [UInt8] = (0..<256).map { b in
        let byte = Bytes.lower(UInt8(b))
        guard let k = prefix.dropLast().lastIndex(of: byte) else { return UInt8(prefix.count) }
        return UInt8(prefix.count - 1 - k)
    }

    /// `word-word…` with no empty part: what every rule code looks like.
    static func isCodeShaped(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = w.first, let last = w.last, first != 0x2D, last != 0x2D, w.contains(0x2D) else { return false }
        var previous: UInt8 = 0
        for b in w {
            if b == 0x2D, previous == 0x2D { return false }
            previous = b
        }
        return true
    }

    /// Lines of fenced code blocks, fences included (``` or ~~~, closed by a fence of the same character).
    static func fencedLines(_ buf: UnsafeBufferPointer<UInt8>, _ lines: LineIndex) -> Set<Int> {
        var out = Set<Int>()
        var fence: UInt8? = nil
        for line in 0..<lines.lineCount {
            let r = lines.contentRange(ofLine: line)
            var i = r.lowerBound
            while i < r.upperBound, buf[i] == 0x20 { i += 1 }
            let opens = i + 2 < r.upperBound && (buf[i] == 0x60 || buf[i] == 0x7E) && buf[i + 1] == buf[i] && buf[i + 2] == buf[i]
            if let f = fence {
                out.insert(line)
                if opens, buf[i] == f { fence = nil }
            } else if opens {
                out.insert(line)
                fence = buf[i]
            }
        }
        return out
    }

    /// Drops silenced findings. A suppression that silences nothing becomes an `unused-suppression` finding
    /// at `unusedSeverity` (nil: that rule is off), unless every code it names is switched off: switching
    /// a rule off must not turn its suppressions into noise.
    static func apply(_ suppressions: [Suppression], to findings: [Finding], lines: LineIndex,
                      unusedSeverity: Severity?, isOff: (String) -> Bool) -> [Finding] {
        guard !suppressions.isEmpty else { return findings }
        var used = [Bool](repeating: false, count: suppressions.count)
        var kept: [Finding] = []
        for f in findings {
            let line = lines.line(of: f.range.lowerBound)
            let matching = suppressions.indices.filter { suppressions[$0].targetLine == line && suppressions[$0].silences(f.code) }
            guard !matching.isEmpty else { kept.append(f); continue }
            for k in matching { used[k] = true }
        }
        guard let unusedSeverity else { return kept }
        for (k, s) in suppressions.enumerated() where !used[k] {
            if !s.codes.isEmpty, s.codes.allSatisfy({ RuleCatalog.rule($0) != nil && isOff($0) }) { continue }
            let unknown = s.codes.filter { RuleCatalog.rule($0) == nil }
            let what = s.codes.isEmpty ? "no finding" : "no \(s.codes.joined(separator: ", ")) finding"
            var message = "this suppression silences nothing: \(what) on line \(s.targetLine + 1)"
            if !unknown.isEmpty { message += " (unknown rule \(unknown.map { "'\($0)'" }.joined(separator: ", ")))" }
            kept.append(Finding(code: "unused-suppression", severity: unusedSeverity, range: s.range, message: message))
        }
        return kept
    }
}
