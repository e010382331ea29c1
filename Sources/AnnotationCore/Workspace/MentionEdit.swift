/// Where one document's actor mentions changed between two analyses: the mentions before `prefix` and from
/// `oldEnd` (`newEnd` after) on are the same (text, name, kind), and the ones between were replaced. Typing
/// changes the mentions of one sentence at most, so the names written between (`touched`) are the only ones
/// whose summary, signature or spellings the edit can change; every other name keeps its mentions, shifted
/// past the change. (An update read every mention of the document: sorting each name's spellings, keying
/// each name again and asking each whether it is a full name, some 5 M instructions per keystroke in a
/// 100 KB file.)
struct MentionEdit {
    let prefix: Int
    let oldEnd: Int
    let newEnd: Int
    /// The keys of the replaced mentions' names, and where each stands among them (ascending).
    let oldWindow: [UInt64: [Int]]
    let newWindow: [UInt64: [Int]]

    init(from old: [ActorMention], to new: [ActorMention]) {
        let common = min(old.count, new.count)
        var p = 0
        while p < common, Self.same(old, p, new, p) { p += 1 }
        var s = 0
        while s < common - p, Self.same(old, old.count - 1 - s, new, new.count - 1 - s) { s += 1 }
        prefix = p
        oldEnd = old.count - s
        newEnd = new.count - s
        oldWindow = Self.window(old, p..<oldEnd)
        newWindow = Self.window(new, p..<newEnd)
    }

    /// Whether two mentions read alike as the directory sees them; their places may differ.
    private static func same(_ a: [ActorMention], _ i: Int, _ b: [ActorMention], _ j: Int) -> Bool {
        a[i].kind == b[j].kind && written(a[i].text, b[j].text) && written(a[i].name, b[j].name)
    }

    /// Equal byte for byte. `String`'s `==` also takes canonically equivalent spellings as equal (é written
    /// as one character or as e and an accent), and a name respelt so must be summarised from its new bytes,
    /// as reading every mention again would.
    static func written(_ x: String, _ y: String) -> Bool {
        guard x.utf8.count == y.utf8.count else { return false }
        var x = x, y = y
        return x.withUTF8 { a in y.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    private static func window(_ mentions: [ActorMention], _ range: Range<Int>) -> [UInt64: [Int]] {
        var out: [UInt64: [Int]] = [:]
        for i in range { out[NameKey.of(mentions[i].name), default: []].append(i) }
        return out
    }

    /// No mention was replaced, added or dropped.
    var isEmpty: Bool { prefix == oldEnd && prefix == newEnd }

    /// The keys of the names written among the replaced mentions, before or after.
    var touched: Set<UInt64> { Set(oldWindow.keys).union(newWindow.keys) }

    /// Where an old mention outside the change stands among the new ones.
    func newIndex(_ i: Int) -> Int { i < prefix ? i : i + newEnd - oldEnd }
}

extension ActorDirectory {
    /// What `summaries(of: mentions)` gives, made from the document's summaries before `edit`: a name not
    /// written among the replaced mentions keeps its summary with its mentions' indices shifted past the
    /// change; the others are gathered again from their mentions before, inside and after the change.
    static func summaries(of mentions: [ActorMention], after edit: MentionEdit, from before: NameSummaries) -> [UInt64: Summary] {
        let touched = edit.touched
        let shift = edit.newEnd - edit.oldEnd
        var own: [UInt64: Summary] = [:]
        own.reserveCapacity(before.values.count + edit.newWindow.count)
        for k in before.values.indices where !touched.contains(before.values[k].key) {
            let last = before.values[k].mentions[before.values[k].mentions.count - 1]
            guard shift != 0, last >= edit.oldEnd else {
                own[before.values[k].key] = before.values[k]
                continue
            }
            var s = before.values[k]
            s.mentions = Self.indices(before.values[k].mentions.map(edit.newIndex))
            own[s.key] = s
        }
        for key in touched {
            var list: [Int] = []
            let old = before[key]
            if let old { for i in old.mentions where i < edit.prefix { list.append(i) } }
            list += edit.newWindow[key] ?? []
            if let old { for i in old.mentions where i >= edit.oldEnd { list.append(i + shift) } }
            guard let first = list.first else { continue }
            var kind = mentions[first].kind
            for i in list where kind == .unknown { kind = mentions[i].kind }
            own[key] = Summary(name: mentions[first].name, kind: kind, key: key,
                               words: Self.nameWords(mentions[first].name), mentions: Self.indices(list))
        }
        return own
    }

    private static func indices(_ list: [Int]) -> MentionIndices {
        var out = MentionIndices(list[0])
        out.reserveCapacity(list.count - 1)
        for i in list.dropFirst() { out.append(i) }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
