/// Word lists for the benchmark corpus, written for it (not taken from the project's data or seeds). Names of
/// people and organisations are invented; states and capitals are real because news prose is full of them and
/// the engine must treat a capital as its government.
enum CorpusVocabulary {
    static let states = [
        "Russia", "Ukraine", "North Korea", "South Korea", "China", "Iran", "Turkey", "Poland", "Germany",
        "France", "Japan", "India", "Brazil", "Egypt", "Kazakhstan", "Belarus", "Georgia", "Moldova",
        "the United States", "the United Kingdom", "Serbia", "Hungary", "Finland", "Norway", "Israel",
        "Pakistan", "Vietnam", "Indonesia", "Nigeria", "Mexico",
    ]
    static let capitals = ["Moscow", "Kyiv", "Pyongyang", "Beijing", "Tehran", "Ankara", "Warsaw", "Berlin",
                           "Washington", "London", "Tokyo", "Seoul", "the Kremlin"]
    static let firstNames = [
        "Anna", "Pavel", "Oksana", "Dmitri", "Li", "Jae-won", "Farid", "Marta", "Tomasz", "Helga", "Aiko",
        "Ravi", "Luisa", "Kwame", "Elif", "Nadia", "Sergei", "Mei", "Johan", "Ines", "Omar", "Katarzyna",
        "Viktor", "Yuki", "Hassan", "Olena", "Mateo", "Sunita", "Bogdan", "Leila",
    ]
    static let lastNames = [
        "Korolenko", "Varga", "Halvorsen", "Petrosyan", "Nakamura", "Okafor", "Lindqvist", "Demir",
        "Zielinski", "Moreau", "Castellanos", "Brandt", "Tkachenko", "Hosseini", "Park", "Ivanova",
        "Mbeki", "Sorensen", "Albescu", "Kowalczyk", "Yamada", "Rahimi", "Novak", "Feldmann", "Quiroga",
        "Osei", "Balogun", "Hrytsenko", "Sandoval", "Lehtonen",
    ]
    static let roles = ["defence minister", "spokesperson", "analyst", "economist", "deputy director",
                        "senior fellow", "governor", "chief of staff", "trade envoy", "research director"]
    static let organisationHeads = ["Institute", "Centre", "Agency", "Ministry", "Council", "Bureau", "Office",
                                    "Foundation", "Commission", "Directorate"]
    static let organisationTopics = ["Strategic Studies", "Defence Procurement", "Energy Security",
                                     "Maritime Trade", "Economic Research", "Humanitarian Affairs",
                                     "Arms Control", "Regional Development", "Public Health", "Statistics"]
    static let outlets = ["the Daily Ledger", "Harbour Post", "the Evening Courier", "Meridian News",
                          "the Northern Observer", "Capital Wire", "Radio Vostok", "the Frontier Times"]
    static let vagueCues = ["Western media suggest", "experts say", "it is believed", "sources said",
                            "some analysts estimate", "according to unnamed officials",
                            "figures published in various Western media indicate"]
    static let vagueAdverbs = ["reportedly", "allegedly", "apparently"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let durationUnits = ["days", "weeks", "months", "years", "hours"]
    static let smallWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
    static let places = ["the Black Sea", "the Baltic coast", "the border region", "the northern provinces",
                         "the port of Vostochny", "the Swiss Alps", "the southern front", "the capital"]
    static let fillerVerbs = ["met", "spoke with", "held talks with", "criticised", "praised", "hosted",
                              "telephoned", "warned"]
    static let topics = ["the supply deal", "the sanctions package", "the new pipeline", "the ceasefire talks",
                         "the grain corridor", "the reconstruction fund", "the arms embargo", "the border crossing"]

    /// A quantity the corpus keeps coming back to: each article states it with noise around one true value,
    /// as reports of one story do, so most claims agree and conflicts stay as rare as in a real archive.
    struct Quantity {
        var unit: String
        var verb: String
        var base: Double
        var money: Bool = false
        var rate: String? = nil
    }

    /// One entry per comparison key the engine would form (unit classes and measures fold synonyms, so
    /// "rounds delivered" would be the same quantity as "artillery shells supplied" and must not be listed twice).
    static let quantities: [Quantity] = [
        Quantity(unit: "artillery shells", verb: "supplied", base: 1_200_000),
        Quantity(unit: "shells", verb: "fired", base: 20_000, rate: "a day"),
        Quantity(unit: "drones", verb: "produced", base: 4_500, rate: "a month"),
        Quantity(unit: "tanks", verb: "transferred", base: 320),
        Quantity(unit: "containers", verb: "shipped", base: 10_000),
        Quantity(unit: "barrels of oil", verb: "exported", base: 7_300_000, rate: "per day"),
        Quantity(unit: "tonnes of grain", verb: "exported", base: 32_000_000, rate: "a year"),
        Quantity(unit: "troops", verb: "deployed", base: 11_000),
        Quantity(unit: "refugees", verb: "registered", base: 640_000),
        Quantity(unit: "", verb: "spent", base: 11_000_000_000, money: true),
        Quantity(unit: "", verb: "paid", base: 2_300_000_000, money: true, rate: "a year"),
        Quantity(unit: "missiles", verb: "produced", base: 115, rate: "a month"),
        Quantity(unit: "workers", verb: "employed", base: 48_000),
    ]

    /// Figures stated in words: no measure verb stands next to them, so they are claims that compare with
    /// nothing (the engine still has to read every shape).
    static let wordFigures = [
        "several hundred thousand people", "tens of thousands of residents", "dozens of villages",
        "hundreds of thousands of homes", "millions of dollars", "One hundred countries", "a few hundred volunteers",
        "two thousand families",
    ]
}
