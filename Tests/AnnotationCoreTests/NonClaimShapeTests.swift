import Testing
@testable import AnnotationCore

/// Numbers that record an outcome, a position, a date, a name or a specification: never claims. And the
/// same shapes where they do state a quantity. Sentences written for these tests.
@Suite struct NonClaimShapeTests {
    func figures(_ text: String) -> [Figure] {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures
    }

    func kind(_ text: String, _ contains: String) -> FigureKind? {
        figures(text).first { $0.text.contains(contains) }?.kind
    }

    @Test(arguments: [
        ("The visitors won 3-1 at the weekend.", "3-1"),
        ("Marta Reyes won 6-4 7-5 in the final.", "7-5"),
        ("It was a 24-17 win for the home side.", "24-17"),
        ("The reserves drew 1-1 with the leaders.", "1-1"),
        ("The council voted 7-2 to close the pool.", "7-2"),
        ("The nominee was confirmed 61 to 38 on Tuesday.", "61 to 38"),
        ("She has a 12-3 record this season.", "12-3"),
        ("The coach likes a 4-4-2 formation.", "4-4-2"),
        ("They lost 2-3 at home after a 1-2 defeat last week.", "2-3"),
    ])
    func scoresAndTalliesAreScores(sentence: String, text: String) {
        #expect(kind(sentence, text) == .score)
        #expect(!figures(sentence).contains { $0.isClaim && $0.text.contains(text) })
    }

    @Test func ranksAreScores() {
        #expect(kind("The single reached number 4 in the charts.", "number 4") == .score)
        #expect(kind("Three of her songs are in the top 10.", "top 10") == .score)
        #expect(kind("The firm is one of the top 5 exporters.", "top 5") == .score)
    }

    @Test func pairsThatStateQuantitiesStayClaims() {
        // A rising pair with a unit is a range; a share, a ratio or a poll's pair needs its source.
        #expect(kind("The trip takes 5-7 hours.", "5-7") == .duration)
        #expect(kind("The firm hired 20-30 workers.", "20-30")?.isClaimKind == true)
        #expect(kind("Renters outnumber owners 3-1 in the district.", "3")?.isClaimKind == true)
        #expect(kind("The poll has Ortega ahead 48-41 among voters.", "48")?.isClaimKind == true)
        #expect(kind("Only the top 2 or 3 percent would pay.", "3 percent") == .percent)
        #expect(kind("Prices fell from 40 to 30 dollars.", "40")?.isClaimKind == true)
    }

    @Test func dayRangesAndYearSpansAreDates() {
        #expect(kind("The fair runs on 3-4 June in the park.", "3-4") == .date)
        #expect(kind("The fair runs on June 3-4 in the park.", "3-4") == .date)
        let spans = figures("Growth stalled after the 2007-09 crisis.")
        #expect(spans.count == 1 && spans.first?.kind == .year)
    }

    @Test func distancesAndSpecificationsAreNotMillions() {
        let race = figures("She won the 1,500m at the trials.").first
        #expect(race?.kind == .name && race?.value == 1500)
        #expect(kind("The 400m relay team came home first.", "400m") == .name)
        #expect(kind("He ran 100m in the heat.", "100m") == .measure)
        #expect(kind("She bought a 64GB phone.", "64GB") == .name)
        #expect(kind("The town has a 10Mb connection.", "10Mb") == .name)
        // Millions stay millions with money or a counted noun.
        #expect(figures("The app has 400m users.").first?.value == 400_000_000)
        #expect(figures("The club paid £40m for him.").first?.value == 40_000_000)
    }

    @Test func numberedPartsAndReferenceLabelsAreNotClaims() {
        #expect(kind("Read part 1 here, and part 2 here.", "2") == .name)
        #expect(kind("They met in precinct 78 on the south side.", "78") == .name)
        #expect(kind("The lead was narrow, pollsters wrote. [538]", "538") == .metadata)
        // A percentage stays a claim even after a designator word.
        #expect(kind("Fees rose in part 12 percent.", "12 percent") == .percent)
    }

    @Test func agesNamesAndDenominations() {
        #expect(kind("“This is a sisterhood,” said Carla Ruiz, 24.", "24") == .duration)
        #expect(kind("When Nega founded the Ginbot 7 movement, he left.", "7") == .name)
        #expect(kind("His face speaks from a giant $100 bill.", "$100") == .name)
        #expect(kind("The plant paid $100 in bills.", "$100") == .money)
    }

    @Test func hyphenatedDescriptorsAreNotCounts() {
        #expect(kind("I got a 28-page booklet in the post.", "28-page") == .name)
        #expect(kind("They joined the 15-member committee.", "15-member") == .name)
        #expect(kind("She has a 401(k) plan.", "401") == .name)
        // Shares and margins fused to their noun stay claims.
        #expect(kind("He must pass the 15-percent hurdle.", "15-percent") == .percent)
        #expect(kind("Sanders has a 22-point lead.", "22")?.isClaimKind == true)
    }
}
