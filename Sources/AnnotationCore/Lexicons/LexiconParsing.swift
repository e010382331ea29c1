/// Named tables of the lexicon files (each in a file of its own), parsed once on first use.
enum Lexicon {}

/// Parses the line-oriented lexicon data files: one entry per line, `#` starts a comment line, fields
/// separated by `|`. Parsed once, on first use, into hash tables.
enum LexiconParsing {
    static func lines(_ data: String) -> [[String]] {
        var data = data
        return data.withUTF8 { b -> [[String]]? in
            // LF is a character of its own except after CR: without CR, splitting the bytes at LF is
            // splitting the characters at "\n".
            guard !b.contains(0x0D) else { return nil }
            var out: [[String]] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                if i > start, let fields = line(UnsafeBufferPointer(rebasing: b[start..<i])) { out.append(fields) }
                start = i + 1
            }
            return out
        } ?? data.split(separator: "\n").compactMap { line(String($0)) }
    }

    /// One line's trimmed fields, or nil for a blank or `#` comment line: by bytes when the line is ASCII
    /// (each byte a character), else by characters.
    private static func line(_ raw: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !raw.contains(where: { $0 >= 0x80 }) else { return line(String(decoding: raw, as: UTF8.self)) }
        var lo = 0, hi = raw.count
        while lo < hi, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
        while hi > lo, raw[hi - 1] == 0x20 || raw[hi - 1] == 0x09 { hi -= 1 }
        guard lo < hi, raw[lo] != 0x23 else { return nil }
        var out: [String] = []
        var start = lo
        for i in lo...hi where i == hi || raw[i] == 0x7C {
            var a = start, z = i
            while a < z, raw[a] == 0x20 || raw[a] == 0x09 { a += 1 }
            while z > a, raw[z - 1] == 0x20 || raw[z - 1] == 0x09 { z -= 1 }
            out.append(String(decoding: UnsafeBufferPointer(rebasing: raw[a..<z]), as: UTF8.self))
            start = i + 1
        }
        return out
    }

    private static func line(_ raw: String) -> [String]? {
        let line = raw.trimmingCharacters(in: " \t")
        guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
        return fields(line, "|").map { $0.trimmingCharacters(in: " \t") }
    }

    /// A line's fields between separators (empty ones kept). An ASCII line is split by bytes, which is the
    /// split by characters; any other by characters, where a combining mark could join the separator.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        asciiFields(line, separator, trimmed: false)
            ?? line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    /// A field's list (`a; b;; c`): its items between separators, trimmed of spaces and tabs, without
    /// empty ones. By bytes for an ASCII field, as `fields` splits; by characters otherwise.
    static func items(_ field: String, _ separator: Character) -> [String] {
        asciiFields(field, separator, trimmed: true)
            ?? fields(field, separator).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The split (and, when `trimmed`, the trim of spaces and tabs and the drop of empty items) read from
    /// the bytes of the string's own storage, or nil when it is not all ASCII: in ASCII every byte but CR
    /// before LF is a character of its own, and neither CR nor LF is a separator, space or tab here.
    private static func asciiFields(_ line: String, _ separator: Character, trimmed: Bool) -> [String]? {
        guard let byte = separator.asciiValue else { return nil }
        var line = line
        return line.withUTF8 { b -> [String]? in
            var out: [String] = []
            var start = 0
            for i in 0...b.count {
                if i < b.count {
                    guard b[i] < 0x80 else { return nil }
                    guard b[i] == byte else { continue }
                }
                var lo = start, hi = i
                if trimmed {
                    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                }
                if !trimmed || lo < hi { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)) }
                start = i + 1
            }
            return out
        }
    }

    /// `key | value` lines, where key may list synonyms separated by commas: every synonym maps to value.
    static func table(_ data: String) -> [String: String] {
        var t: [String: String] = [:]
        for fields in lines(data) where fields.count >= 2 {
            for k in fields[0].split(separator: ",") { t[k.trimmingCharacters(in: " \t").lowercased()] = fields[1] }
        }
        return t
    }

    /// Lines of comma- or space-separated words, all in one set.
    static func words(_ data: String) -> WordSet { WordSet(wordStrings(data)) }

    /// The words of `words`, read from the bytes when the data is ASCII without CR (each byte a character,
    /// each line ended by LF): its lines trimmed, blank and `#` lines skipped, the first field's comma-separated
    /// words trimmed and lowered. Trimmed and lowered character by character, each word cost ~2,800
    /// instructions, ~9 M of every process's start-up over all the lexicons.
    static func wordStrings(_ data: String) -> Set<String> {
        var data = data
        return data.withUTF8 { asciiWordStrings($0) } ?? wordStringsByCharacters(data)
    }

    static func asciiWordStrings(_ b: UnsafeBufferPointer<UInt8>) -> Set<String>? {
        guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        func isBlank(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 }
        var out = Set<String>()
        var start = 0
        for end in 0...b.count where end == b.count || b[end] == 0x0A {
            defer { start = end + 1 }
            var lo = start, hi = end
            while lo < hi, isBlank(b[lo]) { lo += 1 }
            while hi > lo, isBlank(b[hi - 1]) { hi -= 1 }
            guard lo < hi, b[lo] != 0x23 else { continue }
            var fieldEnd = lo
            while fieldEnd < hi, b[fieldEnd] != 0x7C { fieldEnd += 1 }
            var w = lo
            for k in lo...fieldEnd where k == fieldEnd || b[k] == 0x2C {
                var a = w, z = k
                w = k + 1
                while a < z, isBlank(b[a]) { a += 1 }
                while z > a, isBlank(b[z - 1]) { z -= 1 }
                if a < z { out.insert(WordTokenizer.loweredASCII(UnsafeBufferPointer(rebasing: b[a..<z]))) }
            }
        }
        return out
    }

    /// `wordStrings` of any text, character by character.
    static func wordStringsByCharacters(_ data: String) -> Set<String> {
        var s = Set<String>()
        for fields in lines(data) {
            for w in fields[0].split(whereSeparator: { $0 == "," }) {
                let t = w.trimmingCharacters(in: " \t").lowercased()
                if !t.isEmpty { s.insert(t) }
            }
        }
        return s
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
