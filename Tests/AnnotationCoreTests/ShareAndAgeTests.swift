import Testing
@testable import AnnotationCore

/// Proportions and fractions read as one share; ages, dates and headline counts that are not claims.
/// Sentences written for these tests.
@Suite struct ShareAndAgeTests {
    func figures(_ text: String) -> [Figure] {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures
    }

    func one(_ text: String, _ contains: String) -> Figure? {
        figures(text).first { $0.text.contains(contains) }
    }

    @Test(arguments: [
        ("One in five children in the valley is poor.", "One in five", 20.0),
        ("Three out of four firms hired staff.", "Three out of four", 75.0),
        ("Nine of 10 growers sold early.", "Nine of 10", 90.0),
        ("About 4 in 10 drivers agree.", "4 in 10", 40.0),
        ("Two thirds of members voted yes.", "Two thirds", 200.0 / 3),
        ("A third of the staff left.", "A third", 100.0 / 3),
    ])
    func proportionsAreOneShare(sentence: String, text: String, value: Double) {
        let f = one(sentence, text)
        #expect(f?.kind == .percent)
        #expect(abs((f?.value ?? 0) - value) < 0.001)
        // The denominator is part of the share, not a count of its own.
        #expect(figures(sentence).filter(\.isClaim).count == 1)
    }

    @Test func partsAndMeasuresAreNotShares() {
        #expect(one("This is part 3 of 3 of the series.", "3 of 3")?.kind == .name)
        #expect(one("She ran 3 in 10 minutes.", "10 minutes")?.kind == .duration)
    }

    @Test func agesAreNotCounts() {
        #expect(one("Men under 35 back the mayor.", "35")?.kind == .duration)
        #expect(one("Most voters were 45 or older.", "45")?.kind == .duration)
        #expect(one("She will turn 18 before the vote.", "18")?.kind == .duration)
        // A counted noun after the number makes it a count again.
        #expect(one("The firm employs under 35 workers.", "35")?.isClaim == true)
    }

    @Test func aDayBeforeACommaAndAYearIsADate() {
        #expect(one("Posted February 6, 2016 at noon.", "6")?.kind == .date)
        #expect(one("Posted by staffFebruary 6, 2016 at noon.", "6")?.kind == .date)
    }

    @Test func headlinesCountingTheirOwnItemsAreNotClaims() {
        #expect(one("17 Of The Most Striking Things Said This Year", "17")?.isClaim == false)
        #expect(one("Drivers Stop For These 3 Words On A Sign", "3")?.isClaim == false)
        #expect(one("More Than 100 Delegates Plan A Walkout", "100")?.isClaim == true)
    }

    @Test func pageTextRunTogetherIsNotProse() {
        #expect(one("34 postsGet LiveFAQSign in", "34")?.isClaim == false)
    }

    @Test func statedAgesAreNotCounts() {
        #expect(one("Kelly smiled at the question. She is 45.", "45")?.kind == .duration)
        #expect(one("Richard Roe (left), 40.", "40")?.kind == .duration)
        #expect(one("The club has 45 members. It has 40.", "40")?.isClaim == true)
    }
}
