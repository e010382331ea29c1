extension Set {
    /// `formUnion`, walking the smaller of the two sets: `formUnion` inserts every member of its argument,
    /// and an edit that changes a common name unions the thousands of files naming it into sets of a few,
    /// several times on its way to the diagnostics.
    public mutating func absorb(_ other: Set<Element>) {
        guard other.count > count else { return formUnion(other) }
        var larger = other
        larger.formUnion(self)
        self = larger
    }
}
