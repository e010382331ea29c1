/// What a highlighted stretch of prose is: a figure (claim or not, with its source status), a source cue
/// ("according to …", "experts say"), or a named actor by kind.
public enum SemanticRole: Sendable, Hashable {
    case figure(claim: Bool, source: SourceStatus)
    case sourceCue(vague: Bool)
    case actor(ActorKind)
}

public struct SemanticSpan: Sendable, Hashable {
    public var range: Range<Int>
    public var role: SemanticRole
    public init(range: Range<Int>, role: SemanticRole) {
        self.range = range
        self.role = role
    }
}

/// The spans an editor colours (semantic tokens), as LSP wants them: ascending, non-overlapping, each
/// within one line. Where spans overlap the more specific wins: a figure over an actor over a source cue,
/// so "According to the Red Cross" becomes a cue, then the actor, with the cue's pieces on either side.
public enum SemanticSpans {
    /// `kind` names a mention's kind; the caller may know better than the document alone (a lone "Putin"
    /// is of unknown kind in its file but a person across the workspace).
    public static func of(_ doc: DocumentAnalysis, kind: (ActorMention) -> ActorKind = \.kind) -> [SemanticSpan] {
        let figures = doc.figures.map { SemanticSpan(range: $0.range, role: .figure(claim: $0.isClaim, source: $0.source.status)) }
        let actors = doc.mentions.map { SemanticSpan(range: $0.range, role: .actor(kind($0))) }
        var cues: [SemanticSpan] = []
        var seen = Set<Range<Int>>()
        for f in doc.figures where f.isClaim && f.source.status != .none {
            // Several claims may share one cue; it is one span.
            guard let r = f.source.range, seen.insert(r).inserted else { continue }
            cues.append(SemanticSpan(range: r, role: .sourceCue(vague: f.source.status == .vague)))
        }
        let layered = layer([figures, actors, cues])
        return splitAtLines(layered, doc.text.lines, count: doc.text.count).compactMap { trimmed($0, doc.text.bytes) }
    }

    /// A cue's pieces around an actor ("President ", " said") lose their spaces: a coloured space is noise.
    static func trimmed(_ s: SemanticSpan, _ bytes: [UInt8]) -> SemanticSpan? {
        var lo = s.range.lowerBound, hi = s.range.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return lo < hi ? SemanticSpan(range: lo..<hi, role: s.role) : nil
    }

    /// Earlier layers win: each span keeps only the parts no earlier span covers. Linear per layer (a sweep
    /// against the sorted spans kept so far), so a large document stays cheap.
    static func layer(_ layers: [[SemanticSpan]]) -> [SemanticSpan] {
        var kept: [SemanticSpan] = []
        for layer in layers {
            let sorted = layer.filter { !$0.range.isEmpty }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            var added: [SemanticSpan] = []
            var k = 0
            var lastEnd = Int.min // spans within one layer that overlap: the first one wins
            for span in sorted {
                var lo = max(span.range.lowerBound, lastEnd)
                let hi = span.range.upperBound
                guard lo < hi else { continue }
                while k < kept.count, kept[k].range.upperBound <= lo { k += 1 }
                var j = k
                while lo < hi {
                    if j < kept.count, kept[j].range.lowerBound < hi {
                        let blocker = kept[j].range
                        if blocker.lowerBound > lo { added.append(SemanticSpan(range: lo..<blocker.lowerBound, role: span.role)) }
                        lo = max(lo, blocker.upperBound)
                        j += 1
                    } else {
                        added.append(SemanticSpan(range: lo..<hi, role: span.role))
                        lo = hi
                    }
                }
                lastEnd = hi
            }
            kept = merge(kept, added)
        }
        return kept
    }

    private static func merge(_ a: [SemanticSpan], _ b: [SemanticSpan]) -> [SemanticSpan] {
        var out: [SemanticSpan] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].range.lowerBound <= b[j].range.lowerBound) {
                out.append(a[i]); i += 1
            } else {
                out.append(b[j]); j += 1
            }
        }
        return out
    }

    /// Cuts spans that cross a line break into one piece per line (line breaks themselves are not coloured).
    static func splitAtLines(_ spans: [SemanticSpan], _ lines: LineIndex, count: Int) -> [SemanticSpan] {
        var out: [SemanticSpan] = []
        out.reserveCapacity(spans.count)
        for s in spans {
            let first = lines.line(of: s.range.lowerBound), last = lines.line(of: max(s.range.lowerBound, s.range.upperBound - 1))
            if first == last {
                out.append(s)
                continue
            }
            for l in first...last {
                let piece = s.range.clamped(to: lines.contentRange(ofLine: l))
                if !piece.isEmpty { out.append(SemanticSpan(range: piece, role: s.role)) }
            }
        }
        return out
    }
}
