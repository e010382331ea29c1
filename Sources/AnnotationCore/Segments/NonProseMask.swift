/// Finds what is not prose (Markdown code, HTML comments, front matter, link targets) and what cites
/// something (links, bare URLs, footnote references). Plain text gets only URLs and footnote references.
enum NonProseMask {
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

    /// What `compute` finds in a run of lines of plain text, where each line is read alone (no blocks): the
    /// lines an edit changed, read again.
    static func plainLines(_ text: SourceText, lines: Range<Int>) -> (excluded: [Range<Int>], citations: [Range<Int>]) {
        var excluded: [Range<Int>] = []
        var citations: [Range<Int>] = []
        text.bytes.withUnsafeBufferPointer { buf in
            for line in lines {
                scanInline(buf, text.lines.contentRange(ofLine: line), markdown: false, &excluded, &citations)
            }
        }
        excluded.sort { $0.lowerBound < $1.lowerBound }
        citations.sort { $0.lowerBound < $1.lowerBound }
        return (excluded, citations)
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
        // Each search below starts at or after where the one before it started, so each keeps what it
        // found and goes on from there: the line is read a bounded number of times however its brackets
        // nest (a search begun afresh at every bracket read it once per bracket).
        var lastOpen = LastByte(0x5B, from: r.lowerBound)
        var footnoteStop = NextStop()
        var commentClose = NextCommentClose()
        var targetClose = TargetClose()
        while i < end {
            let b = buf[i]
            // Every reading below starts at one of these bytes; the rest of the line is passed over.
            switch b {
            case 0x60, 0x3C, 0x5B, 0x5D, 0x68, 0x77: break // ` < [ ] h w
            default: i += 1; continue
            }
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
                if let close = commentClose.next(from: i + 4, buf, end) {
                    excluded.append(i..<close + 3)
                    i = close + 3
                    continue
                }
            }
            if b == 0x5B, i + 1 < end, buf[i + 1] == 0x5E { // [^note]
                let j = footnoteStop.next(from: i + 2, buf, end) { $0 == 0x5D || $0 == 0x20 }
                if j < end, buf[j] == 0x5D, j > i + 2 {
                    citations.append(i..<j + 1)
                    i = j + 1
                    continue
                }
            }
            if markdown, b == 0x5D, i + 1 < end, buf[i + 1] == 0x28 { // ](url)
                if let j = targetClose.close(from: i + 2, buf, end) {
                    // The link text back to its '[' is the citation; the target is not prose.
                    let k = lastOpen.last(before: i, buf) ?? r.lowerBound
                    citations.append(k..<j + 1)
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

/// The last place of one byte before a position, for positions that only grow: the bytes between the last
/// question and this one are read once.
private struct LastByte {
    let byte: UInt8
    private var read: Int
    private var last: Int?

    init(_ byte: UInt8, from start: Int) {
        self.byte = byte
        read = start
    }

    mutating func last(before i: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Int? {
        while read < i {
            if buf[read] == byte { last = read }
            read += 1
        }
        return last
    }
}

/// The first place at or after a start whose byte stops a scan (or the end), for starts that only grow:
/// when the last answer lies at or after the new start there is no stop between them, so it holds.
private struct NextStop {
    private var found = -1

    mutating func next(from start: Int, _ buf: UnsafeBufferPointer<UInt8>, _ end: Int, _ stops: (UInt8) -> Bool) -> Int {
        if found >= start { return found }
        var j = start
        while j < end, !stops(buf[j]) { j += 1 }
        found = j
        return j
    }
}

/// Where the first "-->" at or after a start begins, for starts that only grow; none after one start means
/// none after any later one.
private struct NextCommentClose {
    private var searchedFrom = Int.max
    private var found: Int?

    mutating func next(from start: Int, _ buf: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        if start >= searchedFrom, found.map({ $0 >= start }) ?? true { return found }
        searchedFrom = start
        found = NonProseMask.find(buf, start..<end, "-->")
        return found
    }
}

/// Where a link target's `(` closes: the first `)` at which the count of `(` less `)` after the start falls
/// below zero. A scan that finds no close reads to the end of the line, and a line of unclosed targets
/// would be read once per target; so the first such scan also notes, per block of 64 bytes, the least
/// count from each block to the end, and a later start is answered "no close" from its own block and that
/// note, without the scan. Starts only grow; a scan that finds its close is followed by starts after it.
private struct TargetClose {
    private static let block = 64
    /// The start of the first scan that found no close; -1 before one.
    private var origin = -1
    /// `least[k]`: the least count (from `origin`) before any position from `origin + 1 + k * block` to the end.
    private var least: [Int] = []
    private var cursor = 0, count = 0

    mutating func close(from start: Int, _ buf: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        if origin >= 0, !mayClose(from: start, buf, end) { return nil }
        var j = start, depth = 1
        while j < end {
            if buf[j] == 0x28 { depth += 1 } else if buf[j] == 0x29 { depth -= 1; if depth == 0 { return j } }
            j += 1
        }
        if origin < 0 { note(from: start, buf, end) }
        return nil
    }

    private static func step(_ b: UInt8) -> Int { b == 0x28 ? 1 : b == 0x29 ? -1 : 0 }

    /// The count before each position y in origin+1...end is that of the bytes origin..<y.
    private mutating func note(from start: Int, _ buf: UnsafeBufferPointer<UInt8>, _ end: Int) {
        origin = start
        cursor = start
        count = 0
        guard end > start else { return }
        var mins = [Int](repeating: Int.max, count: (end - start - 1) / Self.block + 1)
        var c = 0
        for y in (start + 1)...end {
            c += Self.step(buf[y - 1])
            let k = (y - start - 1) / Self.block
            if c < mins[k] { mins[k] = c }
        }
        for k in stride(from: mins.count - 2, through: 0, by: -1) where mins[k + 1] < mins[k] { mins[k] = mins[k + 1] }
        least = mins
    }

    /// Whether the count falls below its value at `start` somewhere after it (then the scan finds a close).
    private mutating func mayClose(from start: Int, _ buf: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        while cursor < start { count += Self.step(buf[cursor]); cursor += 1 }
        var y = start + 1
        guard y <= end else { return false }
        let k = (y - origin - 1) / Self.block
        let nextBlock = origin + 1 + (k + 1) * Self.block
        var c = count
        while y <= end, y < nextBlock {
            c += Self.step(buf[y - 1])
            if c < count { return true }
            y += 1
        }
        return k + 1 < least.count && least[k + 1] < count
    }
}
