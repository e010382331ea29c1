/// A run of capitalised words that may name one actor, or several side by side ("EU Farm Commissioner
/// Franz Fischler"). Each element is a plain word, a gazetteer phrase, or glue (a particle or connector)
/// that holds the words around it together.
struct NameSequence {
    enum Element {
        case word(Int)
        case phrase(ActorLexicon.Entry, Range<Int>)
        case glue(Int)

        var tokens: Range<Int> {
            switch self {
            case .word(let i), .glue(let i): return i..<(i + 1)
            case .phrase(_, let r): return r
            }
        }
        var isGlue: Bool { if case .glue = self { return true }; return false }
        var word: Int? { if case .word(let i) = self { return i }; return nil }
        var phrase: ActorLexicon.Entry? { if case .phrase(let e, _) = self { return e }; return nil }
    }

    var elements: [Element]

    var tokens: Range<Int> { (elements.first?.tokens.lowerBound ?? 0)..<(elements.last?.tokens.upperBound ?? 0) }

    /// The elements without glue at either end.
    func trimmed(_ r: Range<Int>) -> ArraySlice<Element> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, elements[lo].isGlue { lo += 1 }
        while hi > lo, elements[hi - 1].isGlue { hi -= 1 }
        return elements[lo..<hi]
    }
}
