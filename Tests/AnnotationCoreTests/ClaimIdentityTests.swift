import Testing
@testable import AnnotationCore

/// The identity of a claim (SPEC §3.4) decides which figures are compared. Every trap of issue 15 is one
/// test here, with sentences written for it, and so is every kind of match that must still be found.
@Suite struct ClaimIdentityTests {
    static func index(_ texts: [String]) -> WorkspaceIndex {
        var index = WorkspaceIndex()
        for (k, t) in texts.enumerated() { index.update(Analyzer().analyze(SourceText(t), id: "d\(k).txt")) }
        return index
    }

    /// The conflicting pairs of a workspace, as the figures' texts.
    static func pairs(_ texts: String...) -> [[String]] {
        index(texts).conflictSets().map { $0.map(\.figure.text) }
    }

    /// Every other claim of the workspace about the same quantity as the figure `text` of the first document.
    static func sameQuantity(_ text: String, _ texts: String...) -> [String] {
        let idx = index(texts)
        guard let f = idx.documents["d0.txt"]?.figures.first(where: { $0.text.contains(text) }) else { return [] }
        return idx.sameQuantity(as: f, in: "d0.txt").map(\.figure.text)
    }

    static func identity(_ sentence: String, _ text: String) -> ClaimIdentity? {
        Analyzer().analyze(SourceText(sentence), id: "t.txt").figures.first { $0.text.contains(text) }?.identity
    }

    // MARK: traps

    @Test func differentObjectsAreNotCompared() {
        #expect(Self.pairs("Norland sold 2 million copies of its first album.",
                           "Norland sold 500,000 copies of its second album.").isEmpty)
        #expect(Self.pairs("Norland's central bank holds currency reserves of $40 billion.",
                           "Estland's central bank holds currency reserves of $12 billion.").isEmpty)
        #expect(Self.pairs("The census counted 1,280 pledged delegates for Norland.",
                           "The census counted 469 super delegates for Norland.").isEmpty)
    }

    @Test func swappedRolesAreTwoFlows() {
        #expect(Self.pairs("Norland supplied 5,000 shells to Estland.", "Estland supplied 400 shells to Norland.").isEmpty)
        #expect(Self.identity("Norland supplied 5,000 shells to Estland.", "5,000")?.recipients == ["Estland"])
    }

    @Test func differentTimesAreNotCompared() {
        #expect(Self.pairs("Norland exported 3.1 million barrels of oil a day in 2015.",
                           "Norland exported 520,000 barrels of oil a day in 1975.").isEmpty)
        // One anchored and one not: the text does not say they are the same time.
        #expect(Self.pairs("Norland exported 3.1 million barrels of oil a day.",
                           "Norland exported 520,000 barrels of oil a day in 1975.").isEmpty)
        // "On Monday" in two documents may be two different Mondays.
        #expect(Self.pairs("Rebels killed 29 people in Norland on Monday.",
                           "Rebels killed 42 people in Norland on Monday.").isEmpty)
        #expect(Self.identity("Norland exported 520,000 barrels of oil a day in 1975.", "520,000")?.anchor.marks == ["y:1975"])
        // Two texts written the same day mean the same Monday.
        #expect(Self.pairs("Tuesday, March 5, 2024\n\nRebels killed 29 people in Norland on Monday.",
                           "March 5, 2024\n\nRebels killed 42 people in Norland on Monday.").count == 1)
        #expect(Self.identity("Norland will deliver 300 tanks to Estland by 2027.", "300")?.anchor.marks == ["y:by 2027"])
    }

    @Test func aChangeIsNeverComparedWithALevel() {
        #expect(Self.pairs("Norland's army grew by 20,000 soldiers after the war.",
                           "Norland's army sent 150,000 soldiers to Estland after the war.").isEmpty)
        #expect(Self.identity("Norland's exports rose 6% to Estland.", "6%")?.form == .change)
        #expect(Self.identity("Norland supplied another 200 tanks to Estland.", "200")?.form == .change)
        #expect(Self.identity("Norland supplied 200 tanks to Estland.", "200")?.form == .level)
    }

    @Test func fromToInOneSentenceIsNeverAConflict() {
        #expect(Self.pairs("Norland cut its supply of shells to Estland from 12,400 to 9,950 last month.").isEmpty)
        #expect(Self.pairs("Norland supplied 6 million shells to Estland, while Vesland says Norland supplied 300,000 shells to Estland.").isEmpty)
        #expect(Self.identity("Supplies fell from 12,400 shells to 9,950 shells.", "12,400")?.form == .change)
    }

    @Test func aNarrowerScopeIsAnotherQuantity() {
        #expect(Self.pairs("Norland exported 40,000 vehicles to Estland, the ministry said.",
                           "Norland exported 31,000 vehicles to Estland, excluding trucks.").isEmpty)
        // Without the exclusion the two are one quantity and disagree.
        #expect(Self.pairs("Norland exported 40,000 vehicles to Estland, the ministry said.",
                           "Norland exported 31,000 vehicles to Estland.").count == 1)
        #expect(Self.identity("The raise would leave drivers in Norland with $1,200 net of premiums.", "$1,200")?.exclusions == ["premiums"])
    }

    @Test func perUnitIsNeverComparedWithATotal() {
        #expect(Self.pairs("Norland spent $2,000 per soldier on the mission in Estland.",
                           "Norland spent $40 million on the mission in Estland.").isEmpty)
        #expect(Self.identity("Norland spent $2,000 per soldier on the mission in Estland.", "$2,000")?.form == .perUnit)
        #expect(Self.identity("Norland paid $33.80 an hour in wages to Estland.", "$33.80")?.per == "hour")
    }

    @Test func aTargetIsNeverComparedWithAnOutcome() {
        #expect(Self.pairs("Norland plans to build 300,000 homes for Estland refugees.",
                           "Norland built 120,000 homes for Estland refugees.").isEmpty)
        #expect(Self.identity("Norland is seeking 300 tanks from Estland.", "300")?.form == .target)
        #expect(Self.identity("The offer would lift pay to $36.90 an hour for Norland drivers.", "$36.90")?.form == .target)
    }

    @Test func scoresAreNotCounts() {
        #expect(Self.pairs("Norland beat Estland 24-17 in the final.", "Norland beat Estland 31-10 in the final.").isEmpty)
    }

    @Test func aFigureWhoseCountedThingCannotBeReadIsComparedWithNothing() {
        #expect(Self.identity("Norland said the figure was 4,300.", "4,300") == nil)
        #expect(Self.pairs("Norland gave Estland 4,300.", "Norland gave Estland 90.").isEmpty)
    }

    @Test func differenceAfterTheFigureIsAChange() {
        #expect(Self.identity("Norland produced a billion gallons less than the law requires.", "a billion")?.form == .change)
        #expect(Self.identity("Norland announced a 6% increase in supply to Estland.", "6%")?.form == .change)
    }

    /// The traps above are not vacuous: the same sentences without what sets them apart do conflict.
    @Test func eachTrapHasAControlThatConflicts() {
        #expect(Self.pairs("Norland exported 3.1 million barrels of oil a day.",
                           "Norland exported 520,000 barrels of oil a day.").count == 1)
        #expect(Self.pairs("Norland built 300,000 homes for Estland refugees.",
                           "Norland built 120,000 homes for Estland refugees.").count == 1)
        #expect(Self.pairs("Norland spent $2,000 on the mission in Estland.",
                           "Norland spent $40 million on the mission in Estland.").count == 1)
        #expect(Self.pairs("Norland's army sent 20,000 soldiers to Estland after the war.",
                           "Norland's army sent 150,000 soldiers to Estland after the war.").count == 1)
        #expect(Self.pairs("Norland supplied 5,000 shells to Estland.", "Norland supplied 400 shells to Estland.").count == 1)
    }

    // MARK: matches that must still be found

    @Test func sameEventInDifferentWordingIsCompared() {
        #expect(Self.pairs("Norland sent 5,000 troops to Estland.",
                           "Norland has deployed 40,000 troops to Estland, officials said.").count == 1)
        #expect(Self.pairs("Norland dispatched 5,000 troops to Estland.",
                           "Norland deployed 40,000 troops to Estland.").count == 1)
    }

    @Test func theSourceIsNotPartOfTheIdentity() {
        #expect(Self.pairs("According to the Norland Defence Ministry, Norland sent 5,000 troops to Estland.",
                           "Vesland intelligence said Norland sent 40,000 troops to Estland.").count == 1)
        // Police and organisers on one rally's crowd: the conflict users most want to see.
        #expect(Self.pairs("Organisers said 250,000 people attended the rally in Madrid.",
                           "Police said 60,000 people attended the rally in Madrid.").count == 1)
    }

    @Test func someAndAtLeastAgreeAndAreCorroboration() {
        #expect(Self.pairs("Norland sent some 40,000 troops to Estland.", "Norland sent at least 35,000 troops to Estland.").isEmpty)
        #expect(Self.sameQuantity("40,000", "Norland sent some 40,000 troops to Estland.",
                                  "Norland sent at least 35,000 troops to Estland.") == ["at least 35,000 troops"])
        #expect(Self.pairs("Norland sent some 40,000 troops to Estland.", "Norland sent 4,000 troops to Estland.").count == 1)
    }

    @Test func vagueAmountsAreNotWhatIsCounted() {
        #expect(Self.identity("Norland supplied several hundred thousand shells to Estland.", "several")?.narrowing == [])
        #expect(Self.identity("Norland gave millions of dollars to Estland.", "millions")?.narrowing == [])
        #expect(Self.pairs("Norland supplied millions of shells to Estland.",
                           "Norland supplied several hundred thousand shells to Estland.").count == 1)
    }

    @Test func writtenScalesReadAsTheSameNumber() {
        #expect(Self.pairs("Norland supplied 1.2m shells to Estland.", "Norland supplied 1,200,000 shells to Estland.").isEmpty)
        #expect(Self.sameQuantity("1.2m", "Norland supplied 1.2m shells to Estland.",
                                  "Norland supplied 1,200,000 shells to Estland.").count == 1)
        #expect(Self.pairs("Norland supplied 1.2m shells to Estland.", "Norland supplied 300,000 shells to Estland.").count == 1)
    }

    @Test func theMessageSaysWhatBothFiguresAreAboutOnOneLine() throws {
        let idx = Self.index(["Norland supplied nearly 6 million shells to Estland in 2024.",
                              "Officials say Norland supplied several hundred thousand shells to Estland in 2024."])
        let finding = try #require(RuleEngine().findings(for: "d0.txt", in: idx).first { $0.code == "conflicting-figure" })
        #expect(finding.message.count < 200)
        #expect(!finding.message.contains("\n"))
        #expect(finding.message.contains("2024") && finding.message.contains("d1.txt:1"))
        #expect(finding.message.contains("Norland"))
    }

    @Test func theMessageCarriesEachDocumentsDate() throws {
        let idx = Self.index(["Wednesday, March 6, 2024\n\nNorland sent 5,000 troops to Estland.",
                              "Updated Friday, 8 March 2024\n\nNorland sent 40,000 troops to Estland."])
        let finding = try #require(RuleEngine().findings(for: "d0.txt", in: idx).first { $0.code == "conflicting-figure" })
        #expect(finding.message.contains("March 6, 2024") && finding.message.contains("8 March 2024"))
        #expect(finding.message.count < 200)
        #expect(DocumentDate.read(SourceText("A headline\n\nThe war began in 2022.")) == nil)
        #expect(DocumentDate.read(SourceText("Title\n10- 13.09.2023, 16:06\nText.")) == "2023-09-13")
        #expect(DocumentDate.read(SourceText("Translate\n\n2024年6月26日 星期三\n")) == "2024-06-26")
    }

    /// The year must stand within the first 300 bytes, and four digits in a row are what any year read is.
    @Test func aDocumentsDateIsReadFromItsOpeningLinesOnly() {
        let pad = String(repeating: "word ", count: 55)   // 275 bytes
        #expect(DocumentDate.read(SourceText(pad + "March 6, 2024\n\nText.")) == "March 6, 2024")
        // "2024" at bytes 296–299, the last four read; one more space and it ends past them.
        #expect(DocumentDate.read(SourceText(pad + "March 6," + String(repeating: " ", count: 13) + "2024\n")) == "March 6, 2024")
        #expect(DocumentDate.read(SourceText(pad + "March 6," + String(repeating: " ", count: 14) + "2024\n")) == nil)
        #expect(DocumentDate.read(SourceText("8 March 1999 and 6 May 2024")) == "8 March 1999")
        #expect(DocumentDate.read(SourceText("March 6, 24\n\nIn 2024, text.")) == nil)
        #expect(DocumentDate.read(SourceText("Dated 1.2.2023")) == "2023-02-01")
        #expect(DocumentDate.read(SourceText("Dated 1.2.203")) == nil)
    }
}
