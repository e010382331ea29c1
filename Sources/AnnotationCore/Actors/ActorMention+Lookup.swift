/// Mentions are kept in text order, so the ones in a range are found by bisection: the passes that ask
/// per figure, per cue or per paragraph stay linear in the document instead of scanning every mention.
extension Array where Element == ActorMention {
    /// The mentions that start inside `range`, in text order.
    func starting(in range: Range<Int>) -> ArraySlice<ActorMention> {
        self[firstIndex(startingAtOrAfter: range.lowerBound)..<firstIndex(startingAtOrAfter: range.upperBound)]
    }

    /// Bisection reading each probed mention's start in place: through `partitioningIndex`, every probe
    /// copied a mention (retaining its two strings), and the passes ask this thousands of times per edit.
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        withUnsafeBufferPointer { b in
            var lo = 0, hi = b.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if b[mid].range.lowerBound >= offset { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
    }
}
