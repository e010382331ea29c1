/// Shell-style path patterns for `include`/`exclude`: `*` matches within one path segment, `**` across
/// segments, `?` one character. A pattern without a slash matches the file name anywhere.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [UInt8]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.parts = Array(pattern.utf8)
    }

    public func matches(_ path: String) -> Bool {
        let p = Array(path.utf8)
        if !parts.contains(0x2F) {
            let name = p.lastIndex(of: 0x2F).map { Array(p[($0 + 1)...]) } ?? p
            return Self.match(parts[...], name[...])
        }
        if parts.starts(with: Array("**/".utf8)) {
            // "**/x" also matches "x" at the top.
            if Self.match(parts.dropFirst(3), p[...]) { return true }
        }
        return Self.match(parts[...], p[...])
    }

    private static func match(_ pat: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var pi = pat.startIndex, si = s.startIndex
        var starP = -1, starS = -1, starCrossesSlash = false
        while si < s.endIndex {
            if pi < pat.endIndex {
                let c = pat[pi]
                if c == 0x2A {
                    let double = pi + 1 < pat.endIndex && pat[pi + 1] == 0x2A
                    pi += double ? 2 : 1
                    if double, pi < pat.endIndex, pat[pi] == 0x2F { pi += 1 }
                    starP = pi; starS = si; starCrossesSlash = double
                    continue
                }
                if c == 0x3F, s[si] != 0x2F { pi += 1; si += 1; continue }
                if c == s[si] { pi += 1; si += 1; continue }
            }
            if starP >= 0, starCrossesSlash || s[starS] != 0x2F {
                starS += 1
                si = starS
                pi = starP
                continue
            }
            return false
        }
        while pi < pat.endIndex, pat[pi] == 0x2A { pi += 1 }
        return pi == pat.endIndex
    }
}
