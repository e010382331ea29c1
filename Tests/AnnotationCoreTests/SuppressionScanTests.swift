import Testing
@testable import AnnotationCore

/// `Suppression.scan` finds its directives with a skipping search (issue 19): it must find every one a
/// byte-by-byte scan finds, in any case, at any distance from the text's ends, and next to bytes that
/// share the pattern's letters.
@Suite struct SuppressionScanTests {
    /// Every place "annotd-disable-" starts (without case), up to `last`: the plain scan the search replaced.
    static func plainPlaces(_ bytes: [UInt8], last: Int) -> [Int] {
        bytes.withUnsafeBufferPointer { buf in
            (0..<max(0, last + 1)).filter { Bytes.matchesIgnoringCase(buf, $0, Suppression.prefix) }
        }
    }

    static func searchedPlaces(_ bytes: [UInt8], last: Int) -> [Int] {
        bytes.withUnsafeBufferPointer { buf in
            var out: [Int] = []
            var i = 0
            while let k = Suppression.nextDirective(buf, from: i, last: last) {
                out.append(k)
                i = k + 1
            }
            return out
        }
    }

    @Test func searchFindsWhatThePlainScanFinds() {
        let pieces = ["annotd-disable-line", "ANNOTD-DISABLE-NEXT-LINE", "Annotd-Disable-", "annotd-disabl",
                      "nnotd-disable-", "aannotd-disable-line", "-", "d", "e", " ", "a", "\n", "\r", "<!-- ", " -->",
                      "The toll rose to 29.", "élan", "annotd-disable-annotd-disable-line"]
        var numbers = SeededNumbers()
        for _ in 0..<400 {
            let count = numbers.next() % 13
            let text = (0..<count).map { _ in pieces[numbers.next() % pieces.count] }.joined()
            let bytes = Array(text.utf8)
            for last in [bytes.count - 19, bytes.count - Suppression.prefix.count] {
                #expect(Self.searchedPlaces(bytes, last: last) == Self.plainPlaces(bytes, last: last), "\(text)")
            }
        }
    }

    @Test func directivesAreFoundWhereverTheyStand() {
        let text = "Sales rose 4%. <!-- annotd-disable-line unsourced-figure -->\nANNOTD-DISABLE-NEXT-LINE\nIt fell 2%."
        let found = Suppression.scan(SourceText(text))
        #expect(found.map(\.targetLine) == [0, 2])
        #expect(found.first?.codes == ["unsourced-figure"])
    }
}
