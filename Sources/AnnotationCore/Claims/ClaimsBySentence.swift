/// The claims of a document grouped by the sentence that holds them, in text order. The identity reader
/// builds it once; the passes that pair claims across sentences (parts of a whole, two accounts of one
/// quantity) look sentences up in it instead of searching the figures again.
struct ClaimsBySentence {
    /// Sentences that hold a claim, in text order.
    private(set) var order: [Int] = []
    /// Indices into the document's figures, per sentence, in text order.
    private(set) var claims = SentenceTable<[Int]>()

    mutating func add(_ figure: Int, sentence s: Int) {
        if claims[s] == nil { order.append(s) }
        claims[s, default: []].append(figure)
    }
}
