/// Named tables of the lexicon files (each in a file of its own), parsed once on first use.
enum Lexicon {}

/// Parses the line-oriented lexicon data files: one entry per line, `#` starts a comment line, fields
/// separated by `|`. Parsed once, on first use, into hash tables.
enum LexiconParsing {
    static func lines(_ data: String) -> [[String]] {
        data.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: " \t")
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return fields(line, "|").map { $0.trimmingCharacters(in: " \t") }
        }
    }

    /// A line's fields between separators (empty ones kept). An ASCII line is split by bytes, which is the
    /// split by characters; any other by characters, where a combining mark could join the separator.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        guard let byte = separator.asciiValue, line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
        return line.utf8.split(separator: byte, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
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

    static func wordStrings(_ data: String) -> Set<String> {
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
