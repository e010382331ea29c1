/// A hash that is the same on every run, machine and Swift version (Swift's `Hasher` is seeded per
/// process, so it cannot be used for fingerprints that code scanning compares across commits).
enum StableHash {
    /// Two 64-bit FNV-1a hashes with different offsets, as 32 hex digits: collisions between findings of
    /// one repository are negligible, and no crypto library is needed.
    static func hex(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return pad(String(a, radix: 16)) + pad(String(b, radix: 16))
    }

    private static func pad(_ s: String) -> String { String(repeating: "0", count: 16 - s.count) + s }
}
