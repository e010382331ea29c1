import Testing
@testable import AnnotationCore

/// Sentences written for these tests: the kind of a name comes from what the text says about it, and a
/// name on a scoreboard is a side.
@Suite struct ActorKindEvidenceTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func kind(of name: String, in s: String) -> ActorKind? {
        mentions(s).first { $0.text == name }?.kind
    }

    @Test func sidesOnAResultsLineAreOrganisations() {
        let text = "Weekend results:\n\nHarrowgate Town 2 Dunmore Vale 1\n\nKestrel Rovers 0 Ashbury 3\n\nClyde 1 Morton 0\n"
        let m = mentions(text)
        #expect(m.map(\.text) == ["Harrowgate Town", "Dunmore Vale", "Kestrel Rovers", "Ashbury", "Clyde", "Morton"])
        #expect(m.allSatisfy { $0.kind == .organization })
    }

    @Test func leagueTableRowsNameClubsEvenWhenTheyLookLikeNames() {
        let text = "Standings:\n\nMarlow Albany 6 4 1 1 11 6 13\n\nReading 6 3 2 1 9 5 11\n"
        #expect(kind(of: "Marlow Albany", in: text) == .organization)
        #expect(kind(of: "Reading", in: text) == .organization)
    }

    @Test func aDatelineIsNoScoreboard() {
        #expect(mentions("GLASGOW 2026-11-29\n\nThe weather was mild.").allSatisfy { $0.kind != .organization })
    }

    @Test func peopleRankedWithTheirScoresStayPeople() {
        let text = "Leading scores:\n\nPeter Alsen 68 70 71\n\nM. Dorrance 69 70 72\n"
        #expect(kind(of: "Peter Alsen", in: text) == .person)
        #expect(kind(of: "M. Dorrance", in: text) == .person)
    }
}

/// The words beside a name say what it is.
@Suite struct ActorContextKindTests {
    func kind(of name: String, in s: String) -> ActorKind? {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions.first { $0.text == name }?.kind
    }

    @Test func anOrganisationNounBeforeTheName() {
        #expect(kind(of: "Quorvane", in: "Orders rose at the engine maker Quorvane last month.") == .organization)
        #expect(kind(of: "Velaro Tribune", in: "The story ran in the newspaper Velaro Tribune on Sunday.") == .organization)
    }

    @Test func staffAndSharesAfterTheName() {
        #expect(kind(of: "Tessaly", in: "The Tessaly striker Ian Moss scored twice.") == .organization)
        #expect(kind(of: "Brenholt", in: "Analysts said Brenholt shares fell by a third.") == .organization)
        #expect(kind(of: "Marvik", in: "It was announced that Marvik's profits had doubled.") == .organization)
    }

    @Test func aPersonMayHaveASpokesmanOnlyWithAPossessive() {
        #expect(kind(of: "Olena Brask", in: "Olena Brask's spokesman said she was resting.") == .person)
    }

    @Test func aPluralAfterTheIsAGroup() {
        #expect(kind(of: "Pilgrims", in: "The result lifted the Pilgrims into third place.") == .organization)
    }

    @Test func twoUnknownWordsAfterTheAreNoPerson() {
        #expect(kind(of: "Vantor Keshal", in: "Readers of the Vantor Keshal daily were told nothing.") != .person)
    }

    @Test func anAgeInAppositionMarksAPerson() {
        #expect(kind(of: "Doran Pelk", in: "Neighbours found Doran Pelk, 43, at home.") == .person)
    }

    @Test func aPronounAfterASpeechVerbMarksAPerson() {
        #expect(kind(of: "Lauris Ostby", in: "Not everyone agreed, and Lauris Ostby said she would appeal.") == .person)
    }
}
