import Testing
@testable import AnnotationCore

/// A name's key read from its bytes is the key its scalars give one by one (`NameKey.addScalar`): the byte
/// path folds ASCII through a table, and must fold it as the scalar path does.
@Suite struct NameKeyTests {
    static func scalarByScalar(_ name: String) -> NameKey {
        var k = NameKey()
        for s in name.unicodeScalars { k.addScalar(s) }
        return k
    }

    @Test func bytesFoldAsScalarsDo() {
        let allASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let names = ["Kim Jong-un", "KIM JONG UN", "O'Brien", "AT&T", "U.S.", "Charter97.org", "F-16s",
                     "Türkiye", "Zoë Ó Súilleabháin", "Łódź 2024", "Procter & Gamble", "北京 Beijing", "", allASCII]
        for name in names {
            let bytes = Array(name.utf8)
            let key = bytes.withUnsafeBufferPointer { buf in
                var k = NameKey()
                k.add(buf, 0..<buf.count)
                return k
            }
            let reference = Self.scalarByScalar(name)
            #expect(key.value == reference.value && key.length == reference.length, "\(name)")
        }
        #expect(NameKey.of("Kim Jong-un") == NameKey.of("KIM JONG UN"))
        #expect(NameKey.of("F16") != NameKey.of("F"))
    }
}
