/// Gives each claim the named actors of its clause, else its sentence, else its paragraph (SPEC §3.1).
enum ClaimActors {
    static func assign(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                       mentions: [ActorMention]) {
        guard !mentions.isEmpty else { return }
        text.bytes.withUnsafeBufferPointer { buf in
            for i in figures.indices where figures[i].isClaim {
                let at = figures[i].range.lowerBound
                guard let s = segmentation.sentenceIndex(containing: at) else { continue }
                let sentence = segmentation.sentences[s]
                let clause = clauseRange(buf, sentence.range, around: figures[i].range)
                var names = actors(mentions, in: clause)
                if names.isEmpty { names = actors(mentions, in: sentence.range) }
                if names.isEmpty { names = actors(mentions, in: segmentation.paragraphs[sentence.paragraph].range) }
                figures[i].actors = names
            }
        }
    }

    /// Distinct actor names of the mentions inside a range, in order of appearance.
    static func actors(_ mentions: [ActorMention], in r: Range<Int>) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].range.lowerBound < r.lowerBound { lo = mid + 1 } else { hi = mid } }
        var k = lo
        while k < mentions.count, mentions[k].range.lowerBound < r.upperBound {
            if seen.insert(mentions[k].name).inserted { out.append(mentions[k].name) }
            k += 1
        }
        return out
    }

    static let clauseOpeners: Set<String> = ["which", "while", "whereas", "but", "although", "though", "including",
                                             "when", "where", "who", "because", "since", "unless", "whose"]

    /// The clause around a figure: bounded by ; : ( ) dashes, and by a comma that opens a subordinate clause.
    static func clauseRange(_ buf: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, around f: Range<Int>) -> Range<Int> {
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
            let word = String(decoding: UnsafeBufferPointer(rebasing: buf[j..<k]), as: UTF8.self).lowercased()
            return clauseOpeners.contains(word)
        case 0xE2:
            // en and em dashes used as punctuation (spaced) break clauses
            if i + 2 < s.upperBound, buf[i + 1] == 0x80, buf[i + 2] == 0x93 || buf[i + 2] == 0x94 {
                return buf[i + 2] == 0x94 || (i > s.lowerBound && buf[i - 1] == 0x20)
            }
            return false
        default: return false
        }
    }
}
