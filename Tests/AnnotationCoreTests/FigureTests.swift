import Testing
@testable import AnnotationCore

/// Figures: shapes, kinds, qualifiers, units, measures and rates, on sentences written for these tests.
@Suite struct FigureTests {
    func all(_ text: String, id: String = "t.txt") -> [Figure] {
        Analyzer().analyze(SourceText(text), id: id).figures
    }

    func one(_ text: String, _ contains: String) -> Figure? {
        all(text).first { $0.text.contains(contains) }
    }

    // MARK: shapes

    @Test(arguments: [
        ("The port handled 10,000 crates last week.", 10_000.0),
        ("Output rose by 1.5 tonnes.", 1.5),
        ("The fund lost 27,542 members.", 27_542.0),
        ("The agency hired 6 million workers.", 6_000_000.0),
        ("The loan was worth $11 billion.", 11_000_000_000.0),
        ("Turnout reached 90% in the capital.", 90.0),
        ("The bank lent €3.2bn to farmers.", 3_200_000_000.0),
        ("The city counted 1.2m visitors.", 1_200_000.0),
        ("One hundred towns signed the pledge.", 100.0),
        ("Twenty-five thousand people marched.", 25_000.0),
    ])
    func readsValues(sentence: String, value: Double) {
        let f = all(sentence).first { $0.isClaim }
        #expect(f?.value == value)
    }

    @Test func currenciesAndPercent() {
        #expect(one("The loan was worth $11 billion.", "$11")?.currency == "USD")
        #expect(one("The bank lent €3.2bn to farmers.", "€")?.currency == "EUR")
        for (symbol, code) in [("£", "GBP"), ("¥", "JPY"), ("₽", "RUB"), ("₹", "INR"), ("₩", "KRW"), ("₴", "UAH")] {
            #expect(one("The fund lent \(symbol)40 million to farmers.", symbol)?.currency == code, "\(symbol)")
        }
        // A quotation mark before a number is no currency.
        #expect(one("The fund lent “40 million” to farmers.", "40")?.currency == nil)
        #expect(one("Trade reached 135 billion dollars.", "135")?.unitClass == "USD")
        #expect(one("Turnout reached 90% in the capital.", "90")?.kind == .percent)
        #expect(one("Turnout reached 45 per cent in the capital.", "45")?.unitClass == "percent")
    }

    @Test func rangesWithDashesAndWords() {
        let dash = one("Officials expect 5–7 million tourists.", "5–7")
        #expect(dash?.qualifier == .range)
        #expect(dash?.lower == 5_000_000)
        #expect(dash?.upper == 7_000_000)
        let between = one("The plant makes between 200,000 and 300,000 tyres.", "between")
        #expect(between?.lower == 200_000)
        #expect(between?.upper == 300_000)
        let to = one("Prices ranged from 40 to 60 dollars.", "40")
        #expect(to?.lower == 40 && to?.upper == 60)
    }

    // MARK: qualifiers and their intervals

    @Test func qualifierIntervals() {
        let about = one("The army has about 1,000 tanks.", "1,000")!
        #expect(about.qualifier == .approx && about.lower == 800 && about.upper == 1200)
        let nearly = one("The army has nearly 1,000 tanks.", "1,000")!
        #expect(nearly.qualifier == .approx && nearly.lower == 850 && nearly.upper == 1000)
        let atLeast = one("The army has at least 1,000 tanks.", "1,000")!
        #expect(atLeast.qualifier == .atLeast && atLeast.lower == 1000 && atLeast.upper.isInfinite)
        let over = one("The army has over 1,000 tanks.", "1,000")!
        #expect(over.qualifier == .atLeast)
        let upTo = one("The army has up to 1,000 tanks.", "1,000")!
        #expect(upTo.qualifier == .atMost && upTo.lower == 0 && upTo.upper == 1000)
        let fewer = one("The army has fewer than 1,000 tanks.", "1,000")!
        #expect(fewer.qualifier == .atMost)
    }

    @Test func vagueQuantities() {
        let several = one("The mill sold several hundred thousand sacks.", "several")!
        #expect(several.qualifier == .vague && several.lower == 200_000 && several.upper == 999_999)
        let hundredsOf = one("Hundreds of thousands of sacks were sold.", "Hundreds")!
        #expect(hundredsOf.lower == 200_000 && hundredsOf.upper == 999_999)
        let tens = one("Tens of thousands of sacks were sold.", "Tens")!
        #expect(tens.lower == 20_000 && tens.upper == 99_999)
        let millions = one("The mill sold millions of sacks.", "millions")!
        #expect(millions.lower == 2_000_000 && millions.upper == 999_999_999)
        #expect(one("Dozens of boats sank.", "Dozens")?.qualifier == .vague)
        #expect(one("A few hundred boats sank.", "few")?.lower == 200)
    }

    // MARK: non-claims

    @Test(arguments: [
        ("The ceasefire began on September 13 after talks.", "13", FigureKind.date),
        ("The report was filed on 13.09.2023 in Oslo.", "13.09.2023", .date),
        ("The vote is on May 19, 2024, in Lyon.", "2024", .date),
        ("Talks resumed in March 2023 in Doha.", "2023", .date),
        ("会议于2024年6月26日举行。", "2024", .date),
        ("The treaty was signed in 2014 by both sides.", "2014", .year),
        ("The dam was built in the 1950s with loans.", "1950s", .year),
        ("The session opened at 16:06 on Tuesday.", "16:06", .time),
        ("The ferry leaves at 8 a.m. on weekdays.", "8", .time),
        ("The court heard Lind v. Reyes, No. 15-674, in March.", "15-674", .name),
        ("The speech starts at 9 p.m. EST.", "9", .time),
        ("The club celebrated its 75th anniversary.", "75th", .ordinal),
        ("The siege lasted six months and ended in spring.", "six", .duration),
        ("It was a twenty-hour journey by train.", "twenty-hour", .duration),
        ("He served four years as mayor.", "four", .duration),
        ("Over the last 75 years the town grew.", "75", .duration),
        ("The air force ordered more F-16s from the supplier.", "F-16s", .name),
        // Mojibake of "Gülen" with a combining tilde: the digit is part of the word.
        ("The GA\u{0303}1\u{2044}4len movement has been active.", "1", .name),
        ("Leaders of the G-7 met in Rome.", "G-7", .name),
        ("Two countries refused to sign.", "Two", .smallCount),
        ("One of them refused to sign.", "One", .smallCount),
        ("On the one hand, the deal is cheap.", "one", .smallCount),
    ])
    func nonClaimsAreNeverClaims(sentence: String, text: String, kind: FigureKind) {
        let f = all(sentence).first { $0.text.contains(text) }
        #expect(f?.kind == kind, "\(sentence)")
        #expect(f?.isClaim == false)
    }

    @Test func pageFurnitureLinesAreMetadata() {
        let text = "Markets slide as rates rise\n- 27,542\n\nThe bank raised rates by 2 percent on Monday.\n"
        let figures = all(text)
        #expect(figures.first { $0.text.contains("27,542") }?.kind == .metadata)
        #expect(figures.first { $0.text.contains("2 percent") }?.isClaim == true)
    }

    // MARK: units, measures, rates

    @Test func unitsFoldIntoClasses() {
        #expect(one("The depot shipped 4,000 artillery shells.", "4,000")?.unitClass == "munitions")
        #expect(one("The depot shipped 4,000 rounds of ammunition.", "4,000")?.unitClass == "munitions")
        #expect(one("The summit drew 60 heads of state.", "60")?.unitClass == "heads of state")
    }

    @Test func measuresComeFromTheGoverningVerbOrNoun() {
        #expect(one("The ally supplied 4,000 shells to the front.", "4,000")?.measure == "supply")
        #expect(one("The army fired 4,000 shells last week.", "4,000")?.measure == "consumption")
        #expect(one("The factory produced 4,000 shells last week.", "4,000")?.measure == "production")
        #expect(one("Annual trade of 3 billion dollars links the two.", "3 billion")?.measure == "trade")
    }

    @Test func ratesAndTheirTraps() {
        #expect(one("The army fires at least 3,000 shells a day.", "3,000")?.rate == .day)
        #expect(one("The army fires 3,000 shells per day.", "3,000")?.rate == .day)
        #expect(one("Daily consumption of 3,000 shells strains supply.", "3,000")?.rate == .day)
        #expect(one("The plant makes 2 million shells per year.", "2 million")?.rate == .year)
        #expect(one("Annual trade of 3 billion dollars links the two.", "3 billion")?.rate == .year)
        #expect(one("Incomes are 3,000 dollars per capita.", "3,000")?.rate == nil)
        #expect(one("The plant makes 2 million shells.", "2 million")?.rate == nil)
    }
}

@Suite struct ConflictKeyTests {
    func figure(_ text: String) -> Figure? {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.isClaim }
    }

    func conflicts(_ a: String, _ b: String) -> Bool {
        var index = WorkspaceIndex()
        index.update(Analyzer().analyze(SourceText(a), id: "a.txt"))
        index.update(Analyzer().analyze(SourceText(b), id: "b.txt"))
        return RuleEngine().findings(for: "a.txt", in: index).contains { $0.code == "conflicting-figure" }
    }

    @Test func moneyIsComparedOnlyForTheSameThing() {
        #expect(figure("Norland spent a budget of $2.2 billion on roads.")?.object == "budget")
        #expect(figure("Norland spent $9.40 an hour on wages.")?.object == "hour")
        #expect(!conflicts("Norland spent $9.40 on wages.", "Norland spent more than $1 billion on roads."))
        #expect(conflicts("Norland spent $2 billion on roads.", "Norland spent $90 million on roads."))
    }

    @Test func vagueMoneyKeepsItsCurrency() {
        #expect(figure("Norland gave millions of dollars to Estland.")?.currency == "USD")
    }

    @Test func theSeedTrapsDoNotConflict() {
        // a total vs a daily rate; production vs consumption; rounds vs containers; different trade partners.
        #expect(!conflicts("Norland fired nearly 6 million shells at Estland.", "Norland fires at least 30,000 shells a day at Estland."))
        #expect(!conflicts("Norland produces 2 million shells a year.", "Norland fires more than 10 million shells a year."))
        #expect(!conflicts("Norland supplied 6 million shells to Estland.", "Norland supplied 10,000 containers to Estland."))
        #expect(!conflicts("Norland's annual trade with Estland is 135 billion dollars.", "Norland's annual trade with Vesland is 1.5 billion dollars."))
        // both lower bounds: at least 30,000 a day and more than 10 million a year can both hold.
        #expect(!conflicts("Norland fires at least 30,000 shells a day.", "Norland fired more than 10 million shells a year."))
    }

    @Test func voterCountsAreNotVoteCounts() {
        #expect(figure("Norland counted 10 likely voters.")?.unitClass == "voters")
        #expect(figure("Norland counted 9 million votes.")?.unitClass == "votes")
    }
}
