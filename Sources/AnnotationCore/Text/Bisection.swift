/// Bisection over anything kept in order (mentions by offset, claims by interval end): the first index whose
/// element satisfies `predicate`, for a predicate that is false and then true along the collection; `count`
/// (the end) when no element does.
extension Array {
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
