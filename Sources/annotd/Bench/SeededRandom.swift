/// SplitMix64: a tiny, fast generator whose output depends only on its seed, on every platform and Swift
/// version (the standard library's generator is neither seedable nor stable), so a corpus is reproducible.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one item of a corpus (one file), so file k is the same whether 10 or 10,000
    /// files are generated, and files can be generated in any order or in parallel.
    init(seed: UInt64, stream: UInt64) {
        var mix = SeededRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mix.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n without `Int.random(in:using:)`, whose algorithm the standard library may change.
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
