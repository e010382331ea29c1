import Foundation

/// The engine names documents by absolute path; people read them relative to the folder they opened. Text
/// the server sends to be read (diagnostic messages, hovers) names files the way the editor's own file list
/// does: relative to the workspace folder that holds them.
struct WorkspacePaths: Sendable {
    /// Folder paths with a trailing slash, longest first, so that a nested folder wins over its parent.
    let prefixes: [String]
    /// The prefixes' bytes, when every prefix is ASCII without a line break (see `relativized`).
    private let asciiPrefixes: [[UInt8]]?

    init(roots: [String]) {
        prefixes = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.filter { $0.count > 1 }
            .sorted { $0.count > $1.count }
        let bytes = prefixes.map { Array($0.utf8) }
        asciiPrefixes = bytes.allSatisfy { $0.allSatisfy { $0 < 0x80 && $0 != 0x0A } } ? bytes : nil
    }

    /// `text` with every workspace folder prefix removed ("/home/me/news/a.txt:3" → "a.txt:3").
    func relativized(_ text: String) -> String {
        // Every prefix starts with a slash byte: a text without one is returned at once. (`contains("/")` here
        // resolved to Foundation's search, which bridged every diagnostic message to look for it.)
        guard !prefixes.isEmpty, text.utf8.contains(UInt8(ascii: "/")) else { return text }
        guard let asciiPrefixes else { return Self.foundationRelativized(text, prefixes) }
        return Self.linewise(text, prefixes: prefixes, bytes: asciiPrefixes)
    }

    /// Foundation's removal, prefix by prefix (its search matches canonically equivalent text too).
    private static func foundationRelativized(_ text: String, _ prefixes: [String]) -> String {
        var out = text
        for p in prefixes where out.contains(p) { out = out.replacingOccurrences(of: p, with: "") }
        return out
    }

    /// The same removal, a line at a time: an actor's hover card lists every file naming it (140 KB for an
    /// actor of 3,000 files), and Foundation took ~20 ms over it. A prefix holds no line break, so no match
    /// spans one, and a line break starts a new character: each line is relativized on its own. A line of
    /// ASCII is searched byte by byte (ASCII text has no other canonically equivalent spelling). A line with
    /// other characters (a figure card quotes with curly marks) is searched by bytes too when that cannot
    /// differ from Foundation's search (`removeBytes`); else it goes through Foundation as before.
    private static func linewise(_ text: String, prefixes: [String], bytes: [[UInt8]]) -> String {
        var out: [UInt8] = []
        var changed = false
        var text = text
        text.withUTF8 { all in
            out.reserveCapacity(all.count)
            var start = 0
            while start < all.count {
                var end = start
                var ascii = true
                while end < all.count, all[end] != 0x0A {
                    if all[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                if let done = removeBytes(line, bytes, ascii: ascii) {
                    changed = done.changed || changed
                    out.append(contentsOf: done.bytes)
                } else {
                    let original = String(decoding: line, as: UTF8.self)
                    let done = foundationRelativized(original, prefixes)
                    if done != original { changed = true }
                    out.append(contentsOf: done.utf8)
                }
                if end < all.count { out.append(0x0A) }
                start = end + 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    /// A line with the prefixes removed in turn (each pass over the previous one's result, leftmost
    /// occurrences first, as `replacingOccurrences` does), and whether anything was removed. For a line that
    /// is not all ASCII, nil (ask Foundation) unless bytes must find what Foundation finds: no match may have
    /// a byte of another character beside it (it could be a combining mark, or a prefix character joining
    /// the one before: the match would not stand on character boundaries, and Foundation would not take it),
    /// and the line may hold none of the three characters whose canonical form is ASCII, which Foundation
    /// matches as that ASCII: the Kelvin sign (K), the Greek question mark (;) and the Greek varia (`).
    private static func removeBytes(_ line: UnsafeBufferPointer<UInt8>, _ prefixes: [[UInt8]], ascii: Bool) -> (bytes: [UInt8], changed: Bool)? {
        if !ascii, containsASCIIEquivalent(line) { return nil }
        var current = Array(line)
        var changed = false
        for p in prefixes where !p.isEmpty && current.count >= p.count {
            var next: [UInt8] = []
            next.reserveCapacity(current.count)
            var i = 0
            var removed = false
            while i < current.count {
                if current[i] == p[0], i + p.count <= current.count, current[i..<(i + p.count)].elementsEqual(p) {
                    if !ascii, (i > 0 && current[i - 1] >= 0x80) || (i + p.count < current.count && current[i + p.count] >= 0x80) {
                        return nil
                    }
                    i += p.count
                    removed = true
                } else {
                    next.append(current[i])
                    i += 1
                }
            }
            if removed {
                current = next
                changed = true
            }
        }
        return (current, changed)
    }

    /// U+212A KELVIN SIGN (E2 84 AA), U+037E GREEK QUESTION MARK (CD BE), U+1FEF GREEK VARIA (E1 BF AF): the
    /// characters whose canonical decomposition is a single ASCII character.
    private static func containsASCIIEquivalent(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < line.count {
            switch line[i] {
            case 0xCD where line[i + 1] == 0xBE: return true
            case 0xE2 where i + 2 < line.count && line[i + 1] == 0x84 && line[i + 2] == 0xAA: return true
            case 0xE1 where i + 2 < line.count && line[i + 1] == 0xBF && line[i + 2] == 0xAF: return true
            default: i += 1
            }
        }
        return false
    }
}
