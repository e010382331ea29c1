import Foundation
import Testing
@testable import AnnotationCore

/// The lexicons load faster (issue 19) into the same tables: the fold of Latin letters (now kept as data)
/// and the keys of a one-word-per-line list are compared with the readings they replace.
@Suite struct LexiconLoadingTests {
    /// The fold as it was built before, with Foundation's search for "LETTER " in each scalar's name.
    static func latinFoldByFoundation() -> [UInt32: UInt8] {
        func base(_ s: Unicode.Scalar) -> Unicode.Scalar? {
            guard let name = s.properties.name, name.hasPrefix("LATIN "), let r = name.range(of: "LETTER ") else { return nil }
            let letter = name[r.upperBound...].split(separator: " ").first ?? ""
            guard letter.count == 1, let c = letter.unicodeScalars.first, c.value < 0x80 else { return nil }
            return c
        }
        var table: [UInt32: UInt8] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { continue }
            guard let first = s.properties.lowercaseMapping.unicodeScalars.first,
                  first.properties.canonicalCombiningClass == .notReordered, let b = base(first), b.value < 0x80 else { continue }
            table[v] = UInt8(b.value) | 0x20
        }
        table[0xDF] = UInt8(ascii: "s"); table[0xD8] = UInt8(ascii: "o"); table[0xF8] = UInt8(ascii: "o")
        table[0x141] = UInt8(ascii: "l"); table[0x142] = UInt8(ascii: "l"); table[0x110] = UInt8(ascii: "d"); table[0x111] = UInt8(ascii: "d")
        return table
    }

    @Test func theLatinFoldIsTheOneTheScalarNamesGive() {
        var fold: [UInt32: UInt8] = [:]
        for v in UInt32(0)...UInt32(0x2FF) { fold[v] = LatinLetters.base(of: v) }
        #expect(fold == Self.latinFoldByFoundation())
        #expect(fold[0xE9] == UInt8(ascii: "e"))   // é
        #expect(fold[0x1D6] == UInt8(ascii: "u"))  // ǖ
        #expect(fold.count > 250)
    }

    @Test func aListsKeysAreItsLinesKeys() {
        let list = "Apple\nbanana split\n\n  \nCafé\nKIM JONG-UN\r\nnaïve\n---\nlast"
        // Lines end at each line feed byte (a CR LF's CR is no letter, and so no part of a key).
        let expected = list.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { NameKey.of(String(decoding: $0, as: UTF8.self)) }
            .filter { $0 != NameKey.of("") }
        let keys = ActorLexicon.lineKeys(list)
        for k in expected { #expect(keys.contains(k)) }
        #expect(keys.count == Set(expected).count)
        #expect(!keys.contains(NameKey.of("")))
    }
}
