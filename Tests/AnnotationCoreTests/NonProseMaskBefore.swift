@testable import AnnotationCore

/// `NonProseMask` as it was at main 428c42b, before its inline scan kept its searches from one bracket to
/// the next (the text of nested brackets was read once per bracket). `NonProseMaskTests` compares the two.
enum NonProseMaskBefore {
    struct Result {
        var excludedLines: [Bool]
        var excluded: [Range<Int>]
        var citations: [Range<Int>]
    }

    static func compute(_ text: SourceText, format: DocumentFormat) -> Result {
        let lines = text.lines
        var excludedLines = [Bool](repeating: false, count: lines.lineCount)
        var excluded: [Range<Int>] = []
        var citations: [Range<Int>] = []
        text.bytes.withUnsafeBufferPointer { buf in
            if format == .markdown {
                markBlocks(buf, lines, &excludedLines, &excluded)
            }
            for line in 0..<lines.lineCount where !excludedLines[line] {
                scanInline(buf, lines.contentRange(ofLine: line), markdown: format == .markdown,
                           &excluded, &citations)
            }
        }
        excluded.sort { $0.lowerBound < $1.lowerBound }
        citations.sort { $0.lowerBound < $1.lowerBound }
        return Result(excludedLines: excludedLines, excluded: excluded, citations: citations)
    }

    /// Fenced and indented code, front matter and HTML comment blocks, whole lines at a time.
    private static func markBlocks(_ buf: UnsafeBufferPointer<UInt8>, _ lines: LineIndex,
                                   _ excludedLines: inout [Bool], _ excluded: inout [Range<Int>]) {
        var fence: UInt8? = nil
        var inComment = false
        var previousBlank = true
        for line in 0..<lines.lineCount {
            let r = lines.contentRange(ofLine: line)
            var i = r.lowerBound
            var indent = 0
            while i < r.upperBound, buf[i] == 0x20 || buf[i] == 0x09 { indent += buf[i] == 0x09 ? 4 : 1; i += 1 }
            let blank = i == r.upperBound
            defer { previousBlank = blank }
            if line == 0, r.count == 3, buf[r.lowerBound] == 0x2D, buf[r.lowerBound + 1] == 0x2D, buf[r.lowerBound + 2] == 0x2D {
                // Front matter: from the first line's --- to the next --- or ... line.
                var end = line + 1
                while end < lines.lineCount {
                    let er = lines.contentRange(ofLine: end)
                    let s = String(decoding: UnsafeBufferPointer(rebasing: buf[er]), as: UTF8.self)
                    if s == "---" || s == "..." { break }
                    end += 1
                }
                if end < lines.lineCount {
                    for l in line...end { excludedLines[l] = true }
                }
            }
            if excludedLines[line] { exclude(line, r, &excludedLines, &excluded); continue }
            if let f = fence {
                exclude(line, r, &excludedLines, &excluded)
                if countRun(buf, i, r.upperBound, f) >= 3 { fence = nil }
                continue
            }
            if inComment {
                exclude(line, r, &excludedLines, &excluded)
                if contains(buf, r, "-->") { inComment = false }
                continue
            }
            if indent < 4, i < r.upperBound, buf[i] == 0x60 || buf[i] == 0x7E, countRun(buf, i, r.upperBound, buf[i]) >= 3 {
                fence = buf[i]
                exclude(line, r, &excludedLines, &excluded)
                continue
            }
            if indent < 4, startsWith(buf, i, r.upperBound, "<!--") {
                exclude(line, r, &excludedLines, &excluded)
                if !contains(buf, i + 4..<r.upperBound, "-->") { inComment = true }
                continue
            }
            if indent >= 4, !blank, previousBlank || (line > 0 && excludedLines[line - 1]) {
                exclude(line, r, &excludedLines, &excluded)
            }
        }
    }

    private static func exclude(_ line: Int, _ r: Range<Int>, _ lines: inout [Bool], _ out: inout [Range<Int>]) {
        lines[line] = true
        if !r.isEmpty { out.append(r) }
    }

    /// Links, bare URLs, footnote references, inline code and inline comments on one line.
    private static func scanInline(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, markdown: Bool,
                                   _ excluded: inout [Range<Int>], _ citations: inout [Range<Int>]) {
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            let b = buf[i]
            if markdown, b == 0x60 { // `code`
                var j = i + 1
                while j < end, buf[j] != 0x60 { j += 1 }
                if j < end { excluded.append(i..<j + 1); i = j + 1; continue }
            }
            // Markup tags (<tweet id="…">, </p>) are not prose in any format.
            if b == 0x3C, i + 1 < end, Bytes.isASCIILetter(buf[i + 1]) || buf[i + 1] == 0x2F {
                var j = i + 1
                while j < end, buf[j] != 0x3E, buf[j] != 0x3C { j += 1 }
                if j < end, buf[j] == 0x3E, j - i < 400 {
                    excluded.append(i..<j + 1)
                    i = j + 1
                    continue
                }
            }
            if markdown, b == 0x3C, startsWith(buf, i, end, "<!--") {
                if let close = find(buf, i + 4..<end, "-->") {
                    excluded.append(i..<close + 3)
                    i = close + 3
                    continue
                }
            }
            if b == 0x5B, i + 1 < end, buf[i + 1] == 0x5E { // [^note]
                var j = i + 2
                while j < end, buf[j] != 0x5D, buf[j] != 0x20 { j += 1 }
                if j < end, buf[j] == 0x5D, j > i + 2 {
                    citations.append(i..<j + 1)
                    i = j + 1
                    continue
                }
            }
            if markdown, b == 0x5D, i + 1 < end, buf[i + 1] == 0x28 { // ](url)
                var j = i + 2
                var depth = 1
                while j < end {
                    if buf[j] == 0x28 { depth += 1 } else if buf[j] == 0x29 { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                if j < end {
                    // The link text back to its '[' is the citation; the target is not prose.
                    var k = i - 1
                    while k >= r.lowerBound, buf[k] != 0x5B { k -= 1 }
                    citations.append(max(k, r.lowerBound)..<j + 1)
                    excluded.append(i + 1..<j + 1)
                    i = j + 1
                    continue
                }
            }
            if b == 0x68 || b == 0x77, i == r.lowerBound || !Bytes.isASCIIAlnum(buf[i - 1]),
               startsWith(buf, i, end, "http://") || startsWith(buf, i, end, "https://") || startsWith(buf, i, end, "www.") {
                var j = i
                while j < end, !Bytes.isSpace(buf[j]), buf[j] != 0x29, buf[j] != 0x3E, buf[j] != 0x5D { j += 1 }
                while j > i, buf[j - 1] == 0x2E || buf[j - 1] == 0x2C || buf[j - 1] == 0x3B { j -= 1 }
                citations.append(i..<j)
                excluded.append(i..<j)
                i = j
                continue
            }
            i += 1
        }
    }

    static func countRun(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ b: UInt8) -> Int {
        var j = i
        while j < end, buf[j] == b { j += 1 }
        return j - i
    }

    static func startsWith(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let p = s.utf8Start
        for k in 0..<n where buf[i + k] != p[k] { return false }
        return true
    }

    static func find(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            if startsWith(buf, i, r.upperBound, s) { return i }
            i += 1
        }
        return nil
    }

    static func contains(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString) -> Bool {
        find(buf, r, s) != nil
    }
}
