/// Shell-style path patterns for `include`/`exclude`: `*` and `?` match within one path segment, a `**`
/// segment matches any number of segments. A pattern without a slash matches the file name anywhere.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [[UInt8]]
    private let nameOnly: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        let bytes = Array(pattern.utf8)
        nameOnly = !bytes.contains(0x2F)
        segments = bytes.split(separator: 0x2F, omittingEmptySubsequences: true).map(Array.init)
    }

    public func matches(_ path: String) -> Bool {
        let parts = Array(path.utf8).split(separator: 0x2F, omittingEmptySubsequences: true).map(Array.init)
        guard !parts.isEmpty else { return false }
        if nameOnly { return Self.matchSegment(segments.first ?? [], 0, parts.last!, 0) }
        return Self.matchPath(segments[...], parts[...])
    }

    private static func matchPath(_ pat: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pat.first else { return path.isEmpty }
        if first == [0x2A, 0x2A] {
            // `**`: zero or more segments.
            var rest = path
            while true {
                if matchPath(pat.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(first, 0, segment, 0) else { return false }
        return matchPath(pat.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one segment, with backtracking.
    private static func matchSegment(_ p: [UInt8], _ pi0: Int, _ s: [UInt8], _ si0: Int) -> Bool {
        var pi = pi0, si = si0
        var starP = -1, starS = -1
        while si < s.count {
            if pi < p.count, p[pi] == 0x2A { starP = pi; starS = si; pi += 1; continue }
            if pi < p.count, p[pi] == 0x3F || p[pi] == s[si] { pi += 1; si += 1; continue }
            if starP >= 0 { starS += 1; si = starS; pi = starP + 1; continue }
            return false
        }
        while pi < p.count, p[pi] == 0x2A { pi += 1 }
        return pi == p.count
    }
}
