import Testing
@testable import AnnotationCore

/// Two accounts of one quantity that the text itself sets side by side, the nouns of amount that give a bare
/// number what it counts, and the story's setting shared by two reports. Sentences written for these tests.
@Suite struct ClaimAccountsTests {
    static func pairs(_ texts: String...) -> [[String]] {
        var index = WorkspaceIndex()
        for (k, t) in texts.enumerated() { index.update(Analyzer().analyze(SourceText(t), id: "d\(k).txt")) }
        return index.conflictSets().map { $0.map(\.figure.text) }
    }

    static func figure(_ text: String, _ needle: String) -> Figure? {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.text.contains(needle) }
    }

    // MARK: a second account announced by a comparison

    @Test func aLowerFigureIsAnotherAccountOfTheSameQuantity() {
        let text = "The Norland Drivers Union said 6,100 of its members had walked off the job. The transit agency gave a lower figure, saying 4,300 employees had failed to report for work on Monday and that about 900 had crossed picket lines."
        #expect(Self.pairs(text) == [["6,100", "4,300 employees"]])
        // Without the comparison, a count without a time and a count on Monday are not compared.
        let plain = "The Norland Drivers Union said 6,100 of its members had walked off the job. The transit agency said 4,300 employees had failed to report for work on Monday."
        #expect(Self.pairs(plain).isEmpty)
    }

    @Test func aDifferentStoryAnnouncesTheSecondAccount() {
        let text = "The Norland Drivers Union says all 6,100 of its members walked out on Monday and that fewer than 200 have gone back since. The agency's attendance records tell a different story: 4,300 workers absent on Monday, 3,700 on Wednesday and 3,100 on Thursday."
        let found = Self.pairs(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("6,100") == true)
        #expect(found.first?.contains { $0.contains("4,300") } == true)
    }

    @Test func aForecastAnnouncedByAComparisonIsNotASecondAccountOfAnOutcome() {
        let text = "Norland Steel reported revenue of $5 billion for the year. Analysts had expected a higher figure, forecasting $6.5 billion."
        #expect(Self.pairs(text).isEmpty)
    }

    @Test func farLowerAtSetsTheSecondValueAgainstTheFirst() {
        let text = "The Chamber of Commerce estimates that the strike costs the local economy $35 million a day. The city's budget office puts the daily cost far lower, at $15 million."
        #expect(Self.pairs(text).count == 1)
    }

    // MARK: a second account by valuing the amount the paragraph just named

    @Test func anotherSourceValuingTheSameAmountIsASecondAccount() {
        let text = "The Chamber of Commerce reckons the walkout is draining $250 million a week from the local economy. The mayor's budget office puts the cost at $15 million a day."
        #expect(Self.pairs(text) == [["$250 million", "$15 million"]])
    }

    @Test func aValuedAmountWithAnOfPhraseNamesItsOwnThing() {
        // "the cost of the new stadium" says what it values: it does not point back.
        let text = "The Chamber of Commerce reckons the walkout is draining $250 million a week from the local economy. The mayor's office puts the cost of the new stadium at $15 million a week."
        #expect(Self.pairs(text).isEmpty)
    }

    // MARK: targets of different senses

    @Test func aDemandIsNeverComparedWithAnOffer() {
        #expect(Self.pairs("The Norland Drivers Union is seeking raises of 5.5% a year over three years.",
                           "Norland Metro has offered raises of 2% a year over three years.").isEmpty)
        #expect(Self.figure("The union is seeking raises of 5.5% a year.", "5.5%")?.identity?.intent == "demand")
        #expect(Self.figure("Norland Metro has offered raises of 2% a year.", "2%")?.identity?.intent == "offer")
    }

    // MARK: nouns of amount, "it", and lists

    @Test func aTollCountsTheDeadAndItCarriesItToTheNextSentence() {
        let a = Self.figure("The death toll from the Vesland fire reached 29 on Monday.", "29")?.identity
        #expect(a?.head == "people")
        #expect(a?.measure == "deaths")
        let text = "The confirmed toll stood at 85 on Sunday. It climbed steadily as teams searched the ruins: 23 by Saturday, 42 by Monday and 63 by Thursday."
        let b = Self.figure(text, "42")?.identity
        #expect(b?.head == "people")
        #expect(b?.measure == "deaths")
        #expect(b?.anchor.marks == ["w:monday"])
    }

    @Test func theNumberOfNamesWhatIsCounted() {
        let id = Self.figure("Search teams found more bodies, bringing the number of people killed by the fire to 23.", "23")?.identity
        #expect(id?.head == "people")
        #expect(id?.measure == "deaths")
    }

    @Test func aLaterItemOfAListTakesTheUnitOfTheFirst() {
        let text = "Attendance records show 4,300 workers absent on Monday, 3,700 on Wednesday and 3,100 on Thursday."
        #expect(Self.figure(text, "3,700")?.identity?.head == Self.figure(text, "4,300")?.identity?.head)
        #expect(Self.figure(text, "3,700")?.identity?.anchor.marks == ["w:wednesday"])
    }

    @Test func tollsOnTheSameDayInTwoReportsOfOneFireConflict() {
        let a = "Vesland fire toll climbs\n\nTuesday 13 November 2018\n\nThe death toll from the Vesland Fire reached 29 on Monday, the deadliest in the state's history."
        let b = "The Vesland Fire by the numbers\n\nUpdated 26 November 2018\n\nThe confirmed toll stood at 85 on Sunday. It climbed steadily as teams searched the ruins: 23 by Saturday 10 November, 42 by Monday 12 November and 63 by Thursday 15 November."
        #expect(Self.pairs(a, b) == [["29", "42"]])
    }

    // MARK: levels reached, things destroyed, parts of a whole, lists of people

    @Test func aLevelReachedIsALevelAndAMovementFromIsAChange() {
        #expect(Self.figure("By the time the fire was out, the list of the missing had shrunk to 249.", "249")?.identity?.form == .level)
        #expect(Self.figure("The death toll rose to 23 on Saturday.", "23")?.identity?.form == .level)
        #expect(Self.figure("Cases fell from 12,400 cases to 9,950 cases last year.", "9,950")?.identity?.form == .change)
        #expect(Self.figure("Norland's exports rose 6% last year.", "6%")?.identity?.form == .change)
    }

    @Test func reducedToAshIsDestroyedNotChanged() {
        let id = Self.figure("By the end it had killed 85 people and reduced more than 18,000 homes to ash.", "18,000")?.identity
        #expect(id?.form == .level)
        #expect(id?.measure == "destruction")
        // The verb of the other figure of the coordination is not this figure's measure.
        #expect(Self.figure("By the end it had killed 85 people and reduced more than 18,000 homes to ash.", "85")?.identity?.measure == "deaths")
        // "reduced 200 jobs" with no noun of ruin stays a change.
        #expect(Self.figure("The mill reduced its staff by 200 workers.", "200")?.identity?.form == .change)
    }

    @Test func ofThoseCountsAPartOfTheWholeBefore() {
        let text = "Inspectors say 18,804 structures were destroyed in 2018. Of those, 13,972 were homes and 528 were shops."
        let part = Self.figure(text, "13,972")?.identity
        #expect(part?.head == "homes")
        #expect(part?.measure == "destruction")
        #expect(part?.anchor.marks == ["y:2018"])
    }

    @Test func aListOfTheMissingCountsMissingPeople() {
        #expect(Self.figure("More than 1,000 people remained on the sheriff's list of the missing.", "1,000")?.identity?.measure == "missing")
        let text = "The sheriff's list of people unaccounted for peaked at 1,276 on Saturday. By the time the fire was contained it had shrunk to 249."
        let id = Self.figure(text, "249")?.identity
        #expect(id?.head == "people")
        #expect(id?.measure == "missing")
        #expect(id?.anchor.isEmpty == true)
    }

    @Test func theMissingInTwoReportsOfOneFireConflict() {
        let a = "After the Vesland Fire\n\nOpinion | 27 November 2018\n\nThe Vesland Fire is finally out.\n\nEven after the flames were out, more than 1,000 people remained on the sheriff's list of the missing."
        let b = "The Vesland Fire by the numbers\n\nUpdated 26 November 2018\n\nThe Vesland Fire burned for 17 days.\n\nThe sheriff's list of people unaccounted for peaked at 1,276 on Saturday 17 November. By the time the fire was contained it had shrunk to 249."
        #expect(Self.pairs(a, b) == [["more than 1,000 people", "249"]])
    }

    // MARK: traps found by reading our own stories

    @Test func aHeadlineFigureIsNotCompared() {
        let a = "Vesland flood toll rises to 40\n\nThe death toll from the Vesland floods rose to 40 on Friday, the ministry said."
        #expect(Self.figure(a, "40")?.identity == nil)
        #expect(Analyzer().analyze(SourceText(a), id: "a.txt").figures.last { $0.text.contains("40") }?.identity != nil)
    }

    @Test func fromTheFloodsIsNotFromAFigure() {
        #expect(Self.figure("The death toll from the floods rose to 40 on Friday.", "40")?.identity?.form == .level)
    }

    @Test func aNumberAfterItsOwnVerbIsNotALaterListItem() {
        #expect(Self.figure("The floods have killed 63 people and forced 30,000 from their homes.", "30,000")?.identity == nil)
    }

    @Test func aNoBreakSpaceSeparatesWords() {
        #expect(Self.figure("Trump's support rose\u{A0}four percentage points since March.", "four")?.identity?.form == .change)
    }

    @Test func theMessageNamesWhatABareNumberCountsAndItsOwnMeasure() throws {
        let a = "Vesland fire toll climbs\n\nTuesday 13 November 2018\n\nThe death toll from the Vesland Fire reached 29 on Monday, the deadliest in the state's history."
        let b = "The Vesland Fire by the numbers\n\nUpdated 26 November 2018\n\nThe confirmed toll stood at 85 on Sunday. It climbed steadily as teams searched the ruins: 23 by Saturday 10 November, 42 by Monday 12 November and 63 by Thursday 15 November."
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText(a), id: "d0.txt"))
        index.update(Analyzer().analyze(SourceText(b), id: "d1.txt"))
        let finding = try #require(RuleEngine().findings(for: "d0.txt", in: index).first { $0.code == "conflicting-figure" })
        #expect(finding.message.hasPrefix("29 people, deaths"), "\(finding.message)")
        #expect(finding.message.contains("vs 42 people (d1.txt:5"), "\(finding.message)")
        #expect(finding.message.count < 200)
    }

    @Test func policeAndOrganisersOnOneMarch() {
        let text = "Police said 12,000 people joined the march on Saturday. Organisers put the crowd at 50,000."
        #expect(Self.pairs(text) == [["12,000 people", "50,000"]])
        // "the march" is not the month.
        #expect(Self.figure(text, "12,000")?.identity?.anchor.marks == ["w:saturday"])
    }

    @Test func makingItHarderProducesNothing() {
        #expect(Self.figure("This year 14 states passed at least 30 laws making it harder to vote.", "30 laws")?.identity?.measure == nil)
        #expect(Self.figure("The plant made 30 tanks for Estland.", "30 tanks")?.identity?.measure == "production")
    }

    @Test func aPollGivingAShareIsNotASupply() {
        #expect(Self.figure("A new poll gives Jane Holloway 41% against 40% for Mark Ostrander.", "40%")?.identity?.measure == nil)
        #expect(Self.figure("Norland gave 5,000 shells to Estland.", "5,000")?.identity?.measure == "supply")
    }

    @Test func aMonthWrittenShortWithItsDayIsADate() {
        #expect(Self.figure("A gunman carried out a shooting Dec. 2 in Vesland, killing 14 people.", "14")?.identity?.anchor.marks == ["m:december 2"])
        // "Jan" alone is a name, not January.
        #expect(Self.figure("Jan Novak said the mill made 300 tanks.", "300")?.identity?.anchor.isEmpty == true)
    }

    @Test func twoSentencesSharingOnlyANameShareOneThing() {
        // Two different attacks whose sentences share only the words of one description, "American Muslim".
        #expect(Self.pairs("It was the attack by an American Muslim that killed 49 people at a club.",
                           "An American Muslim and his wife opened fire at a clinic, killing 14 people.").isEmpty)
        // A short name is the same name as the full one: "Metro" and "Port Halden Metro".
        #expect(ConflictTest.sharedEvidence(["metro", "offered"], ["port halden metro", "offered"]) == 2)
        #expect(ConflictTest.sharedEvidence(["camp fire", "toll"], ["toll"]) == 1)
    }

    // MARK: measures read from the figure's own clause

    @Test func aVerbOfAnotherClauseIsNotTheMeasure() {
        #expect(Self.figure("The agency gave details, saying 4,300 employees failed to report.", "4,300")?.identity?.measure == nil)
        #expect(Self.figure("Norland supplied 5,000 shells to Estland.", "5,000")?.identity?.measure == "supply")
        // A capital inside a sentence starts a name: the "Camp Fire" burns nothing.
        #expect(Self.figure("The death toll from the Camp Fire reached 29.", "29")?.identity?.measure == "deaths")
    }

    // MARK: the story's setting

    @Test func aSettingBothLeadsNameJoinsAClaimThatNamesNoOne() {
        let a = "Norland transit strike enters second day\n\nBuses across Norland stayed in their depots.\n\nThe network normally carries about 410,000 riders on a weekday."
        let b = "Norland cannot afford this strike\n\nEditorial\n\nEvery weekday, a million riders count on Norland's buses and trains."
        #expect(Self.pairs(a, b).count == 1)
    }

    @Test func aPersonIsNeverASetting() {
        // Both leads name the senator; a claim about her and one about no one are not joined by it.
        let a = "Senator Jane Holloway tours the plant\n\nSenator Jane Holloway visited on Monday.\n\nHolloway said the plant makes 410,000 cars a year."
        let b = "Senator Jane Holloway and the plant\n\nEditorial\n\nThe plant makes a million cars a year."
        #expect(Self.pairs(a, b).isEmpty)
    }
}

@Suite struct ClaimIdentityJSONTests {
    @Test func theIdentitySaysWhatIsCountedWhoAndWhen() {
        let f = Analyzer().analyze(SourceText("Norland supplied 5,000 shells to Estland in 2023."), id: "t.txt").figures.first { $0.text.contains("5,000") }
        guard let id = f?.identity else { Issue.record("no identity"); return }
        var out = JSONOutput()
        ClaimIdentityJSON.write(id, into: &out)
        let json = String(decoding: out.bytes, as: UTF8.self)
        #expect(json.contains(#""counted":"munitions""#))
        #expect(json.contains(#""when":["y:2023"]"#))
        #expect(json.contains(#""form":"level""#))
        #expect(json.contains("Estland"))
    }
}
