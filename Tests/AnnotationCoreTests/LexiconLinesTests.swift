import Testing
@testable import AnnotationCore

/// The lexicon line reader (issue 19) splits and trims by bytes: it must give what splitting by newline
/// characters and trimming space and tab characters gives.
@Suite struct LexiconLinesTests {
    static func byCharacters(_ data: String) -> [String] {
        data.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    @Test(arguments: [
        "Norland|state\nEstland|state\n", "  padded  \n\tTabbed\t\n\n\n", "crlf\r\nlines\r\n", "no newline at end",
        "Zürich|city\nSão Tomé\n", "space then mark \u{301}\n \u{301}lead\n", "\u{600} trailing after prepend \u{600} \n",
        "vt\u{0B}ff\u{0C}nel\u{85}ls\u{2028}ps\u{2029}end", "", "\n", "   \n\t\n", "é  \n  é", "a\u{301} \n",
    ])
    func linesAsCharactersGiveThem(data: String) {
        #expect(ActorLexicon.lines(data) == Self.byCharacters(data))
    }

    @Test(arguments: ["Norland|state|NL;Norlands|Vell|Norlandic", "a||b|", "|", "", "Zürich|city", "one|\u{301}two",
                      "x ; y;;z", "no separator"])
    func fieldsAsCharactersGiveThem(line: String) {
        for separator: Character in ["|", ";"] {
            #expect(LexiconParsing.fields(line, separator)
                    == line.split(separator: separator, omittingEmptySubsequences: false).map(String.init))
        }
    }
}
