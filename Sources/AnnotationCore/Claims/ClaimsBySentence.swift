/// The claims of a document grouped by the sentence that holds them, in text order. The identity reader
/// builds it once; the passes that pair claims across sentences (parts of a whole, two accounts of one
/// quantity) look sentences up in it instead of searching the figures again.
struct ClaimsBySentence {
    /// Sentences that hold a claim, in text order.
    private(set) var order: [Int] = []
    /// Indices into the document's figures, per sentence, in text order.
    private(set) var claims = SentenceTable<[Int]>()
    /// The highest sentence filed.
    private var highest = -1

    /// The claims among `figures`, by the sentence each starts in (none for a claim outside every sentence).
    /// The figures come in text order, so a claim is nearly always in its predecessor's sentence or the next
    /// one, and a sentence's claims are one run: each run is filed once, and a sentence is searched for only
    /// when neither holds the claim. (Filing claim by claim asked the table twice per claim, ~740
    /// instructions, and the search cost ~300: a thousand claims are read again on every edit of a large buffer.)
    init(_ figures: [Figure], segmentation: Segmentation) {
        var run: [Int] = [], runSentence = -1
        for i in figures.indices where figures[i].isClaim {
            guard let s = segmentation.sentenceIndex(containing: figures[i].range.lowerBound, near: runSentence) else { continue }
            if s != runSentence {
                file(run, in: runSentence)
                run.removeAll(keepingCapacity: true)
                runSentence = s
            }
            run.append(i)
        }
        file(run, in: runSentence)
    }

    /// Files a sentence's run of claims after any filed before (figures out of text order leave a sentence's
    /// claims in more than one run).
    private mutating func file(_ run: [Int], in s: Int) {
        guard !run.isEmpty else { return }
        // Past every sentence filed so far, a sentence is new without asking the table.
        if highest < s || claims[s] == nil {
            highest = max(highest, s)
            order.append(s)
            claims[s] = Array(run)
        } else {
            claims[s, default: []].append(contentsOf: run)
        }
    }
}
