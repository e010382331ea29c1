/// Gives each claim the named actors of its clause, else its sentence, else its paragraph (SPEC §3.1).
enum ClaimActors {
    static func assign(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                       mentions: [ActorMention]) {
        for (i, names) in actors(of: claims(figures), text: text, segmentation: segmentation, mentions: mentions) {
            figures[i].actors = names
        }
    }

    /// Each claim's index and place: all that finding its actors reads of the figures.
    static func claims(_ figures: [Figure]) -> [(index: Int, range: Range<Int>)] {
        figures.indices.filter { figures[$0].isClaim }.map { ($0, figures[$0].range) }
    }

    /// The actors of each claim: those named in its clause, else near it in its sentence, else in its paragraph.
    /// `clauses`, when given, holds the clause around a claim by its index (`clauseRange`, kept by the sentence
    /// cache); a claim without one has it found.
    static func actors(of claims: [(index: Int, range: Range<Int>)], text: SourceText, segmentation: Segmentation,
                       mentions: [ActorMention], clauses: [Range<Int>?] = []) -> [(Int, [String])] {
        guard !mentions.isEmpty else { return [] }
        return text.bytes.withUnsafeBufferPointer { buf in
            var out: [(Int, [String])] = []
            out.reserveCapacity(claims.count)
            var last = -1
            for (i, range) in claims {
                guard let s = segmentation.sentenceIndex(containing: range.lowerBound, near: last) else { continue }
                last = s
                let sentence = segmentation.sentences[s]
                let clause = (i < clauses.count ? clauses[i] : nil) ?? clauseRange(buf, sentence.range, around: range)
                var names = actors(mentions, in: clause)
                if names.isEmpty { names = actors(mentions, in: near(range, within: sentence.range)) }
                if names.isEmpty {
                    names = actors(mentions, in: near(range, within: segmentation.paragraphs[sentence.paragraph].range))
                }
                out.append((i, names))
            }
            return out
        }
    }

    /// How far, in bytes, a sentence or paragraph is searched for a figure's actors. Prose sentences and
    /// paragraphs are well inside it; a file of one endless line is not, and must not be read once per figure.
    static let reach = 600

    static func near(_ f: Range<Int>, within r: Range<Int>) -> Range<Int> {
        max(r.lowerBound, f.lowerBound - reach)..<min(r.upperBound, f.upperBound + reach)
    }

    /// Distinct actor names of the mentions inside a range, in order of appearance.
    static func actors(_ mentions: [ActorMention], in r: Range<Int>) -> [String] {
        // A clause names a few actors: a short array answers "seen?" sooner than a set is built. Made with
        // room for them all: grown from empty on its first name, it cost ~380 instructions a claim.
        let named = mentions.starting(in: r)
        guard !named.isEmpty else { return [] }
        var out: [String] = []
        out.reserveCapacity(named.count)
        for m in named where !out.contains(m.name) { out.append(m.name) }
        return out
    }

    static let clauseOpeners: WordSet = ["which", "while", "whereas", "but", "although", "though", "including",
                                             "when", "where", "who", "because", "since", "unless", "whose"]

    /// The clause around a figure: bounded by ; : ( ) dashes, and by a comma that opens a subordinate clause.
    static func clauseRange(_ buf: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, around f: Range<Int>) -> Range<Int> {
        let sentence = near(f, within: sentence)
        var lo = f.lowerBound
        while lo > sentence.lowerBound, !isBreak(buf, lo - 1, sentence) { lo -= 1 }
        var hi = f.upperBound
        while hi < sentence.upperBound, !isBreak(buf, hi, sentence) { hi += 1 }
        return lo..<hi
    }

    static func isBreak(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: Range<Int>) -> Bool {
        switch buf[i] {
        case 0x3B, 0x3A, 0x28, 0x29: return true
        case 0x2C:
            var j = i + 1
            while j < s.upperBound, buf[j] == 0x20 { j += 1 }
            var k = j
            while k < s.upperBound, Bytes.isASCIILetter(buf[k]) { k += 1 }
            return opensClause(buf, j..<k)
        case 0xE2:
            // en and em dashes used as punctuation (spaced) break clauses
            if i + 2 < s.upperBound, buf[i + 1] == 0x80, buf[i + 2] == 0x93 || buf[i + 2] == 0x94 {
                return buf[i + 2] == 0x94 || (i > s.lowerBound && buf[i - 1] == 0x20)
            }
            return false
        default: return false
        }
    }

    /// Whether the ASCII letters `r` of `buf`, lowercased, are one of `clauseOpeners`: lowered into a small
    /// buffer, not a string, as this is asked at every comma near a figure.
    static func opensClause(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= longestOpener else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: r.count) { lower in
            for (n, i) in r.enumerated() { lower[n] = buf[i] | 0x20 }
            return clauseOpeners.contains(ascii: UnsafeBufferPointer(lower))
        }
    }

    static let longestOpener = clauseOpeners.map(\.utf8.count).max() ?? 0
}
