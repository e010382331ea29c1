import Testing
@testable import AnnotationCore

/// Round 2 of the claim identity (issue 15): what a bare number counts, which time governs which figure,
/// weekdays resolved against a text's date, offers of an increase, and claims that name no participant.
/// Every sentence is written for these tests.
@Suite struct CountedNounAndAnchorScopeTests {
    static func identity(_ text: String, _ figure: String) -> ClaimIdentity? {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.text.contains(figure) }?.identity
    }

    static func pairs(_ texts: String...) -> [[String]] {
        var index = WorkspaceIndex()
        for (k, t) in texts.enumerated() { index.update(Analyzer().analyze(SourceText(t), id: "d\(k).txt")) }
        return index.conflictSets().map { $0.map(\.figure.text) }
    }

    // MARK: what a bare number counts

    @Test func aPartitiveNamesWhatABareNumberCounts() {
        #expect(Self.identity("The guild said 2,400 of its members had stopped work.", "2,400")?.head == "members")
        #expect(Self.identity("Inspectors found that 310 of the workers had no contract.", "310")?.head == "workers")
    }

    @Test func aCopulaNamesWhatABareNumberCounts() {
        #expect(Self.identity("The flood damaged 900 buildings. Of those, 640 were homes.", "640")?.head == "homes")
        // A participle after "were" is not a noun: nothing is counted that the text names.
        #expect(Self.identity("The storm hit the coast and 12 were injured.", "12") == nil)
    }

    // MARK: which time governs which figure

    @Test func aTimeInARelativeClauseGovernsThatClauseOnly() {
        let id = Self.identity("Norrail has offered 4% a year, which it says would lift a driver's pay to $30 by 2029.", "4%")
        #expect(id?.anchor.isEmpty == true)
        #expect(Self.identity("Norrail has offered 4% a year, which it says would lift a driver's pay to $30 by 2029.", "$30")?
            .anchor.marks == ["y:by 2029"])
    }

    @Test func inAListEachFigureTakesItsOwnTime() {
        let text = "Updated 20 May 2025\n\nThe toll rose through the week: 12 deaths by Saturday 10 May, 19 deaths by Monday 12 May."
        #expect(Self.identity(text, "12 deaths")?.anchor.marks == ["t:2025-05-10"])
        #expect(Self.identity(text, "19 deaths")?.anchor.marks == ["t:2025-05-12"])
    }

    // MARK: dates resolved against the text's date

    @Test func theCalendarKnowsItsWeekdays() throws {
        let day = try #require(CalendarDay(year: 2018, month: 11, day: 13))
        #expect(day.weekday == 1) // a Tuesday
        #expect(day.latest("monday")?.iso == "2018-11-12")
        #expect(day.latest("tuesday")?.iso == "2018-11-13")
        #expect(day.latest("wednesday")?.iso == "2018-11-07")
        #expect(CalendarDay(ordinal: day.ordinal) == day)
        #expect(CalendarDay(year: 2024, month: 2, day: 29)?.latest("monday")?.iso == "2024-02-26")
    }

    @Test func aWeekdayIsResolvedToADateFromTheDateline() {
        #expect(Self.identity("Tuesday 13 May 2025\n\nThe flood killed 31 people in Norland on Monday.", "31")?.anchor.marks
            == ["t:2025-05-12"])
        // Said of the future, "on Monday" is not the last Monday: it stays as written.
        #expect(Self.identity("Tuesday 13 May 2025\n\nNorland will send 31 engineers to Estland on Monday.", "31")?.anchor.marks
            == ["w:monday"])
        // Without a dateline a weekday stays relative.
        #expect(Self.identity("The flood killed 31 people in Norland on Monday.", "31")?.anchor.marks == ["w:monday"])
    }

    @Test func theSameDayInDifferentWordsIsOneTime() {
        // Written on Tuesday 13 May and on 20 May: "on Monday" and "on Monday 12 May" are one day.
        #expect(Self.pairs("Tuesday 13 May 2025\n\nThe flood killed 31 people in Norland on Monday.",
                           "Updated 20 May 2025\n\nThe flood had killed 44 people in Norland by Monday 12 May.").count == 1)
        // Written a week apart, "on Monday" is two different Mondays.
        #expect(Self.pairs("Tuesday 13 May 2025\n\nThe flood killed 31 people in Norland on Monday.",
                           "Tuesday 20 May 2025\n\nThe flood killed 44 people in Norland on Monday.").isEmpty)
    }

    // MARK: offers and participants

    @Test func anOfferedIncreaseIsATarget() {
        #expect(Self.identity("Norrail has offered a pay increase of 2 per cent a year.", "2 per cent")?.form == .target)
        #expect(Self.identity("Norrail's fares rose 2 per cent a year.", "2 per cent")?.form == .change)
    }

    @Test func claimsWithoutParticipantsAreComparedOnStrongTextualEvidence() {
        // Neither names a participant other than its source; the sentences share more than one distinctive word.
        #expect(Self.pairs("Vale Transit has offered drivers 2 per cent a year.",
                           "Vale Transit has offered drivers 4% a year, officials said.").count == 1)
        // Growth rates that share no story are not compared.
        #expect(Self.pairs("Vale Transit has offered drivers 2 per cent a year.",
                           "Economists expect prices to climb 4% a year.").isEmpty)
        // The same offer in other words agrees: corroboration, not a conflict.
        #expect(Self.pairs("Vale Transit has offered drivers 2 per cent a year.",
                           "Vale Transit has offered drivers 2% a year.").isEmpty)
    }

    @Test func theMessageIsOneShortLine() throws {
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText("Vale Transit has offered drivers 2 per cent a year."), id: "news/a.txt"))
        index.update(Analyzer().analyze(SourceText("Vale Transit has offered drivers 4% a year."), id: "news/b.txt"))
        let finding = try #require(RuleEngine().findings(for: "news/a.txt", in: index).first { $0.code == "conflicting-figure" })
        #expect(finding.message.count < 200 && !finding.message.contains("\n"))
        #expect(finding.message.contains("news/b.txt:1") && finding.message.contains("4% a year"))
    }
}
