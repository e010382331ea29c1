import Testing
@testable import AnnotationCore

/// Sentences written for these tests: datelines, places that do not act, events and eras, calendar and
/// faith words, chambers inside titles, and organisation names with "and" or "&".
@Suite struct ActorRound3Tests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func texts(_ s: String) -> [String] { mentions(s).map(\.text) }

    // MARK: datelines

    @Test func aCapitalWithTheWireIsADateline() {
        let m = mentions("BERLIN (Wire) — Petra Lindqvist said the talks would resume on Monday.")
        #expect(!m.contains { $0.text == "BERLIN" })
        #expect(m.contains { $0.text == "Petra Lindqvist" })
    }

    @Test func aCityAndStateBeforeADashIsADateline() {
        let m = texts("DOVERTON, Kan. — Farmers here told the visiting senator that prices had fallen for years.")
        #expect(!m.contains("DOVERTON"))
        #expect(!m.contains("Kan."))
    }

    @Test func capitalsRunningIntoProseAreNoDateline() {
        let m = mentions("NATO, the alliance, said on Monday that its ministers would meet again in the spring.")
        #expect(m.contains { $0.text == "NATO" })
    }

    // MARK: states used as places

    @Test func aStateAfterALocativeIsAPlace() {
        let m = mentions("Volunteers fanned out across Portugal and the aid reached villages in Chile last week.")
        #expect(m.isEmpty)
    }

    @Test func aStateAfterATravelWordAndToIsAPlace() {
        let m = mentions("She flew to Japan on Monday and later returned from Peru with her family.")
        #expect(m.isEmpty)
    }

    @Test func aStateThatActsStaysAnActor() {
        let m = mentions("Portugal said it would send a letter to Chile about the fishing dispute.")
        #expect(m.map(\.name) == ["Portugal", "Chile"])
        #expect(m.allSatisfy { $0.kind == .state })
    }

    @Test func talkInAStateIsItsVoice() {
        let m = mentions("There is much talk in Portugal about a new coastal levy this year.")
        #expect(m.map(\.name) == ["Portugal"])
    }

    @Test func statesJoinedBeforeABorderNameAPlace() {
        let m = mentions("Smugglers crossed the Chile-Peru border at night, the report said.")
        #expect(m.isEmpty)
    }

    // MARK: places named like people

    @Test func anUndecidedNameAfterInIsAPlace() {
        let m = mentions("Officials in Vale Morrow said the bridge would reopen next month.")
        #expect(m.isEmpty)
    }

    @Test func theTownOfAndACityBeforeItsStateArePlaces() {
        let m = mentions("The town of Gresk Hollow voted on Tuesday, as did voters in Pellam Ridge, Ohio, that evening.")
        #expect(m.isEmpty)
    }

    @Test func aPersonBeforeAStateAndATitleStaysAPerson() {
        let m = mentions("The speakers were Dana Whitfield, Ohio Sen. Carla Munroe and a local pastor.")
        #expect(m.map(\.text).contains("Carla Munroe"))
        #expect(m.map(\.text).contains("Dana Whitfield"))
    }

    // MARK: events, eras, calendar and faith words

    @Test func gamesAndErasAreNoActors() {
        let m = mentions("His grandfather served in WWII and watched the Orchard Bowl with relics of the Qin Dynasty.")
        #expect(m.isEmpty)
    }

    @Test func pluralDaysAreNoActors() {
        #expect(mentions("The market opens on Sundays and closes early on Wednesdays.").isEmpty)
    }

    @Test func aFaithAdjectiveBeforeANounIsNoActor() {
        #expect(mentions("Many Mormon families and Evangelical pastors attended the meeting.").isEmpty)
    }

    // MARK: chambers inside titles

    @Test func aChamberBeforeItsOfficersTitleIsPartOfTheTitle() {
        let m = mentions("House Speaker Lena Okafor and Senate Majority Leader Tom Ruiz met on Friday.")
        #expect(m.map(\.text) == ["Lena Okafor", "Tom Ruiz"])
        #expect(m.allSatisfy { $0.kind == .person })
    }

    @Test func aChamberThatActsStaysAnActor() {
        let m = mentions("The Senate voted on the bill late on Thursday night.")
        #expect(m.map(\.kind) == [.organization])
    }

    // MARK: spans and kinds

    @Test func andInsideAnInstitutesNameKeepsTheWholeName() {
        let m = mentions("A fellow at the Institute for Marine and Coastal Studies said the data were incomplete.")
        #expect(m.map(\.text) == ["Institute for Marine and Coastal Studies"])
        #expect(m.first?.kind == .organization)
    }

    @Test func andBetweenTwoFirmsStillSplitsThem() {
        let m = mentions("Analysts said that both Vantorel and Quessary reported losses in the second quarter.")
        #expect(!m.contains { $0.text.contains(" and ") })
    }

    @Test func anAmpersandJoinsAFirmsName() {
        let m = mentions("The bank hired Harlow & Finch to advise on the sale of its unit.")
        #expect(m.map(\.text) == ["Harlow & Finch"])
    }

    @Test func thePublicationsArticleStaysWhenTheRestIsACommonWord() {
        let m = mentions("The claim was first reported by The Ledger on Monday.")
        #expect(m.map(\.text) == ["The Ledger"])
        #expect(m.first?.kind == .organization)
    }

    @Test func headlineWordsDoNotRunOnAfterAName() {
        let m = mentions("Laura Brandt Makes Odd Tax Joke To Tease Rival Tom Ruiz\n\nThe remark came at a dinner on Friday night.")
        #expect(m.first?.text == "Laura Brandt")
        #expect(m.first?.kind == .person)
    }

    @Test func aMisspeltPublicationAfterWebsiteIsAnOrganisation() {
        let m = mentions("According to the website Newsdailee, the mayor resigned on Friday.")
        #expect(m.map(\.kind) == [.organization])
    }
    // MARK: kind from apposition and possession

    @Test func aKinshipNounBeforeACommaMakesAPerson() {
        let m = mentions("Her husband, Bill, spoke to the crowd after the vote.")
        #expect(m.map(\.kind) == [.person])
    }

    @Test func aRoleInAClosedAppositionMakesAPerson() {
        let m = mentions("“It works,” Oriane Golden, the league's director of youth programmes, said on a call.")
        #expect(m.first { $0.text == "Oriane Golden" }?.kind == .person)
    }

    @Test func aRoleRunningIntoTheClauseIsNotAnApposition() {
        let m = mentions("Near Volsk Hollow, the mayor of the district said little on Tuesday.")
        #expect(!m.contains { $0.kind == .person })
    }

    @Test func aRoleBeforeAnotherNameIsThatNamesRole() {
        let m = mentions("The line runs north of Kettering Vale, Amtrak spokeswoman Jo Lindell said.")
        #expect(m.first { $0.text == "Kettering Vale" }?.kind != .person)
        #expect(m.contains { $0.text == "Jo Lindell" && $0.kind == .person })
    }

    @Test func aCompanysChiefExecutiveMarksTheCompany() {
        let m = mentions("Brannock Quill's CEO Dana Ortiz spoke to investors on Monday.")
        #expect(m.first?.text == "Brannock Quill")
        #expect(m.first?.kind == .organization)
    }

    @Test func anAmpersandNameIsAFirm() {
        let m = mentions("A partner at Kestrel & Vane said the deal would close soon.")
        #expect(m.map(\.kind) == [.organization])
    }

    @Test func aMultiwordPublicationAfterACapitalisedThe() {
        let m = mentions("She wrote a column in The Evening Lantern last week.")
        #expect(m.map(\.kind) == [.organization])
    }

    @Test func anOfficeOfAnOrganisationIsPartOfTheTitle() {
        let m = mentions("The union will sit out, ULW Director of Government Affairs Paul Sorel told reporters.")
        #expect(m.map(\.text) == ["ULW", "Paul Sorel"])
    }

    @Test func aVisitToAnUnlistedPlaceIsAPlace() {
        #expect(mentions("He spoke during a visit to Ardmoria on Friday.").isEmpty)
    }

    @Test func aTownBeforeADottedStateIsAPlace() {
        let m = mentions("The voters of Derrow, N.H., met before the barn event.")
        #expect(m.isEmpty)
    }
    // MARK: places the document names, holidays, quoted titles, group names

    @Test func aNameUsedAsAPlaceIsAPlaceInTheHeadlineToo() {
        let text = "Crowds gathered in Vale Morrow on Friday after the storm last week.\n\nVale Morrow Storm Damage Counted By Crews\n"
        #expect(mentions(text).isEmpty)
    }

    @Test func aStateAfterAListedCityAndACommaIsWhereTheCityIs() {
        let m = mentions("Prices rose most in Lima, Peru, and the government said so.")
        #expect(!m.contains { $0.name == "Peru" })
    }

    @Test func aStateBeforeALowercaseTitleIsPartOfTheOffice() {
        let m = mentions("The letter went to the U.S. attorney for the District of Columbia last week.")
        #expect(m.isEmpty)
    }

    @Test func holidaysAreNoActors() {
        #expect(mentions("They were busy on Christmas Eve and again at Thanksgiving.").isEmpty)
    }

    @Test func aTitleInDoubledApostrophesIsATitle() {
        let m = mentions("She quoted Tomas Wendt, the author of ''Silent Harbor Lights,'' on Monday.")
        #expect(m.map(\.text) == ["Tomas Wendt"])
    }

    @Test func aGroupNamedForACauseIsAnOrganisation() {
        let m = mentions("The ads came from Nurses for Clean Water and from Americans for Fair Roads this year.")
        #expect(m.map(\.text) == ["Nurses for Clean Water", "Americans for Fair Roads"])
        #expect(m.allSatisfy { $0.kind == .organization })
    }

    @Test func aPrefixedCompoundOpensAnOrganisationsName() {
        let m = mentions("Joe Ruiz, director of the Anti-Noise Action League, said so.")
        #expect(m.contains { $0.text == "Anti-Noise Action League" && $0.kind == .organization })
    }

    @Test func twoRemitNounsJoinedBeforeAHead() {
        let m = mentions("A spokesperson for the Parks and Recreation Department said so.")
        #expect(m.map(\.text) == ["Parks and Recreation Department"])
    }
    // MARK: handles, number words, offices, entering a state

    @Test func aSocialMediaHandleIsNoName() {
        let m = mentions("The post by Ben Okoro (@Benokoro) was shared widely on Monday.")
        #expect(m.map(\.text) == ["Ben Okoro"])
    }

    @Test func aCompoundNumberWordOpeningASentenceIsNoName() {
        #expect(mentions("Forty-six percent of people in the poll agreed with him.").isEmpty)
    }

    @Test func aCompanyBeforeItsChiefExecutiveIsACompany() {
        let m = mentions("Carla Fiore, the former Brannock-Quill CEO who left in May, spoke.")
        #expect(m.first { $0.text == "Brannock-Quill" }?.kind == .organization)
    }

    @Test func generalCounselIsATitle() {
        let m = mentions("The agency's General Counsel Ruth A. Mendel wrote a letter.")
        #expect(m.map(\.text) == ["Ruth A. Mendel"])
    }

    @Test func aStateEnteredIsAPlace() {
        #expect(mentions("A ban on people entering Portugal was proposed on Monday.").isEmpty)
    }

    @Test func anAgencyWhoseNameJoinsTwoRemitsWithAnd() {
        let m = mentions("Agents from Immigration and Customs Enforcement arrived at dawn.")
        #expect(m.map(\.text) == ["Immigration and Customs Enforcement"])
        #expect(m.first?.kind == .organization)
    }
    // MARK: remits, races, case names, longer names

    @Test func aTitleWordAfterAnOrganisationsOfIsItsRemit() {
        let m = mentions("The file was returned by the Department of Justice on Monday.")
        #expect(m.map(\.text) == ["Department of Justice"])
    }

    @Test func theSeatAsThePrizeOfARaceIsNoGovernment() {
        #expect(mentions("She lost her first campaign for the White House and hoped to win the White House later.").isEmpty)
        #expect(mentions("The White House said no on Monday.").map(\.name) == ["United States"])
    }

    @Test func partiesToACourtCaseAreCited() {
        let m = mentions("After the ruling in Talbot v. Merrin, Ada Merrin said nothing.")
        #expect(m.map(\.text) == ["Ada Merrin"])
    }

    @Test func wordsBeforeAListedBodyMakeALongerName() {
        let m = mentions("After meeting with his National Security Council on Tuesday, he spoke.")
        #expect(m.map(\.text) == ["National Security Council"])
        #expect(m.first?.name == "National Security Council")
    }

    @Test func aTownBeforeAStateBasedCompound() {
        let m = mentions("He spoke to the Calderwick, Texas-based charity at the same rate.")
        #expect(m.isEmpty)
    }
    // MARK: articles after connectors, groups named for people, regions, bodies in apposition

    @Test func anArticleAfterForStaysInTheName() {
        let m = mentions("Ed Loren, adviser to the Committee for a Balanced Harbor Budget, said so.")
        #expect(m.contains { $0.text == "Committee for a Balanced Harbor Budget" && $0.kind == .organization })
    }

    @Test func aPeopleNounForAPersonIsNoGroupName() {
        let m = mentions("At the convention he rallied Nurses for Ostrander on Monday night.")
        #expect(!m.contains { $0.text.contains(" for ") })
    }

    @Test func aNameForAStateIsACampaignOrGroup() {
        let m = mentions("The group might resemble Liberty for America, which Dan Keel launched.")
        #expect(m.first?.text == "Liberty for America")
        #expect(m.first?.kind == .organization)
    }

    @Test func aPluralAfterInTheIsARegion() {
        #expect(mentions("She spent the week in the Fallowmeres with donors.").isEmpty)
    }

    @Test func aProvinceAndStreetsArePlaces() {
        #expect(mentions("A lawyer from the province of Qarvan spoke.").isEmpty)
        #expect(!mentions("He parked at Elm and Orchard Streets.").contains { $0.text.contains("Streets") })
    }

    @Test func aStateBeforeANounOfLandIsAPlace() {
        #expect(mentions("The wall would run along the southern Chilean border and on Peru soil.").isEmpty)
    }

    @Test func aBodyNounInAppositionMakesAnOrganisation() {
        let m = mentions("Kurt Wal, the director at Rootvale, a group that favors limits, said so.")
        #expect(m.first { $0.text == "Rootvale" }?.kind == .organization)
    }

    @Test func aNewspaperAfterItsNameIsAnOrganisation() {
        let m = mentions("The minister told El Heraldo newspaper on Tuesday that it was over.")
        #expect(m.map(\.kind) == [.organization])
    }

    @Test func chairIsATitle() {
        let m = mentions("The party recommended district Vice Chair Jenna Pell on Monday.")
        #expect(m.map(\.text) == ["Jenna Pell"])
    }

    @Test func aDisorderInCapitalsIsNoActor() {
        #expect(mentions("I think I had PTSD after the crash.").isEmpty)
    }
    @Test func aBodysPossessiveBeforeARoleIsNoBodyApposition() {
        let m = mentions("At the club, Jay Dorran, the club's 78-year-old president, suggested a change.")
        #expect(m.first { $0.text == "Jay Dorran" }?.kind == .person)
    }

    @Test func theArticleStaysOnAPublicationNamedByAHeadWord() {
        let m = mentions("He defended the plan in a recent interview with The Tribune on Monday.")
        #expect(m.map(\.text) == ["The Tribune"])
        #expect(m.first?.kind == .organization)
    }
}
