/// A lexicon's words, asked "is this one of them?" for every word of the text: a `Set<String>` with a lookup
/// by bytes (`WordIndex`). Same answers as the `Set`, which it keeps for everything else a set does.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence, Equatable {
    /// The words, as a Swift set: for iteration, set algebra and non-ASCII queries.
    public let strings: Set<String>
    private let index: WordIndex

    public init(_ strings: Set<String>) {
        self.strings = strings
        self.index = WordIndex(Array(strings))
    }

    public init<S: Sequence>(_ words: S) where S.Element == String { self.init(Set(words)) }

    public init(arrayLiteral words: String...) { self.init(Set(words)) }

    /// A `String` overload of its own: with only the generic one below, `set.contains(someString)` would
    /// resolve to `Sequence.contains`, a walk over every word.
    public func contains(_ word: String) -> Bool { lookup(word) }

    public func contains(_ word: Substring) -> Bool { lookup(word) }

    /// The answer of `strings.contains(String(word))`, without making a string when the word is ASCII.
    private func lookup<S: StringProtocol>(_ word: S) -> Bool {
        switch index.index(of: word) {
        case .found: return true
        case .absent: return index.hasASCIIEquivalents && strings.contains(String(word))
        case .nonASCII: return strings.contains(String(word))
        }
    }

    /// The answer of `contains` for the string of these bytes, every one of them ASCII, without making it.
    func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch index.index(of: word) {
        case .found: return true
        case .absent, .nonASCII: return index.hasASCIIEquivalents && strings.contains(String(decoding: word, as: UTF8.self))
        }
    }

    public var count: Int { strings.count }
    public var isEmpty: Bool { strings.isEmpty }
    public func makeIterator() -> Set<String>.Iterator { strings.makeIterator() }

    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(strings.union(other)) }
    public func subtracting<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(strings.subtracting(other)) }

    public static func == (a: WordSet, b: WordSet) -> Bool { a.strings == b.strings }
}

/// A lexicon that maps words to facts (a number word to its value, a unit to its class): a
/// `[String: Value]` with a lookup by bytes (`WordIndex`). Same answers as the dictionary.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    public let dictionary: [String: Value]
    private let values: [Value]
    private let index: WordIndex

    public init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let keys = Array(dictionary.keys)
        self.values = keys.map { dictionary[$0]! }
        self.index = WordIndex(keys)
    }

    public init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(Dictionary(pairs, uniquingKeysWith: { _, last in last }))
    }

    public subscript(word: String) -> Value? {
        switch index.index(of: word) {
        case .found(let k): return values[k]
        case .absent: return index.hasASCIIEquivalents ? dictionary[word] : nil
        case .nonASCII: return dictionary[word]
        }
    }

    /// The value of a word given as its bytes, every one of them ASCII: what `self[word]` gives for the
    /// string of those bytes, without making the string first.
    subscript(ascii word: UnsafeBufferPointer<UInt8>) -> Value? {
        switch index.index(of: word) {
        case .found(let k): return values[k]
        case .absent, .nonASCII: return index.hasASCIIEquivalents ? dictionary[String(decoding: word, as: UTF8.self)] : nil
        }
    }

    public func contains(_ word: String) -> Bool { self[word] != nil }

    public var keys: Dictionary<String, Value>.Keys { dictionary.keys }
    public var count: Int { dictionary.count }
    public var isEmpty: Bool { dictionary.isEmpty }
}
