#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many bytes two versions of a text share at their start and at their end: what an edit left as it
/// was. Blocks of bytes are compared before single bytes: an edit of a 100 KB buffer leaves most of it.
public enum CommonAffix {
    /// How many bytes two texts share from their start.
    public static func prefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let n = min(x.count, y.count)
                var i = 0
                while i + block <= n, memcmp(x.baseAddress! + i, y.baseAddress! + i, block) == 0 { i += block }
                while i < n, x[i] == y[i] { i += 1 }
                return i
            }
        }
    }

    /// How many bytes two texts share at their end, not counting into the first `prefix` bytes of either.
    public static func suffix(_ a: [UInt8], _ b: [UInt8], notBefore prefix: Int) -> Int {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let n = min(x.count, y.count) - prefix
                var i = 0
                while i + block <= n, memcmp(x.baseAddress! + x.count - i - block, y.baseAddress! + y.count - i - block, block) == 0 {
                    i += block
                }
                while i < n, x[x.count - 1 - i] == y[y.count - 1 - i] { i += 1 }
                return i
            }
        }
    }

    /// How many bytes `prefix` and `suffix` compare at once before comparing byte by byte.
    static let block = 64
}
