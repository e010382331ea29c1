import Foundation
import Testing
@testable import AnnotationCore

/// A file's bytes are kept as they are when they are well-formed UTF-8 (issue 19): that test must accept
/// exactly the bytes decoding leaves unchanged, and the text must be the one decoding gives.
@Suite struct UTF8ValidationTests {
    static func decodingKeeps(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    static func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    @Test func everyShortSequenceIsJudgedAsDecodingJudgesIt() {
        // Every one- and two-byte sequence, and every lead byte with each boundary of the continuation
        // ranges (overlongs, surrogates, past U+10FFFF, cut short), at the end and in the middle of ASCII.
        var checked = 0
        for a in 0...255 {
            for b in 0...255 {
                let pair = [UInt8(a), UInt8(b)]
                #expect(Self.valid(pair) == Self.decodingKeeps(pair), "\(pair)")
                let padded = Array("abcdefgh".utf8) + pair + Array("ijklmnop".utf8)
                #expect(Self.valid(padded) == Self.decodingKeeps(padded), "\(padded)")
                checked += 2
            }
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in UInt8(0xC0)...UInt8(0xFF) {
            for b in edges { for c in edges { for d in edges {
                let seq = [lead, b, c, d]
                #expect(Self.valid(seq) == Self.decodingKeeps(seq), "\(seq)")
                #expect(Self.valid(Array(seq.prefix(3))) == Self.decodingKeeps(Array(seq.prefix(3))), "\(seq)")
                checked += 2
            } } }
        }
        #expect(checked > 200_000)
    }

    @Test func randomTextOfEveryKind() {
        var numbers = SeededNumbers()
        func next(_ n: Int) -> Int { numbers.next() % n }
        let good: [[UInt8]] = ["a", "Zürich", "“quoted”", "—", "日本", "😀", "\r\n", "abcdefghijk", "\u{FEFF}"].map { Array($0.utf8) }
        let bad: [[UInt8]] = [[0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC0, 0xAF]]
        var invalid = 0
        for _ in 0..<20_000 {
            // One piece in eight is a broken sequence.
            let bytes = (0..<(1 + next(12))).flatMap { _ in next(8) == 0 ? bad[next(bad.count)] : good[next(good.count)] }
            #expect(Self.valid(bytes) == Self.decodingKeeps(bytes), "\(bytes)")
            #expect(SourceText(decoding: Data(bytes)).bytes == SourceText(String(decoding: bytes, as: UTF8.self)).bytes, "\(bytes)")
            if !Self.valid(bytes) { invalid += 1 }
        }
        #expect(invalid > 5_000 && invalid < 15_000)
    }

    @Test func aFileOpeningWithAByteOrderMarkLosesIt() {
        #expect(SourceText(decoding: Data([0xEF, 0xBB, 0xBF] + Array("Hi “there”".utf8))).bytes == Array("Hi “there”".utf8))
        #expect(SourceText(decoding: Data([0xEF, 0xBB, 0xBF])).bytes == [])
        #expect(SourceText(decoding: Data([0xEF, 0xBB])).bytes == Array("\u{FFFD}".utf8))
        #expect(SourceText(decoding: [UInt8](Array("ok".utf8))).bytes == Array("ok".utf8))
    }
}
