import Testing
@testable import AnnotationCore

/// `CommonAffix.prefix` and `suffix` compare blocks of bytes before single bytes; they must give what a
/// byte-by-byte walk gives, wherever the first difference falls relative to a block.
@Suite struct CommonAffixTests {
    static func naivePrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        return i
    }

    static func naiveSuffix(_ a: [UInt8], _ b: [UInt8], notBefore prefix: Int) -> Int {
        var i = 0
        while i < min(a.count, b.count) - prefix, a[a.count - 1 - i] == b[b.count - 1 - i] { i += 1 }
        return i
    }

    @Test func blocksAndBytesAgreeWithAWalk() {
        var state: UInt64 = 19
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        for _ in 0..<2_000 {
            let shared = (0..<next(400)).map { _ in UInt8(next(3)) }
            let head = (0..<next(200)).map { _ in UInt8(next(3)) }
            let tail = (0..<next(200)).map { _ in UInt8(next(3)) }
            let a = head + (0..<next(5)).map { _ in UInt8(7) } + shared + tail
            let b = head + (0..<next(5)).map { _ in UInt8(9) } + shared + tail
            let prefix = CommonAffix.prefix(a, b)
            #expect(prefix == Self.naivePrefix(a, b))
            #expect(CommonAffix.suffix(a, b, notBefore: prefix) == Self.naiveSuffix(a, b, notBefore: prefix))
        }
    }
}
