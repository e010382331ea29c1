/// Mentions are kept in text order, so the ones in a range are found by bisection: the passes that ask
/// per figure, per cue or per paragraph stay linear in the document instead of scanning every mention.
extension Array where Element == ActorMention {
    /// The mentions that start inside `range`, in text order.
    func starting(in range: Range<Int>) -> ArraySlice<ActorMention> {
        self[firstIndex(startingAtOrAfter: range.lowerBound)..<firstIndex(startingAtOrAfter: range.upperBound)]
    }

    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        partitioningIndex { $0.range.lowerBound >= offset }
    }
}
