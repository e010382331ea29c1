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

    @Test(arguments: ["NL;Norlands", " a ; b;;  ;c ", "\tx\t;\t", "", ";", "  ", "Zürich; Zug", "one; \u{301}two",
                      "x \u{301}; y", "crlf\r\n;z", "tab\t\t", "no separator"])
    func itemsAsCharactersGiveThem(field: String) {
        for separator: Character in [";", "|"] {
            #expect(LexiconParsing.items(field, separator)
                    == field.split(separator: separator, omittingEmptySubsequences: false)
                        .map { $0.trimmingSpaces }.filter { !$0.isEmpty })
        }
    }

    /// `LexiconParsing.lines` as it split and trimmed by characters before it read ASCII lines by bytes.
    static func tableLinesByCharacters(_ data: String) -> [[String]] {
        data.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: " \t")
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return LexiconParsing.fields(line, "|").map { $0.trimmingCharacters(in: " \t") }
        }
    }

    @Test(arguments: [
        "# a comment\nkm, kilometre | length\n\n  mile|length  \n", " a | b |  | c\n\t#not\n#\u{301} mark\n",
        "|\n||\n | \n", "Zürich | city\n é |x\ny | é \n", "space then mark \u{301}| x\n \u{301}lead|y\n",
        "crlf|a\r\nnext|b\r\n", "lone\rcr|x\n", "", "\n\n", "no newline|at end", "  \t  \n#\n", "\u{85}nel|x\n",
    ])
    func tableLinesAsCharactersGiveThem(data: String) {
        #expect(LexiconParsing.lines(data) == Self.tableLinesByCharacters(data))
    }

    /// Every table the figure and cue lexicons read through `LexiconParsing.lines`, whole.
    @Test func theLexiconTablesReadAsByCharacters() {
        let tables = [
            Lexicon.accountNounData, Lexicon.amountNounData, Lexicon.anchorMonthData,
            Lexicon.anchorPrepositionData, Lexicon.anchorWeekdayData, Lexicon.cardinalData,
            Lexicon.changeDeterminersData, Lexicon.changeWordsData, Lexicon.contrastComparativeData,
            Lexicon.deicticTimeData, Lexicon.differenceWordsData, Lexicon.durationUnitData,
            Lexicon.genericNewsWordsData, Lexicon.measureWordData, Lexicon.monthData, Lexicon.ordinalWordData,
            Lexicon.perUnitIntroducersData, Lexicon.periodDeterminerData, Lexicon.periodNounData,
            Lexicon.periodOrChangeNounData, Lexicon.presentationNounData, Lexicon.qualifierData,
            Lexicon.quarterOrdinalData, Lexicon.ratePeriodData, Lexicon.reportingVerbData,
            Lexicon.ruinNounData, Lexicon.scaleData, Lexicon.sourceDocumentData, Lexicon.sourcePrepositionData,
            Lexicon.targetWordsData, Lexicon.unitClassData, Lexicon.vaguePhraseData, Lexicon.vagueSubjectData,
            Lexicon.valuedNounData, Lexicon.valuingVerbData, Lexicon.weekdayData
        ]
        for data in tables { #expect(LexiconParsing.lines(data) == Self.tableLinesByCharacters(data)) }
    }
}
