import Testing
@testable import AnnotationCore

/// Sentences written for these tests: words with capitals that name no actor, and names the lists know.
@Suite struct ActorNotActorTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    @Test func contractionsAreNeverNames() {
        let m = mentions("“They’re late,” said Oskar Lindahl. “We’ve waited and I'm tired.”")
        #expect(m.map(\.text) == ["Oskar Lindahl"])
    }

    @Test func stateAbbreviationsAndPartyLabelsAreNoActors() {
        let m = mentions("The bill was filed by Rep. Dana Keller (R-Fla.) in Tampa, Fla., on Monday.")
        #expect(m.map(\.text) == ["Dana Keller"])
        #expect(m.first?.kind == .person)
    }

    @Test func hyphenatedCommonWordsAreNoNames() {
        #expect(mentions("Voters in Democratic-leaning suburbs wore Anti-Tax T-shirts.").isEmpty)
    }

    @Test func headlineCapitalsOfOrdinaryWordsAreNoOrganisations() {
        #expect(mentions("ABSTRACT\n\nThe committee met twice.").isEmpty)
    }

    @Test func measuresAndTimeZonesAreNoActors() {
        #expect(mentions("The vote closes at 9pm GMT, and GDP data follows.").isEmpty)
    }

    @Test func aLoneTitleWordNamesNoOne() {
        #expect(mentions("The statement came from Former Senate aides.").allSatisfy { $0.text != "Former" })
    }

    @Test func aLoneOrdinaryWordWithACapitalIsNoActor() {
        #expect(mentions("They campaigned on Freedom and Partnership all summer.").isEmpty)
    }

    @Test func aLoneGivenNameIsAPerson() {
        #expect(mentions("Critics said Hillary had not answered.").first?.kind == .person)
    }

    @Test func partiesByTheirMembersAndAdjectivesAsLabels() {
        let m = mentions("Republicans blocked the plan, and Democratic senator Ana Roe objected.")
        #expect(m.map(\.name) == ["Republican Party", "Ana Roe"])
        #expect(m.map(\.kind) == [.organization, .person])
    }

    @Test func wellKnownCompaniesAreOrganisations() {
        let m = mentions("Shares of Siemens and Unilever rose while Gazprom fell.")
        #expect(m.map(\.kind) == [.organization, .organization, .organization])
    }

    @Test func theHouseIsTheLegislature() {
        #expect(mentions("The measure passed the House on Tuesday.").first?.kind == .organization)
    }
}

/// Names that open with a word the lists know in another sense.
@Suite struct ActorSpanTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    @Test func aCountryThatIsAlsoAGivenNameOpensAPersonsName() {
        let m = mentions("The list included Chad Vorhees and others.")
        #expect(m.map(\.text) == ["Chad Vorhees"])
        #expect(m.first?.kind == .person)
    }

    @Test func aPressSecretaryIsAPersonAndTheSeatStaysApart() {
        let m = mentions("said White House Press Secretary Dana Pirelli on Monday.")
        #expect(m.last?.text == "Dana Pirelli")
        #expect(m.last?.kind == .person)
    }

    @Test func anAttorneysTitleIsStrippedFromTheName() {
        let m = mentions("The filing was signed by Assistant U.S. Attorney Nora K. Vale on Friday.")
        #expect(m.last?.text == "Nora K. Vale")
        #expect(m.last?.kind == .person)
    }

    @Test func aLoneCapitalLetterIsNoName() {
        #expect(mentions("We will compare X, Y and Z before the vote.").isEmpty)
    }

    @Test func aFamilyByItsPluralIsNoOrganisation() {
        let m = mentions("Neighbours said the Harrowbys had moved away.")
        #expect(m.allSatisfy { $0.kind != .organization })
    }
}

/// Labels, people words, events and lists of names.
@Suite struct ActorLabelTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    @Test func aPartyLetterWithADottedStateIsALabel() {
        let m = mentions("“We will see,” said Sen. Mara Quill, R-S.C., after the vote.")
        #expect(m.map(\.text) == ["Mara Quill"])
    }

    @Test func thePeopleOfAPlaceAreNoActor() {
        #expect(mentions("More than 5,000 Iowans and Californians voted early.").isEmpty)
    }

    @Test func whatABodyHoldsIsAnEvent() {
        #expect(mentions("Delegates flew in for the Harbour Party Convention on Friday.").isEmpty)
    }

    @Test func aTownWithItsStateIsAPlace() {
        #expect(mentions("She lives in Harlowe, Colo., and works nights.").isEmpty)
        #expect(mentions("HARLOWE, Colo., Jan. 3 — Snow fell overnight.").isEmpty)
    }

    @Test func aCapitalisedTheInsideASentenceOpensAPublication() {
        // Without its article the name would be a common word, so the article stays in it.
        let m = mentions("According to The Lantern, the vote was close.")
        #expect(m.map(\.text) == ["The Lantern"])
        #expect(m.first?.kind == .organization)
    }

    @Test func aListOfPeopleIsReadAsProseNotAsAHeadline() {
        let m = mentions("Guests: Peter Vossberg, Bill Tarrant, Grace Holm, Ivy Lindqvist.")
        #expect(m.map(\.text) == ["Peter Vossberg", "Bill Tarrant", "Grace Holm", "Ivy Lindqvist"])
        // "Ivy" is also a word, so nothing says that name is a person's.
        #expect(m.prefix(3).allSatisfy { $0.kind == .person })
    }
}
