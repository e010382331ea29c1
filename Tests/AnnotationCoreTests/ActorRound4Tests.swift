import Testing
@testable import AnnotationCore

/// Sentences written for these tests: regions, airports and towns used as places, dates written with a
/// month abbreviation, people words of US states, plural titles, headline compounds, and organisations and
/// outlets known by name alone.
@Suite struct ActorRound4Tests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func texts(_ s: String) -> [String] { mentions(s).map(\.text) }

    // MARK: places that do not act

    @Test func aRegionIsAPlace() {
        let m = texts("Marta Quell spent a week on a New England bus tour and then crossed the Great Plains.")
        #expect(!m.contains("New England"))
        #expect(!m.contains("Great Plains"))
        #expect(m.contains("Marta Quell"))
    }

    @Test func anAirportIsAPlace() {
        let m = texts("Delays at LaGuardia stranded Oren Vashti for six hours on Friday.")
        #expect(!m.contains { $0.contains("LaGuardia") || $0 == "Guardia" })
        #expect(m.contains("Oren Vashti"))
    }

    @Test func aCapitalBeforeAnOccupationIsWhereThePersonWorks() {
        let m = mentions("A Washington lawyer and a Moscow journalist shared the stage at the forum.")
        #expect(!m.contains { $0.kind == .state })
    }

    @Test func aCapitalsOfficialSpeaksForTheGovernment() {
        let m = mentions("A Moscow official said the talks would continue.")
        #expect(m.contains { $0.kind == .state && $0.name == "Russia" })
    }

    @Test func aCapitalThatActsIsStillTheGovernment() {
        let m = mentions("Washington warned that new tariffs would follow within a month.")
        #expect(m.contains { $0.kind == .state && $0.name == "United States" })
    }

    @Test func aTownAfterAPersonNounAndFromIsAPlace() {
        let m = texts("A retired teacher from Vellmar told the council that a farmer from Quendorf agreed.")
        #expect(!m.contains("Vellmar"))
        #expect(!m.contains("Quendorf"))
    }

    @Test func aLetterFromANameStillNamesTheSender() {
        let m = texts("The board read a letter from Quendorf about the missing funds.")
        #expect(m.contains("Quendorf"))
    }

    @Test func aSentenceOpeningInBeforeAStateGivesAPlace() {
        let m = mentions("In the United States, most shoppers now pay by card.")
        #expect(m.isEmpty)
    }

    @Test func anAdjectiveBetweenInAndAStateLeavesAPlace() {
        let m = mentions("She grew up in communist Hungary and later studied in neighbouring Austria.")
        #expect(m.isEmpty)
    }

    // MARK: dates, people words, titles, headline words

    @Test func aMonthAbbreviationBeforeADayRangeIsADate() {
        let m = texts("The survey was taken Feb. 3-9 among 900 adults, and another one Oct. 14.")
        #expect(!m.contains("Feb"))
        #expect(!m.contains("Oct"))
    }

    @Test func peopleOfAStateAreNoActor() {
        let m = texts("Most Ohioans and many Texans said the price of fuel mattered more than taxes.")
        #expect(m.isEmpty)
    }

    @Test func aStateDemonymBeforeANameIsNotPartOfIt() {
        let m = texts("The bill was backed by fellow Kentuckian Dora Pettibone on Tuesday.")
        #expect(m.contains("Dora Pettibone"))
        #expect(!m.contains { $0.contains("Kentuckian") })
    }

    @Test func aPluralTitleAbbreviationIsNoName() {
        let m = texts("The plan was praised by Govs. Ada Renquist and Tomas Belweather on Monday.")
        #expect(!m.contains("Govs"))
        #expect(!m.contains { $0.hasPrefix("Govs") })
    }

    @Test func aHyphenatedHeadlineCompoundIsNoName() {
        let m = texts("Polls Show Double-Digit Leads For Ruling Coalition")
        #expect(!m.contains("Double-Digit"))
    }

    @Test func aHyphenatedFirmNameStaysAName() {
        let m = mentions("Shares of Coca-Cola rose after the company reported profits.")
        #expect(m.contains { $0.text == "Coca-Cola" })
    }

    // MARK: organisations and outlets known by name alone

    @Test func anAdvocacyGroupIsAnOrganisation() {
        let m = mentions("Groups such as Planned Parenthood and the Sierra Club spent heavily in the race.")
        #expect(m.first { $0.text == "Planned Parenthood" }?.kind == .organization)
        #expect(m.first { $0.text == "Sierra Club" }?.kind == .organization)
    }

    @Test func anOutletIsAnOrganisation() {
        let m = mentions("In an interview with TMZ Sports, the coach cited forecasts from FiveThirtyEight.")
        #expect(m.first { $0.text == "TMZ Sports" }?.kind == .organization)
        #expect(m.first { $0.text == "FiveThirtyEight" }?.kind == .organization)
    }

    @Test func aNameSharingCapitalsWithAnAcronymIsNotTheGroup() {
        let m = mentions("Rand Voskuijlen said the analysis was sound.")
        #expect(m.first { $0.text == "Rand Voskuijlen" }?.kind == .person)
    }

    // MARK: round 4, second pass

    @Test func aLocalOfficesTitleIsStrippedFromTheName() {
        let m = mentions("Lanark County Recorder Edna Moribund said the count was fair. Moribund, a Republican, said she acted alone.")
        #expect(m.contains { $0.text == "Edna Moribund" && $0.kind == .person })
        #expect(m.filter { $0.text == "Moribund" }.allSatisfy { $0.kind == .person })
    }

    @Test func aStateOneRelocatesToIsAPlace() {
        let m = mentions("The family relocated to Portugal after the war.")
        #expect(m.isEmpty)
    }

    @Test func aPrisonOrBeachIsAPlace() {
        let m = texts("He spent a year in Hollowmere Prison and later bought a house on Quillon Beach.")
        #expect(m.isEmpty)
    }

    @Test func aCreditLineNamesAPerson() {
        let m = mentions("Additional reporting by Tessaly Vronk.")
        #expect(m.first { $0.text == "Tessaly Vronk" }?.kind == .person)
    }
}
