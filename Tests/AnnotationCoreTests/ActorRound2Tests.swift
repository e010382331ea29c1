import Testing
@testable import AnnotationCore

/// Sentences written for these tests: titles of works, organisations' whole names, middle initials and
/// states inside titles.
@Suite struct ActorRound2Tests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    @Test func aTitleAfterAWorkNounIsNoActor() {
        let m = mentions("Nadia Brandt starred in the film Silver Harbor Nights last spring.")
        #expect(m.map(\.text) == ["Nadia Brandt"])
    }

    @Test func aVerbShowIsNoWorkNoun() {
        let m = mentions("Polls show Nadia Brandt ahead.")
        #expect(m.map(\.text) == ["Nadia Brandt"])
    }

    @Test func aQuotedTitleCaseRunIsATitle() {
        let m = mentions("Tomas Wendt appeared on “Breakfast With Friends” on Tuesday.")
        #expect(m.map(\.text) == ["Tomas Wendt"])
    }

    @Test func quotedSpeechStillNamesPeople() {
        let m = mentions("“Tomas Wendt is wrong,” she said.")
        #expect(m.map(\.text) == ["Tomas Wendt"])
    }

    @Test func aNetworksProgrammeIsNoActor() {
        let m = mentions("Tomas Wendt told CNN's Morning Table on Sunday that he would run.")
        #expect(!m.contains { $0.text.contains("Morning") || $0.text.contains("Table") })
        #expect(m.contains { $0.text == "Tomas Wendt" })
    }

    @Test func anAddressNamedForTheUnionIsNoActor() {
        let m = mentions("The president gave the State of the Union on Tuesday.")
        #expect(m.isEmpty)
    }

    @Test func aConnectorBeforeAHyphenatedNameKeepsTheOrganisationWhole() {
        let m = mentions("The Council on Korean-American Affairs issued a statement.")
        #expect(m.map(\.text) == ["Council on Korean-American Affairs"])
        #expect(m.first?.kind == .organization)
    }

    @Test func aPrefixedCompoundInsideAnOrganisationStays() {
        let m = mentions("Officials at the National Anti-Fraud Office declined to comment.")
        #expect(m.map(\.text) == ["National Anti-Fraud Office"])
        #expect(m.first?.kind == .organization)
    }

    @Test func aMiddleInitialKeepsAListedWordInThePersonsName() {
        let m = mentions("The donor, Michael T. Reuters, gave the money.")
        #expect(m.map(\.text) == ["Michael T. Reuters"])
        #expect(m.first?.kind == .person)
    }

    @Test func aStateInsideAJudgesTitleIsNoMentionOfTheState() {
        let m = mentions("U.S. District Judge Anna Velde ruled on Friday.")
        #expect(m.map(\.text) == ["Anna Velde"])
        #expect(m.first?.kind == .person)
    }

    @Test func aStateBeforeAnOrdinarySentenceIsStillTheState() {
        let m = mentions("Officials said France would vote.")
        #expect(m.map(\.text) == ["France"])
    }
}

/// Sentences written for these tests: names of undecided kind used as places or awards, title abbreviations.
@Suite struct ActorPlaceAwardTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    @Test func anUndecidedNameAfterInIsAPlace() {
        let m = mentions("Nadia Brandt grew up in Maple Hollow before the war.")
        #expect(m.map(\.text) == ["Nadia Brandt"])
    }

    @Test func aPersonAfterInStaysAPerson() {
        let m = mentions("Voters trust in Nadia Brandt grew.")
        #expect(m.map(\.text) == ["Nadia Brandt"])
    }

    @Test func aNameBeforeAwardNamesTheAward() {
        let m = mentions("Nadia Brandt won the Quillmark award on Friday.")
        #expect(m.map(\.text) == ["Nadia Brandt"])
    }

    @Test func aVicePresidentsAbbreviationIsATitle() {
        let m = mentions("The VP met Nadia Brandt, and VP Tomas Wendt spoke.")
        #expect(m.map(\.text) == ["Nadia Brandt", "Tomas Wendt"])
        #expect(m.allSatisfy { $0.kind == .person })
    }
}
