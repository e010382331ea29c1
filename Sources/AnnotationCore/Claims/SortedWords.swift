/// A small set of words held as one sorted array without repeats: a claim's evidence words. A workspace keeps
/// one for every claim it can compare (over 130,000 for 10,000 files), and a `Set` of a few words took about
/// 200 bytes, twice what the array takes; what the conflict test asks of them (a shared word, how many are
/// shared) is a walk over two short sorted lists.
public struct SortedWords: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
    /// Ascending by `String`'s `<`, which agrees with its `==`: equal sets of words have equal arrays.
    public private(set) var words: [String]

    public init<S: Sequence>(_ s: S) where S.Element == String {
        words = Self.unique(s.sorted())
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    public var isEmpty: Bool { words.isEmpty }
    public var count: Int { words.count }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    public func contains(_ word: String) -> Bool {
        let i = words.partitioningIndex { !($0 < word) }
        return i < words.count && words[i] == word
    }

    public func isDisjoint(with other: SortedWords) -> Bool {
        var i = 0, j = 0
        while i < words.count, j < other.words.count {
            if words[i] == other.words[j] { return false }
            if words[i] < other.words[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    public mutating func formUnion(_ other: SortedWords) {
        guard !other.isEmpty else { return }
        guard !isEmpty else { self = other; return }
        var out: [String] = []
        out.reserveCapacity(words.count + other.words.count)
        var i = 0, j = 0
        while i < words.count || j < other.words.count {
            if j == other.words.count || (i < words.count && words[i] < other.words[j]) {
                out.append(words[i]); i += 1
            } else if i == words.count || other.words[j] < words[i] {
                out.append(other.words[j]); j += 1
            } else {
                out.append(words[i]); i += 1; j += 1
            }
        }
        words = out.trimmed()
    }

    public func intersection(_ other: SortedWords) -> SortedWords {
        SortedWords(sortedUnique: words.filter(other.contains))
    }

    public func subtracting(_ other: SortedWords) -> SortedWords {
        SortedWords(sortedUnique: words.filter { !other.contains($0) })
    }

    /// Words no two of which are equal, in any order: sorted in place, with nothing to take out.
    init(distinct words: [String]) {
        var sorted = words
        sorted.sort()
        self.words = sorted
    }

    private init(sortedUnique: [String]) {
        words = sortedUnique
    }

    /// Words already ascending by `<`, no two equal.
    init(sortedDistinct words: [String]) {
        self.words = words
    }

    private static func unique(_ sorted: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(sorted.count)
        for w in sorted where out.last != w { out.append(w) }
        return out
    }
}
