import Testing
@testable import AnnotationCore

/// Source structures of news prose: trailing and inverted speech verbs, appositive subjects, surveys and data
/// as subjects, forecasts, anonymous hedges and how far they reach, and verbs that only look like reporting.
/// Sentences written for these tests.
@Suite struct SourceStructureTests {
    func status(_ text: String, _ figureText: String) -> SourceStatus? {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.isClaim && $0.text.contains(figureText) }?.source.status
    }

    @Test func trailingAndInvertedSpeechVerbsNameTheSpeaker() {
        #expect(status("Prices will rise 4% this year, thinks Jane Roe, editor of Motor Weekly.", "4%") == .specific)
        #expect(status("Sales fell 8% last year, the association said.", "8%") == .specific)
        #expect(status("The harbour lost 300 berths, said Tom Reyes.", "300") == .specific)
    }

    @Test func anAppositiveSubjectSpeaks() {
        #expect(status("The prosecutor, Tom Reyes, says 40 people were charged.", "40") == .specific)
    }

    @Test func surveysAndDataAsSubjects() {
        #expect(status("A poll of 1,204 adults found 61% backed the plan.", "61%") == .specific)
        #expect(status("Figures from the trade body show 12,000 homes were sold.", "12,000") == .specific)
        #expect(status("The candidates’ estimates range from 100,000 to 250,000 voters.", "100,000") == .specific)
    }

    @Test func aNamedForecastIsTheForecastersFigure() {
        #expect(status("Toyota expects sales of 90,000 cars next year.", "90,000") == .specific)
        #expect(status("The club, which expects 5,000 fans to attend, opened the gates.", "5,000") == .specific)
    }

    @Test func anonymousHedgesAreVagueAndStopAtAContrast() {
        #expect(status("Amid speculation that 500 jobs will go, shares fell.", "500") == .vague)
        #expect(status("It is thought that 3,000 people attended.", "3,000") == .vague)
        #expect(status("About 40% were said to be at risk, while 8% had already left.", "40%") == .vague)
        #expect(status("About 40% were said to be at risk, while 8% had already left.", "8%") == SourceStatus.none)
    }

    @Test func aBarePluralIsVagueWhereverItStands() {
        #expect(status("Analysts estimate 12,000 jobs were lost.", "12,000") == .vague)
        #expect(status("The mill cut 12,000 jobs, analysts estimate.", "12,000") == .vague)
    }

    @Test func aPronounOrInstitutionAfterANamedSubjectIsSpecific() {
        #expect(status("Jane Roe runs the agency. It said exports rose 4% in May.", "4%") == .specific)
        #expect(status("Jane Roe runs the agency. She said 300 staff would go.", "300") == .specific)
        #expect(status("Exports rose 4% in May, the agency said.", "4%") == .specific)
    }

    @Test func ordinaryVerbsDoNotReport() {
        #expect(status("The second half showed 12 shots on goal.", "12") == SourceStatus.none)
        #expect(status("Boasting 108,000 residents, the county is the largest.", "108,000") == SourceStatus.none)
        #expect(status("Critics praised the $40 million project.", "$40 million") == SourceStatus.none)
        // A record of events shows what it records.
        #expect(status("The outcome showed Ortega had received 49.8 percent.", "49.8") == .specific)
    }

    @Test func verbsOfAskingAndArguingName() {
        #expect(status("Ruiz asked how the city could add $90 million in debt.", "$90 million") == .specific)
        #expect(status("Ruiz threatened to sue unless she is paid $5 million.", "$5 million") == .specific)
        #expect(status("A judge ruled that the firm cheated 40,000 customers.", "40,000") == .specific)
        #expect(status("The mayor keeps talking about hiring 2,000 officers.", "2,000") == .specific)
        // The same verbs used for an act, not words, report nothing.
        #expect(status("The storm will threaten 40,000 homes with floods.", "40,000") == SourceStatus.none)
        #expect(status("When asked, 23 percent chose the mayor.", "23 percent") == SourceStatus.none)
        #expect(status("The talk about 2,000 new officers grew louder.", "2,000") == SourceStatus.none)
    }

    @Test func aStatementOwnedOrAuthoredIsTheOwnersFigure() {
        #expect(status("Ruiz defended his call to raise the wage to $15 an hour.", "$15") == .specific)
        #expect(status("A survey by the Lakeside Institute counted 4,000 empty homes.", "4,000") == .specific)
    }

    @Test func aFigureHeadingARelativeClauseBelongsToItsVerb() {
        #expect(status("The city will spend more than the 1.2 billion dollars it expects to collect.", "1.2 billion") == .specific)
        // A share of a group that speaks is not the group's own figure.
        #expect(status("Asked about it, 72 percent of members said yes.", "72 percent") == SourceStatus.none)
    }

    @Test func anOpeningParticipleSharesTheMainSubject() {
        #expect(status("Expecting 5,000 marchers, Tom Reyes said he would close the road.", "5,000") == .specific)
    }

    @Test func documentedGoalsSurveyedAndInterviewAnswers() {
        #expect(status("As the Post's Ana Ruiz documented, more than a dozen mayors joined.", "dozen") == .specific)
        #expect(status("The mayor's declared goal of $1 billion is far off.", "$1 billion") == .specific)
        // The margin of error is the poll's method, not a finding: no claim at all (ReferenceNumberTests).
        #expect(status("The poll surveyed 1,000 adults with a margin of error of 3.1 points.", "3.1") == nil)
        #expect(status("By 80% to 10%, those surveyed say the plan is good.", "80%") == .vague)
        let interview = "Q&A with Mayor Ana Ruiz.\n\nQ: How is the budget?\n\nA: We spent $40 million on roads.\n\nQ: And next year?\n\nA: About $50 million more."
        #expect(status(interview, "$40 million") == .speaker)
    }
}
