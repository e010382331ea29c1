import Testing
@testable import AnnotationCore

/// Sentences written for these tests: names listed together are alike (places after a preposition of place,
/// settlements before "counties", a name listed with places).
@Suite struct CoordinatedNameTests {
    func mentions(_ s: String) -> [ActorMention] {
        Analyzer(configuration: Configuration()).analyze(SourceText(s), id: "t.txt").mentions
    }

    func texts(_ s: String) -> [String] { mentions(s).map(\.text) }

    func kind(of name: String, in s: String) -> ActorKind? {
        mentions(s).first { $0.text == name }?.kind
    }

    @Test func everyStateOfAListAfterInIsAPlace() {
        let m = texts("Lena Marsh has served in Peru and Chile, and later in Kenya, Ghana and Mali.")
        #expect(m == ["Lena Marsh"])
    }

    @Test func aListAfterAPrepositionThatIsNoPlaceKeepsItsStates() {
        #expect(texts("The ministry sent aid to Peru and Chile.").contains("Chile"))
        #expect(texts("Talks between Peru and Chile stalled.").contains("Chile"))
    }

    @Test func peopleFromAListOfStatesComeFromPlaces() {
        #expect(texts("The passengers were citizens from Norway, Chile and Kenya.").isEmpty)
    }

    @Test func namesBeforeCountiesAreCounties() {
        let m = texts("Turnout rose in Ohio's Summit, Medina and Wayne counties, Dora Pell said.")
        #expect(m == ["Dora Pell"])
    }

    @Test func aNameListedWithTwoPlacesIsAPlace() {
        #expect(!texts("The report named Birmingham, Bradford, Leeds and Manchester.").contains("Bradford"))
    }

    @Test func aPersonListedBesideOnePlaceStaysAPerson() {
        let m = texts("Gov. Sam Tull of New Jersey, Lou Brandt and Mr. Rubio spoke.")
        #expect(m.contains("Lou Brandt"))
        #expect(m.contains("Rubio"))
    }
}
