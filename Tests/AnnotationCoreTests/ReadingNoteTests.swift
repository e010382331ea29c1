import Foundation
import Testing
@testable import AnnotationCore

/// The note an unsourced figure's message adds ("“nearly 6 million rounds” (5.1 to 6 million rounds) has no
/// source…") is read from the bytes of ASCII text (issue 19): it must be the note the characters give.
@Suite struct ReadingNoteTests {
    /// The note as read by characters, with Foundation's trim.
    static func byCharacters(reading: String, text: String) -> String {
        guard reading.lowercased().hasPrefix(text.lowercased()) else { return " (\(reading))" }
        let rest = reading.dropFirst(text.count).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return "" }
        return rest.hasPrefix("(") ? " " + rest : " (\(reading))"
    }

    @Test func theNotesOwnCases() {
        #expect(FigureRules.readingNote(reading: "about 6 million rounds", text: "nearly 6 million rounds") == " (about 6 million rounds)")
        #expect(FigureRules.readingNote(reading: "40 percent", text: "40 Percent") == "")
        #expect(FigureRules.readingNote(reading: "12 tanks (a day)", text: "12 tanks") == " (a day)")
        #expect(FigureRules.readingNote(reading: "12 tanks a day", text: "12 tanks") == " (12 tanks a day)")
    }

    @Test func bytesReadAsCharactersDo() {
        let pieces = ["12", " ", "  ", "\t", "tanks", "Tanks", "(", ")", "(a day)", "a", "million", "MILLION", "\n", "\r\n",
                      "é", "É", "\u{00A0}", "ß", "—", "5.1 to 6"]
        var numbers = SeededNumbers()
        func next(_ n: Int) -> Int { numbers.next() % n }
        var empty = 0, bracketed = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined()
            // Usually the reading starts with the text as written, or in other case.
            let start = next(3) == 0 ? text.uppercased() : next(4) == 0 ? pieces[next(pieces.count)] : text
            let reading = start + (0..<next(4)).map { _ in pieces[next(pieces.count)] }.joined()
            let note = FigureRules.readingNote(reading: reading, text: text)
            #expect(note == Self.byCharacters(reading: reading, text: text), "\(reading.debugDescription) \(text.debugDescription)")
            if note.isEmpty { empty += 1 } else if note.hasPrefix(" (") && note != " (\(reading))" { bracketed += 1 }
        }
        #expect(empty > 1_000 && bracketed > 100)
    }
}
