import Testing
@testable import AnnotationCore

/// Which mentions count as spellings of a full name (`actor-variant`): two or more words, not all capitals.
/// ASCII names are read from their bytes; they must be judged as the same names written with non-ASCII
/// letters or hyphens are.
@Suite struct SpellingFormTests {
    @Test func fullNamesAreTwoWordsNotAllCapitals() {
        let cases: [(String, Bool)] = [
            ("Kim Jong-un", true), ("Jean-Luc", true), ("Marta Kowalczyk", true), ("Putin", false),
            ("KIM JONG UN", false), ("US-EU", false), ("de Gaulle", true), ("Kim Jong\u{2010}un", true),
            ("Łukasz Nowak", true), ("ŁUKASZ NOWAK", false), ("Zoë", false), ("", false), ("A b", true),
            // Decided before the first non-ASCII letter, or only by it.
            ("Anna Müller", true), ("ANNA MÜLLER", false), ("ANNA Mé", true), ("AB-Ö", false), ("Ab\u{2010}Cd", true),
        ]
        for (name, full) in cases { #expect(SpellingForm.isFullName(name) == full, "\(name)") }
    }
}
