import Testing
@testable import AnnotationCore

/// Sentences written for these tests: the words right around a name say what it is — a number word making
/// a craft, a plural of people "of" a state making an association, a role held "of" something, a name used
/// as a modifier after "a", a family, a body "called" something, a title's remit after "for".
@Suite struct NameContextTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func texts(_ s: String) -> [String] { mentions(s).map(\.text) }

    func kind(of name: String, in s: String) -> ActorKind? {
        mentions(s).first { $0.text == name }?.kind
    }

    @Test func aNumberWordAfterANameMakesACraft() {
        let m = texts("The president flew on Air Force One to Ohio, and Wen Hollis followed.")
        #expect(!m.contains { $0.contains("Air Force") })
        #expect(m.contains("Wen Hollis"))
        #expect(texts("The Air Force said the drill was over.").contains("Air Force"))
    }

    @Test func aPluralOfPeopleOfAStateIsAnAssociation() {
        let m = mentions("The Tile Setters of America backed the plan.")
        #expect(m.map(\.text) == ["Tile Setters of America"])
        #expect(m.first?.kind == .organization)
    }

    @Test func aRoleHeldOfSomethingIsAPersons() {
        #expect(kind(of: "Dana Whitlow", in: "Dana Whitlow, publisher of The Ledger, agreed.") == .person)
        #expect(kind(of: "Corvane", in: "Corvane, a publisher of textbooks, agreed.") == .organization)
    }

    @Test func aNameModifyingANounAfterAIsNoPerson() {
        #expect(kind(of: "Vesta Cove", in: "She hired a Vesta Cove lawyer.") != .person)
        #expect(kind(of: "Ruth Bader", in: "She hired a Ruth Bader clerk.") == .person)
    }

    @Test func aSurnameBeforeFamilyNamesTheFamilyNotAMember() {
        let m = mentions("Tom Vesk answered the Vesk family's criticism. Later, Lara Vesk spoke.")
        let family = m.first { $0.text == "Vesk" }
        #expect(family?.kind == .person)
        #expect(family?.name == "Vesk", "not joined to one member")
    }

    @Test func aBodyCalledSomethingIsAnOrganisation() {
        #expect(kind(of: "Quorvex Analytica", in: "They paid a company called Quorvex Analytica for the work.") == .organization)
        #expect(kind(of: "Tobin Marks", in: "They met a man called Tobin Marks.") != .organization)
    }

    @Test func aTitlesRemitAfterForIsNoName() {
        let m = texts("The Assistant Foreign Minister for Consular Affairs, Sami Hadad, confirmed it.")
        #expect(m == ["Sami Hadad"])
    }

    @Test func aSeatBeforeANounOfARaceIsTheOfficeSought() {
        #expect(!texts("He expected his White House bid to draw scrutiny.").contains("White House"))
        #expect(texts("The White House said the talks would resume.").contains("White House"))
    }

    @Test func aListedNameIsNotSpelledBySplittingItIntoWords() {
        let m = mentions("Why I Ran For Office.\n\nIran said it would talk.\n")
        #expect(m.map(\.name) == ["Iran"], "the headline's 'I Ran' is no spelling of Iran")
        #expect(kind(of: "Al Qaeda", in: "Officials blamed Al Qaeda for the attack.") == .organization)
    }

    @Test func aSurnameAfterTheStaysThePersonsWhenTheDocumentNamesThem() {
        let m = mentions("Bernie Sanders spoke.\n\nShe was sick of the Sanders campaign lying about her.\n\nThe Sanders campaign responded Friday.\n")
        #expect(m.count == 3)
        #expect(m.allSatisfy { $0.name == "Bernie Sanders" && $0.kind == .person })
    }

    @Test func theSeatSoughtIsTheOffice() {
        #expect(!texts("All the candidates seeking the White House met in Ames.").contains("White House"))
        #expect(!texts("A good jobs report could help the party keep the White House.").contains("White House"))
        #expect(!texts("The White House hopeful spoke in Ames.").contains("White House"))
    }

    @Test func aSeatAfterTheSentencesOpeningInIsWhereThingsHappen() {
        #expect(texts("In Prague, the index fell.") == [])
        #expect(texts("Prague said the talks would resume.") == ["Prague"])
    }

    @Test func aCourtsTitleWordsKeepTheStateInTheTitle() {
        #expect(texts("U.S. District Magistrate Judge Dale Brist ruled.") == ["Dale Brist"])
    }

    @Test func aCityBeforeANewsroomIsWhereTheNewsroomIs() {
        #expect(texts("-- Sydney Newsroom 61-2 5550-1800\n") == [])
        #expect(texts("-- Paris newsroom +33 1 5550 5432\n") == [])
        #expect(texts("The Census Bureau said the count rose.").contains("Census Bureau"))
    }

    @Test func aPlaceAndAnISODateAloneOnALineAreADateline() {
        #expect(texts("INGOLSTADT 2026-08-29\n\nThe talks ended.\n") == [])
        #expect(texts("STUTTGART , Germany 2026-08-22\n\nThe talks ended.\n") == [])
    }

    @Test func aNameAfterTheCapitalOfIsAPlace() {
        #expect(texts("Troops stormed the capital of Vardonia.") == [])
    }

    @Test func aStatesPostalCodeInCapitalsIsAPlace() {
        #expect(texts("Crowds filled the hall at Trump's AZ rally.") == ["Trump"])
        #expect(texts("State : TX\n") == [])
    }

    @Test func aTablesTotalRowIsNoSide() {
        #expect(texts("Total 3,684 3,292 7,011\n") == [])
        #expect(texts("Kestrel Rovers 3 0 2 1 2 4 2\n") == ["Kestrel Rovers"])
    }

    @Test func aCityBeforeItsPeopleIsATownNotAGovernment() {
        #expect(texts("Berlin organisers hoped to sign him.") == [])
        #expect(texts("Moscow officials said no.") == ["Moscow"])
    }

    @Test func aBodysUnitIsAnOrganisation() {
        #expect(kind(of: "Scac Delmas Vileujeux", in: "It bought its transport unit Scac Delmas Vileujeux last year.") == .organization)
    }

    @Test func aPartysAdjectiveBeforeABodyIsALabelOfItsMajority() {
        #expect(texts("Senator Rubio and the Republican Congress passed bills.") == ["Rubio", "Congress"])
        #expect(texts("They are an arm of the Democrat Party, he said.") == ["Democrat Party"])
    }

    @Test func aChamberOfficersTitleBeforeTheHoldersNameIsATitle() {
        #expect(texts("said Senate Minority Whip Dick Durbin in an interview.") == ["Dick Durbin"])
    }

    @Test func aCapitalisedTheInsideATitleCaseRunIsNoPublicationsArticle() {
        #expect(!texts("Trump Is Now Held Up As Literally The Face Of Racism.").contains("The Face"))
        #expect(texts("As The Ledger reported, it fell.") == ["The Ledger"])
    }
}
