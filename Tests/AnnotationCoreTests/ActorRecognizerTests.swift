import Testing
@testable import AnnotationCore

/// Sentences written for these tests; each checks one way a name is recognised or kept out.
@Suite struct ActorRecognizerTests {
    func mentions(_ s: String, actors: [ActorDefinition] = []) -> [ActorMention] {
        Analyzer(configuration: { var c = Configuration(); c.actors = actors; return c }())
            .analyze(SourceText(s), id: "t.txt").mentions
    }

    func names(_ s: String, actors: [ActorDefinition] = []) -> [String] { mentions(s, actors: actors).map(\.name) }

    @Test func titleIsStrippedAndMarksAPerson() {
        let m = mentions("The talks ended when Interior Minister Tomas Halvorsen walked out.")
        #expect(m.count == 1)
        #expect(m.first?.text == "Tomas Halvorsen")
        #expect(m.first?.kind == .person)
    }

    @Test func surnameJoinsTheFullName() {
        let m = mentions("Greta Lindqvist arrived late. Lindqvist’s speech was short, and Lindqvist left.")
        #expect(m.map(\.name) == ["Greta Lindqvist", "Greta Lindqvist", "Greta Lindqvist"])
        #expect(m[1].text == "Lindqvist")   // the possessive is not part of the name
        #expect(m.allSatisfy { $0.kind == .person })
    }

    @Test func familyNameFirstJoins() {
        let m = mentions("Officials met Park Min Jae in the morning. Later Park spoke to the press.")
        #expect(m.map(\.name) == ["Park Min Jae", "Park Min Jae"])
    }

    @Test func hyphenVariantFoldsIntoOneActor() {
        let m = mentions("Envoys praised Lee Soo-min on Monday. Critics said Lee Soo Min had gone too far.")
        #expect(Set(m.map(\.name)).count == 1)
    }

    @Test func acronymsAndShortFormsResolveToStates() {
        #expect(names("Talks between the DPRK and the USA stalled.") == ["North Korea", "United States"])
        // (After "in" a state is a place — ActorRound3Tests — so the short forms here act.)
        #expect(names("The U.S. raised rates while the UK waited.") == ["United States", "United Kingdom"])
        #expect(names("The Russian Federation denied it.") == ["Russia"])
    }

    @Test func capitalActingIsItsState() {
        let m = mentions("Moscow said the plan was dead, and the Kremlin agreed.")
        #expect(m.map(\.name) == ["Russia", "Russia"])
        #expect(m.allSatisfy { $0.kind == .state })
        // A capital as a place is not an actor.
        #expect(names("The delegation stayed in Moscow for two days.").isEmpty)
    }

    @Test func organisationsByHeadAcronymAndDomain() {
        let m = mentions("The Lakeside Institute for Coastal Studies and NATO both quoted Harborwatch.net on it.")
        #expect(m.map(\.text) == ["Lakeside Institute for Coastal Studies", "NATO", "Harborwatch.net"])
        #expect(m.allSatisfy { $0.kind == .organization })
    }

    @Test func demonymsAndFurnitureAreNotActors() {
        #expect(names("Translate\n\nRelated Articles\n\nSoviet and Western tanks were compared.").isEmpty)
    }

    @Test func sentenceInitialOrdinaryWordsAreNotActors() {
        #expect(names("Shells were scarce. Despite that, Norway helped.") == ["Norway"])
    }

    @Test func configuredActorWins() {
        let m = mentions("Bluefin said the harbour will close.",
                         actors: [ActorDefinition(name: "Bluefin Holdings", kind: .organization, aliases: ["Bluefin"])])
        #expect(m.first?.name == "Bluefin Holdings")
        #expect(m.first?.kind == .organization)
    }

    @Test func titleCaseHeadlineKeepsOnlyNames() {
        let m = mentions("Ingrid Solberg: Norway Is Unhappy With Talks Between Oslo And Kerstin Vale\n\nIngrid Solberg spoke to Kerstin Vale.")
        #expect(!m.contains { $0.text == "Unhappy" || $0.text == "Talks" })
        #expect(m.contains { $0.text == "Norway" })
        #expect(m.filter { $0.name == "Kerstin Vale" }.count == 2)
    }

    @Test func allCapsHeadlineReadsAgainstTheDocument() {
        let m = mentions("HALVORSEN WINS CLOSE RACE IN NORWAY .\n\nTomas Halvorsen won the race on Sunday .")
        #expect(m.first?.text == "HALVORSEN")
        #expect(m.first?.name == "Tomas Halvorsen")
        #expect(m.first?.kind == .person)
        #expect(!m.contains { $0.text == "WINS" || $0.text == "RACE" })
        #expect(m.contains { $0.name == "Norway" })
    }

    @Test func particlesAndInitialsStayInTheName() {
        #expect(mentions("The ruling was read by Pieter van der Berg yesterday.").map(\.text) == ["Pieter van der Berg"])
        #expect(mentions("Scores were kept by J. R. Tolland.").map(\.text) == ["J. R. Tolland"])
        #expect(mentions("The award went to de Vries after a vote.").map(\.text) == ["de Vries"])
    }

    @Test func tokenisedPossessiveIsNotPartOfTheName() {
        let m = mentions("Sweden 's envoy met Anna Karlsson 's team .")
        #expect(m.map(\.text) == ["Sweden", "Anna Karlsson"])
    }

    @Test func compoundOfStatesNamesBoth() {
        #expect(names("The Chile-Peru border talks resumed.") == ["Chile", "Peru"])
    }

    @Test func ambiguousSurnameIsNotGuessed() {
        let m = mentions("Erik Dahl and Sofie Dahl arrived. Dahl spoke first.")
        let lone = m.first { $0.text == "Dahl" }
        #expect(lone?.name == "Dahl")
    }
}
