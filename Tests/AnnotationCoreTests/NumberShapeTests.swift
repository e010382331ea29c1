import Testing
@testable import AnnotationCore

/// Ways of writing a number beyond plain digits: bounds after it or as symbols, ranges that repeat their
/// currency, negatives, currency codes and abbreviations, scale words, space-grouped digits, units written onto
/// the number and conversions in brackets. Sentences written for these tests.
@Suite struct NumberShapeTests {
    func figures(_ text: String) -> [Figure] {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures
    }

    func one(_ text: String, _ contains: String) -> Figure? {
        figures(text).first { $0.text.contains(contains) }
    }

    @Test func boundsWrittenAfterOrAsSymbols() {
        let more = one("Five or more firms closed, and 5 or more shops.", "5 or more")
        #expect(more?.qualifier == .atLeast && more?.lower == 5 && more?.upper == .infinity)
        #expect(one("The town has 1,000-plus homes.", "1,000")?.qualifier == .atLeast)
        #expect(one("Turnout was > 30 percent.", "30")?.qualifier == .atLeast)
        let most = one("Fees were <= 100 dollars.", "100")
        #expect(most?.qualifier == .atMost && most?.upper == 100)
        #expect(one("Each class has 30 or fewer pupils.", "30")?.qualifier == .atMost)
    }

    @Test func rangesThatRepeatTheirCurrency() {
        let r = one("Prices rose from $10 to $20.", "$10")
        #expect(r?.qualifier == .range && r?.lower == 10 && r?.upper == 20 && r?.currency == "USD")
        #expect(figures("Salaries range from $35,000 to $60,000 a year.").filter(\.isClaim).count == 1)
    }

    @Test func negativeNumbers() {
        #expect(one("Growth was -1.5% last year.", "1.5")?.value == -1.5)
        #expect(one("Output fell −2.5% in May.", "2.5")?.value == -2.5)
        #expect(one("It was minus 10 degrees at dawn.", "10")?.value == -10)
        #expect(one("The margin of error is plus or minus 4.3 points.", "4.3")?.value == 4.3)
        // A dash between two numbers is a range, not a sign.
        #expect(one("The trip takes 5-7 hours.", "5-7")?.lower == 5)
    }

    @Test func currencyCodesAndAbbreviations() {
        #expect(one("The ticket costs CAD 5 at the door.", "5")?.currency == "CAD")
        #expect(one("Tea costs Rs 20 at the stall.", "20")?.currency == "INR")
        #expect(one("Lunch costs RM 42 in the city.", "42")?.currency == "MYR")
        #expect(one("The fund holds 500 million yen.", "500")?.currency == "JPY")
    }

    @Test func scaleWords() {
        #expect(one("They bought 3 dozen eggs.", "3")?.value == 36)
        #expect(one("Half a dozen boats sank.", "Half")?.value == 6)
        #expect(one("Half a million people marched.", "Half")?.value == 500_000)
        #expect(one("The firm lost 5 lakh rupees.", "5")?.value == 500_000)
        #expect(one("The state spent 40 crore rupees.", "40")?.value == 400_000_000)
    }

    @Test func digitsGroupedBySpaces() {
        let f = one("The hall seats 40 000 people.", "40")
        #expect(f?.value == 40_000 && f?.text == "40 000 people")
    }

    @Test func unitsWrittenOntoTheNumber() {
        #expect(one("It was 40C in the shade.", "40C")?.kind == .measure)
        #expect(one("Add 500g of flour.", "500g")?.unit == "g")
        #expect(one("He drove at 100mph on the bypass.", "100mph")?.kind == .measure)
        #expect(one("The wall is 5ft high.", "5ft")?.unit == "ft")
        #expect(one("It reached 90°F today.", "90")?.unitClass == "degrees")
        // Four digits with a unit are a quantity, not a year.
        #expect(one("Take 2000 milligrams daily.", "2000")?.kind == .measure)
        #expect(one("Relatives of the 2012 attacks spoke.", "2012")?.kind == .year)
    }

    @Test func fractionsWithASlash() {
        #expect(one("About 3/4 of voters agreed.", "3/4")?.value == 75)
    }

    @Test func aConversionInBracketsIsNotASecondFigure() {
        let claims = figures("The deal was worth $2.9bn (£1.5bn) last year.").filter(\.isClaim)
        #expect(claims.count == 1 && claims.first?.currency == "USD")
    }

    @Test func aCodeWrittenOntoTheAmountIsMoney() {
        let fee = one("The fee rose to USD3.14 per unit.", "USD3")
        #expect(fee?.kind == .money && fee?.currency == "USD" && fee?.value == 3.14 && fee?.isClaim == true)
        #expect(one("The bank paid EUR250 to each client.", "EUR250")?.currency == "EUR")
        // Capitals that are no currency stay a model name.
        #expect(one("She owns a USB3 drive.", "USB3")?.isClaim == false)
    }
}
