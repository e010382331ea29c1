/// The words of the sentence before a claim's in its paragraph, read when a claim's reading first asks for
/// them: only a clause whose subject is "it" does (`AmountNoun`), and reading the sentence before every
/// claim sentence cost more than all such clauses.
final class PreviousWords {
    private var read: (() -> [SentenceWord])?
    private var kept: [SentenceWord] = []

    /// Words already read.
    init(_ words: [SentenceWord]) {
        kept = words
    }

    /// Words to be read by `read`, once, when first asked for.
    init(_ read: @escaping () -> [SentenceWord]) {
        self.read = read
    }

    var words: [SentenceWord] {
        if let read {
            kept = read()
            self.read = nil
        }
        return kept
    }
}
