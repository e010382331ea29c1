import Testing
@testable import AnnotationCore

/// Sentences written for these tests: firms and sports clubs that news names without a word saying what
/// they are (found from the lexicons Companies.swift and SportsClubs.swift), and ordinary words the lists
/// leave out on purpose.
@Suite struct CompanyAndClubLexiconTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func organization(_ m: [ActorMention], _ text: String) -> Bool {
        m.contains { $0.text == text && $0.kind == .organization }
    }

    // MARK: firms named alone

    @Test func aFirmWithAnAmpersandIsOneOrganization() {
        let m = mentions("Shares in Procter & Gamble rose after the results.")
        #expect(organization(m, "Procter & Gamble"))
        #expect(m.count == 1)
    }

    @Test func aFirmThatLooksLikeAPersonIsAnOrganization() {
        let m = mentions("Philip Morris said it would appeal the ruling in a higher court.")
        #expect(m.count == 1)
        #expect(organization(m, "Philip Morris"))
        #expect(!m.contains { $0.kind == .person })
    }

    @Test func firmsFromSeveralMarketsAreOrganizations() {
        let m = mentions("Diageo, Heineken and Novo Nordisk reported higher sales, while Petrobras and Infosys cut costs.")
        for firm in ["Diageo", "Heineken", "Novo Nordisk", "Petrobras", "Infosys"] {
            #expect(organization(m, firm), "\(firm)")
        }
    }

    @Test func anAliasNamesTheListedFirm() {
        let m = mentions("The deal values Hon Hai at more than its rivals, analysts at Nomura Holdings wrote.")
        #expect(m.contains { $0.text == "Hon Hai" && $0.name == "Foxconn" && $0.kind == .organization })
    }

    @Test func aFounderNamedInFullStaysAPerson() {
        let m = mentions("Michael Dell spoke before the Dell Technologies board met.")
        #expect(m.contains { $0.text == "Michael Dell" && $0.kind == .person })
        #expect(organization(m, "Dell Technologies"))
    }

    // MARK: clubs

    @Test func aClubWithItsCityIsOneOrganization() {
        let m = mentions("Bayern Munich beat Hertha Berlin 2-1 on Saturday.")
        #expect(organization(m, "Bayern Munich"))
        #expect(organization(m, "Hertha Berlin"))
        #expect(!m.contains { $0.text == "Munich" || $0.text == "Berlin" })
        #expect(!m.contains { $0.kind == .person })
    }

    @Test func anAmericanTeamIsNamedWhole() {
        let m = mentions("In the late game the Texas Rangers won 6-5 over the Seattle Mariners.")
        #expect(organization(m, "Texas Rangers"))
        #expect(organization(m, "Seattle Mariners"))
        #expect(!m.contains { $0.text == "Rangers" })
    }

    @Test func aNicknameThatIsNoWordNamesTheTeam() {
        let m = mentions("Ines Larrow pitched seven innings as the Yankees held on.")
        #expect(m.contains { $0.text == "Yankees" && $0.name == "New York Yankees" && $0.kind == .organization })
    }

    @Test func aClubCalledAfterAPlaceIsNotSplit() {
        let m = mentions("Aston Villa and Queens Park Rangers both drew on Tuesday night.")
        #expect(organization(m, "Aston Villa"))
        #expect(organization(m, "Queens Park Rangers"))
        #expect(!m.contains { $0.kind == .person })
    }

    @Test func aCityCouncilIsNotTheCitysClub() {
        let m = mentions("Birmingham City Council said the bins would be emptied on Monday.")
        #expect(!m.contains { $0.name == "Birmingham City" })
    }

    // MARK: ordinary words left out

    @Test func anOrdinaryWordIsNoFirm() {
        let m = mentions("Next week the target was met, and Gap year students paid the fare.")
        #expect(!m.contains { $0.kind == .organization })
        #expect(!m.contains { $0.text == "Next" || $0.text == "Target" })
    }

    @Test func aWordNicknameIsNoTeam() {
        let m = mentions("Rangers searched the park while Giants of industry met in the city.")
        #expect(!m.contains { $0.kind == .organization })
    }

    @Test func aCityAloneIsNotAClub() {
        let m = mentions("Bram Oster moved to Liverpool in 2019 and later to Porto.")
        #expect(!m.contains { $0.kind == .organization })
    }
}
