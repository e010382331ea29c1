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
        // (A number after a name and its comma at the end of the sentence is her age: not a claim at all.)
        #expect(status("“It is a good day,” said Rosa Lind, 44.", "44") != .specific)
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

    @Test func aTrailingAttributionCoversWhatPrecedesIt() {
        #expect(status("The ferry, built in 1990 to carry roughly 200 people, is her favourite, she said in an interview on Friday.",
                       "200 people") == .specific)
        #expect(status("Pupils sit 112 exams before they leave, a study by the Lakeside Institute found.", "112") == .specific)
        #expect(status("Her approval (at one point as low as 19%, Lind says) hurt the party.", "19%") == .specific)
    }

    @Test func whatIsToldFollowsTheAudience() {
        #expect(status("Ortega told the Harbour Gazette he had received hundreds of letters.", "hundreds") == .specific)
        #expect(status("“We will win,” Ortega told a crowd of 1,300 in the square.", "1,300") == SourceStatus.none)
    }

    @Test func aSpeechVerbInsideAQuotationReportsOnlyToTheClosingMark() {
        let text = "“I liked what he said at the time,” said Rosa Lind, who gave $2,400 to the campaign."
        #expect(status(text, "$2,400") == SourceStatus.none)
    }

    @Test func valuesPutAtAFigure() {
        #expect(status("The Lakeside Register put his fortune at $45 billion.", "$45 billion") == .specific)
        #expect(status("The builders put 5,000 bricks on the lorry.", "5,000") == SourceStatus.none)
    }

    @Test func theOwnerOfAClaimIsItsSource() {
        #expect(status("Ortega's claim that 90 percent of the boats were sold is wrong.", "90 percent") == .specific)
    }

    @Test func aRelativePronounsAntecedentSpeaks() {
        #expect(status("Ortega, who brags he has held more than 100 meetings, is running again.", "100 meetings") == .specific)
        #expect(status("Ortega, who has endorsed Lind, was able to raise more than $235 million.", "$235 million") == SourceStatus.none)
    }

    @Test func aPassiveSpeaksOnlyThroughItsAgent() {
        #expect(status("Struggling until the votes are tallied, the candidates bank tens of thousands of ballots.", "tens of thousands")
                == SourceStatus.none)
        #expect(status("The figure of 5,000 was reported by the Harbour Gazette.", "5,000") == .specific)
        #expect(status("Other groups are also expected to spend millions on ads.", "millions") == .vague)
    }

    @Test func aParticipleBeforeANounIsAnAdjective() {
        // ("turned 18" is an age, not a claim: the figure here is a count.)
        #expect(status("They back the Lakeside Act, proposed federal legislation that would help 1,800 families.", "1,800")
                == SourceStatus.none)
    }

    @Test func aProgressiveIsNotAPassive() {
        #expect(status("Ortega is proposing $275 billion in new spending.", "$275 billion") == .specific)
    }

    @Test func aTitlesPeriodDoesNotEndTheSubject() {
        #expect(status("Trade may help, but it shifts the slices by 50 percent, Mr. Lind argued.", "50 percent") == .specific)
    }

    @Test func documentVerbsReport() {
        #expect(status("The Lakeside Register lists the town's population as 21,090.", "21,090") == .specific)
        #expect(status("The agency lists the population as 21,090, meaning there were 5 incidents for every 1,000 residents.",
                       "21,090") == .specific)
        #expect(status("The agency lists the population as 21,090, meaning there were 5 incidents for every 1,000 residents.",
                       "5 incidents") == SourceStatus.none)
    }

    @Test func aGerundAfterAPrepositionReports() {
        #expect(status("Ortega erred in saying that 90 percent of the boats were sold.", "90 percent") == .specific)
        #expect(status("The bank ended its meeting by announcing it would buy bonds worth $2 billion.", "$2 billion") == .specific)
        #expect(status("Ortega held a briefing to brag that unemployment fell below 5 percent.", "5 percent") == .specific)
    }

    @Test func aCommitmentIsTheSubjects() {
        let text = "Mr. Ortega agreed to pay a 2 percent fee to the firm, and he put $100 million into the fund."
        #expect(status(text, "2 percent") == .specific)
        #expect(status(text, "$100 million") == SourceStatus.none)
    }

    @Test func aDefiniteInstitutionIsASource() {
        #expect(status("The agency believes it could recover 90% of the loans.", "90%") == .specific)
    }

    @Test func anAudienceInAParentheticalAttribution() {
        #expect(status("Every Friday, the former director told The Harbour Gazette, Lind would chair 3 meetings.", "3 meetings")
                == .specific)
    }

    @Test func contractionsAndRelativeContractions() {
        #expect(status("Other than Sen. Rosa Lind, who's called for 20,000 troops, the candidates are vague.", "20,000") == .specific)
        #expect(status("Ortega, who won nearly 12 percent, could help, they’ve suggested.", "12 percent") == .specific)
    }

    @Test func projectsBeforeAThatClause() {
        #expect(status("The Lind campaign projects that the tax would raise $75 billion a year.", "$75 billion") == .specific)
        #expect(status("I will give simple figures that matter here: the army spent 10 million shells.", "10 million")
                == SourceStatus.none)
    }

    @Test func putAtWithWordsBeforeTheFigure() {
        #expect(status("The Lakeside Pollster puts his approval at a solid 50 percent.", "50 percent") == .specific)
    }

    @Test func aParagraphAnnouncingSpeechCoversTheNext() {
        let text = "Rosa Lind, a historian, argued that:\n\nOnly 2,200 families have been admitted in four years.\n"
        #expect(status(text, "2,200") == .speaker)
        let poll = "The Lakeside poll also found that:\n\nOnly 2,200 families have been admitted in four years.\n"
        let source = Analyzer().analyze(SourceText(poll), id: "t.txt").figures.first { $0.text.contains("2,200") }?.source
        #expect(source?.status == .speaker)
        #expect(source?.text == "announced in the previous paragraph")
        let guide = "Here is how you should really think about the results:\n\nThe first 3 count most.\n"
        #expect(status(guide, "3") == SourceStatus.none)
    }

    @Test func aNumberInADocumentsNameIsNotWhatItSays() {
        // ("50-state" describes the poll: not a claim at all, and never the poll's own finding.)
        #expect(status("The new 50-state poll finds Ortega up 4 points.", "50") != .specific)
        #expect(status("The new 50-state poll finds Ortega up 4 points.", "4 points") == .specific)
    }

    @Test func aTallyLineIsNotSpeech() {
        #expect(status("Rosa Lind: 1,769.\n\nTom Reyes: 1,501.\n", "1,769") == SourceStatus.none)
        #expect(status("Rosa Lind: We sold 1,769 boats last year.\n", "1,769") == .speaker)
    }

    @Test func aStockIndexIsNotASource() {
        #expect(status("The Lakeside & Co's 500-stock index rose 3.54 points.", "3.54") == SourceStatus.none)
    }

    @Test func aShortQuotationOfAFigureIsTheSpeakers() {
        let text = "Rosa Lind called the merger a “$25 billion mistake” on Monday."
        #expect(status(text, "$25 billion") == .speaker)
        let title = "Rosa Lind, a critic, liked the shows “Billions” and “24” this year."
        // A lone quoted number is a title, not a figure the speaker states.
        #expect(status(title, "24") != .speaker)
    }

    @Test func officialsAreVagueOnlyWhenTheySpeak() {
        #expect(status("Immigration officials are reviewing about 90,000 visas.", "90,000") == SourceStatus.none)
        #expect(status("Officials said about 90,000 visas were under review.", "90,000") == .vague)
        #expect(status("Officials expect it to raise rates by roughly one percentage point.", "one percentage point") == .vague)
    }

    @Test func verbalActsNameTheirSubjectAsSource() {
        #expect(status("Ortega touted his plan to invest $275 billion in roads.", "$275 billion") == .specific)
        #expect(status("Ortega blocked a $1.1 billion package.", "$1.1 billion") == SourceStatus.none)
    }
}
