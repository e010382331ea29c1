import Testing
@testable import AnnotationCore

/// Hyphenated number words ("twenty-five", "twenty-hour", "forty-two-year") are read only when their first
/// part is a cardinal (issue 19 asks that first, from the bytes): the readings must be those of the split.
@Suite struct HyphenatedCardinalTests {
    static func parser(_ body: (FigureParser) -> Void) {
        let bytes = Array("x".utf8)
        bytes.withUnsafeBufferPointer { buf in body(FigureParser(tokens: [], lex: FigureLexicon.shared, text: buf, furniture: false)) }
    }

    /// The readings as they were: split first, then look the parts up.
    static func hyphenatedBySplit(_ w: String) -> Double? {
        let c = FigureLexicon.shared.cardinals
        guard w.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = w.split(separator: "-")
        guard parts.count == 2, let tens = c[String(parts[0])], let ones = c[String(parts[1])], tens >= 20, ones < 10 else { return nil }
        return tens + ones
    }

    static func compoundBySplit(_ w: String) -> (Double, String)? {
        let c = FigureLexicon.shared.cardinals
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if parts.count >= 3, let n = c[parts[0] + "-" + parts[1]] ?? hyphenatedBySplit(parts[0] + "-" + parts[1]) {
            return (n, parts[2...].joined(separator: "-"))
        }
        guard let n = c[parts[0]] else { return nil }
        return (n, parts[1...].joined(separator: "-"))
    }

    @Test func readingsAreTheSplitsReadings() {
        let pieces = ["twenty", "five", "forty", "two", "year", "old", "hour", "so", "called", "right", "wing", "one",
                      "eleven", "ninety", "nine", "é", "twenty\u{301}", "", "mid", "a", "hundred"]
        var read = 0
        Self.parser { p in
            for a in pieces { for b in pieces { for c in ["", "-year", "-old", "-", "-nine-"] {
                for w in [a + "-" + b + c, "-" + a + "-" + b + c, a + b + c] {
                    #expect(p.hyphenatedCardinal(w) == Self.hyphenatedBySplit(w), "\(w)")
                    let new = p.cardinalCompound(w), old = Self.compoundBySplit(w)
                    #expect(new?.0 == old?.0 && new?.1 == old?.1, "\(w)")
                    if new != nil { read += 1 }
                }
            } } }
        }
        #expect(read > 300)
    }

    @Test func sentences() {
        Self.parser { p in
            #expect(p.hyphenatedCardinal("twenty-five") == 25)
            #expect(p.hyphenatedCardinal("so-called") == nil)
            #expect(p.cardinalCompound("twenty-five-year")?.0 == 25)
            #expect(p.cardinalCompound("twenty-five-year")?.1 == "year")
            #expect(p.cardinalCompound("twenty-hour")?.1 == "hour")
            #expect(p.cardinalCompound("right-wing") == nil)
        }
    }
}
