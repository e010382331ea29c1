import Testing
@testable import AnnotationCore

/// Which part of a sentence a reporting verb attributes: subjects before parentheticals, inverted speakers and
/// their descriptions, participles and coordinated clauses. Sentences written for these tests.
@Suite struct ClauseStructureTests {
    func status(_ text: String, _ figureText: String) -> SourceStatus? {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.isClaim && $0.text.contains(figureText) }?.source.status
    }

    @Test func aSubjectBeforeAParentheticalSpeaks() {
        #expect(status("Mr. Ortega, in a short interview on Friday, said his 300 trucks were ready.", "300") == .specific)
        #expect(status("Ana Ruiz, a planner at the port, said she expected 4,000 visitors.", "4,000") == .specific)
        #expect(status("The survey, released on Tuesday by the Lakeside Institute of Polling, showed Ortega ahead, 48 percent to 41 percent.",
                       "48 percent") == .specific)
    }

    @Test func aFigureInsideTheParentheticalIsNotWhatTheSubjectSays() {
        let text = "Executives at Norvale, which earned more than $12 billion in revenue last year, say the plant will save $40 million."
        #expect(status(text, "$12 billion") == SourceStatus.none)
        #expect(status(text, "$40 million") == .specific)
    }

    @Test func aSentenceOpeningAdverbIsNotASubject() {
        #expect(status("Still, the mayor singled out the harbour for help, offering $30 million over five years.", "$30 million")
                == SourceStatus.none)
    }

    @Test func anInvertedSpeakersDescriptionIsNotTheirSpeech() {
        #expect(status("“It is a good day,” said Rosa Lind, 44, a baker who gave $1,200 to the fund.", "$1,200") == SourceStatus.none)
        #expect(status("“It is a good day,” said Rosa Lind, 44.", "44") == SourceStatus.none)
        #expect(status("The fund is $9 million short, said former governor Tom Reyes, who chairs the committee.", "$9 million") == .specific)
    }

    @Test func aPronounAfterTheVerbStartsItsClause() {
        let text = "Rabbi Eli Stern, head of a network that represents about 900 congregations, said he would skip it."
        #expect(status(text, "900") == SourceStatus.none)
    }

    @Test func aParticipleReportsWhatFollowsIt() {
        #expect(status("The council met on Monday, saying 5,000 people had applied.", "5,000") == .specific)
    }

    @Test func asTheSourceObservedReportsTheNextClause() {
        #expect(status("As the Harbour Gazette observed, the city now has 30 bridges.", "30 bridges") == .specific)
    }

    @Test func aCoordinatedClauseHasItsOwnSource() {
        let text = "Twenty-four percent said they liked the plan, while 9 percent found it a waste."
        #expect(status(text, "Twenty-four") == SourceStatus.none)
        #expect(status(text, "9 percent") == SourceStatus.none)
    }

    @Test func aPollCoversItsCoordinatedClauses() {
        let text = "In a Lakeside Institute poll, 38 percent of voters said the mayor should resign, while 60 percent said he should stay."
        #expect(status(text, "38 percent") == .specific)
        #expect(status(text, "60 percent") == .specific)
    }

    @Test func aNestedClauseStaysWithTheSpeaker() {
        #expect(status("Jane Roe said 40 percent of voters believe the economy is weak.", "40 percent") == .specific)
    }
}
