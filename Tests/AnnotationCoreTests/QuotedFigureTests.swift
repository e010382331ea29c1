import Testing
@testable import AnnotationCore

/// Whether a short quotation quotes a figure is read from the bytes of an ASCII quotation (issue 19): the
/// answer must be the one the reading by characters gives, and the rule's own cases must hold.
@Suite struct QuotedFigureTests {
    static func bytesSay(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { SpeechStructure.quotesFigure($0, 0..<$0.count) }
    }

    @Test func theRuleItself() {
        #expect(Self.bytesSay("47 percent"))
        #expect(Self.bytesSay("a $25 billion mistake"))
        #expect(Self.bytesSay("half a MILLION"))
        #expect(Self.bytesSay("dozens of them"))
        // Titles: every word capitalised, a number or a small word.
        #expect(!Self.bytesSay("Fight for 15"))
        #expect(!Self.bytesSay("24"))
        #expect(!Self.bytesSay("Billions"))
        #expect(!Self.bytesSay("The Hundred and One"))
        // No figure at all.
        #expect(!Self.bytesSay("a disgrace"))
        #expect(!Self.bytesSay(""))
    }

    @Test func quotationsReadByBytesAsTheCharactersDo() {
        let pieces = ["a", "A", "of", "the", "To", "for", "7", "15", "x.", ".", "..", " ", ",", "-", "$", "\r\n", "\t",
                      "million", "Million", "PERCENT", "dozen", "hundreds", "thousandth", "billion", "tRiLlIoN",
                      "in", "on", "an", "and", "And", "Fight", "'", "?", "3.5", "e", "“", "”", "‘", "’", "«", "»", "–", "—",
                      "…", "\u{00A0}"]
        var numbers = SeededNumbers()
        func next(_ n: Int) -> Int { numbers.next() % n }
        var figures = 0, titles = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(6))).map { _ in pieces[next(pieces.count)] }.joined(separator: next(2) == 0 ? " " : "")
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { SpeechStructure.readsByBytes($0) })
            let fast = bytes.withUnsafeBufferPointer { SpeechStructure.quotesFigureByBytes($0) }
            #expect(fast == SpeechStructure.quotesFigure(text), "\(text)")
            if fast { figures += 1 } else if text.utf8.contains(where: Bytes.isDigit) { titles += 1 }
        }
        // Both answers are common among the generated quotations.
        #expect(figures > 2_000 && titles > 2_000)
    }

    @Test func otherTextReadByCharacters() {
        // Letters and other characters outside ASCII: read by characters, as before.
        for text in ["Über 15", "café 15", "e\u{301} 15", "１５", "15 €"] {
            #expect(!Array(text.utf8).withUnsafeBufferPointer { SpeechStructure.readsByBytes($0) }, "\(text)")
        }
        #expect(Self.bytesSay("“47 per cent”, un million d’euros"))
        #expect(!Self.bytesSay("Über 15"))
        #expect(Self.bytesSay("über 15"))
    }
}
