import Testing
@testable import AnnotationCore

/// Sources of figures, with sentences written for these tests.
@Suite struct ProvenanceTests {
    func source(_ text: String, _ figureText: String, id: String = "t.txt") -> SourceAttribution? {
        Analyzer().analyze(SourceText(text), id: id).figures.first { $0.isClaim && $0.text.contains(figureText) }?.source
    }

    @Test func noSource() {
        #expect(source("The ministry bought 4,000 trucks last year.", "4,000")?.status == SourceStatus.none)
    }

    @Test func accordingToANamedDocumentIsSpecific() {
        let s = source("According to a Treasury Department report, the fund paid out 9,000 grants.", "9,000")
        #expect(s?.status == .specific)
        #expect(s?.text?.hasPrefix("According to a Treasury Department report") == true)
    }

    @Test func namedSpeakerVerbsAreSpecific() {
        #expect(source("Jane Roe said the plant makes 200 drones a month.", "200")?.status == .specific)
        #expect(source("The plant makes 200 drones a month, Jane Roe said on Monday.", "200")?.status == .specific)
        #expect(source("The city's annual report lists 4,500 vacant homes.", "4,500")?.status == .specific)
        #expect(source("Data from the Census Bureau show 12 million renters.", "12 million")?.status == .specific)
    }

    @Test func citationsInTheSentenceAreSpecific() {
        #expect(source("The index fell 12 percent ([source](https://example.org/x)).", "12", id: "t.md")?.status == .specific)
        #expect(source("The index fell 12 percent, see https://example.org/x for details.", "12")?.status == .specific)
        #expect(source("The index fell 12 percent.[^1]\n\n[^1]: Annual bulletin.", "12", id: "t.md")?.status == .specific)
    }

    @Test func anonymousAndCollectiveSourcesAreVague() {
        #expect(source("Experts say the plant makes 200 drones a month.", "200")?.status == .vague)
        #expect(source("The plant reportedly makes 200 drones a month.", "200")?.status == .vague)
        #expect(source("Figures published in various foreign media show 200 drones a month.", "200")?.status == .vague)
        #expect(source("Some analysts put output at 200 drones a month.", "200")?.status == .vague)
    }

    @Test func aFigureInTheSourcesOwnWordsIsNotAttributedByIt() {
        // "46 percent of voters" is who speaks, not what they say.
        #expect(source("About 46 percent of voters said they would stay home.", "46")?.status == SourceStatus.none)
    }

    @Test func quotedSpeechIsTheSpeakers() {
        let text = "“We delivered 3,000 tonnes of grain this spring,” the governor told reporters."
        #expect([SourceStatus.speaker, .specific].contains(source(text, "3,000")?.status))
    }

    @Test func interviewAnswersBelongToTheIntroducedSpeakerButQuestionsDoNot() {
        let text = """
        The Daily Ledger spoke with the economist Maria Lind:
        – I think the mills produce about 40,000 tonnes a year.
        They could double that within five years.
        – How much of it is exported, 10 percent?
        – Roughly 12,000 tonnes go abroad.
        """
        #expect(source(text, "40,000")?.status == .speaker)
        #expect(source(text, "40,000")?.actor == "Maria Lind")
        #expect(source(text, "10 percent")?.status == SourceStatus.none)
        #expect(source(text, "12,000")?.status == .speaker)
    }

    @Test func aVagueCueBeatsTheSpeaker() {
        let text = """
        The Daily Ledger spoke with the economist Maria Lind:
        – Figures published in various Western media say the mills lost 3 million dollars.
        """
        #expect(source(text, "3 million")?.status == .vague)
    }

    @Test func unnamedButIdentifiableSpeakers() {
        // A vague collective is vague; "an official" is anonymous too.
        #expect(source("A port official said this year that 1,800 dockers could lose their jobs.", "1,800")?.status == .vague)
        // ", saying that …": the subject is the main clause's.
        #expect(source("The mayor revised the plan in May, saying that about 5,500 flats would be built.", "5,500")?.status == .specific)
        // A verb with a particle is another verb.
        #expect(source("The minister wrote off 90% of the debt.", "90%")?.status == SourceStatus.none)
    }

    @Test func toldWithAnAudienceAndAContrastDoesNotCrash() {
        // "told" with no "that": what it attributes starts past the end of the contrast clause.
        let s = "\"Look at the harbour,\" Roe told workers in Leeds, while 475 dockers were voting."
        #expect(source(s, "475")?.status == SourceStatus.none)
    }

    @Test func workspaceCuesFromConfiguration() {
        var c = Configuration()
        c.vagueCues = ["word on the street"]
        let a = Analyzer(configuration: c).analyze(SourceText("Word on the street is that 300 shops closed."), id: "t.txt")
        #expect(a.figures.first { $0.isClaim }?.source.status == .vague)
    }
}
