/// SplitMix64: a seeded generator for tests that build many texts from pieces, so every run reads the same
/// texts and a failure can be replayed.
struct SeededNumbers {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A non-negative number; the next one differs.
    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}
