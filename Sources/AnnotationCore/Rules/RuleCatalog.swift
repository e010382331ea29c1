/// What a rule is, as data: the linter's `explain`, SARIF rule metadata, `docs/rules.md` and the server's
/// `codeDescription` all come from here, so they cannot drift apart.
public struct RuleInfo: Sendable {
    public var code: String
    public var defaultSeverity: Severity
    public var title: String
    /// One sentence: what is reported (SARIF shortDescription).
    public var summary: String
    /// How the rule decides, in the reader's terms (what counts as a source, a conflict…).
    public var details: String
    /// Why a writer or editor should care.
    public var rationale: String
    /// Texts on which the rule fires. More than one entry means one file each (named a.txt, b.txt, …):
    /// some rules only fire across files.
    public var fires: [String]
    /// Texts on which it does not fire, in the same shape.
    public var passes: [String]

    public var helpURI: String { "\(RuleCatalog.docsURI)#\(code)" }

    /// The file name an example text of this rule is shown and tested under.
    public static func exampleFileName(_ index: Int, of count: Int) -> String {
        count == 1 ? "example.txt" : "\(Character(Unicode.Scalar(UInt8(97 + index % 26)))).txt"
    }
}

public enum RuleCatalog {
    public static let informationURI = "https://github.com/annotd/annotd"
    public static let docsURI = "https://github.com/annotd/annotd/blob/main/docs/rules.md"

    public static let all: [RuleInfo] = [
        RuleInfo(code: "unsourced-figure", defaultSeverity: .warning, title: "Unsourced figure",
                 summary: "A figure that states a quantity has no source in its sentence.",
                 details: "A figure is a number with what it counts (4,000 trucks, $11 billion, 90%, several hundred thousand shells). Dates, years, clock times, ordinals, durations, names such as F-16 and small written counts are not claims and are never reported. A claim is sourced when its sentence names a source (according to X, X said, X's report, data from X, a link, URL or footnote) or is the quoted speech of a named person; otherwise it is reported here, with how annotd read it (≈6,000,000 rounds, at most). The source must govern the figure: what a verb reports is its clause, so a figure in the speaker's own description (said Jane Roe, 44, who gave $1,200), in the subject (46 percent of voters said) or in a coordinated clause with its own subject (…, while 9 percent said) is not covered by it. A paragraph that ends by announcing speech (Roe argued that:) covers the next one.",
                 rationale: "A reader, editor or fact-checker must be able to tell where every number comes from. A figure with no attribution cannot be checked, and it is the first thing a correction request asks about.",
                 fires: ["The ministry bought 4,000 trucks last year."],
                 passes: ["The ministry bought 4,000 trucks last year, according to its annual report."]),
        RuleInfo(code: "vague-source", defaultSeverity: .information, title: "Vague source",
                 summary: "A figure is attributed only to an anonymous or collective source.",
                 details: "The figure's sentence has a source cue that names no one: experts say, some analysts, reportedly, it is believed, sources said, figures published in various Western media. Extra cues can be added with the configuration key vagueCues.",
                 rationale: "'Experts say' tells the reader that a figure is second-hand without saying whose it is. Name the source where you can, or say why you cannot.",
                 fires: ["Some analysts say the plant makes 200 drones a month."],
                 passes: ["The plant makes 200 drones a month, according to Jane Roe of the Institute for Study."]),
        RuleInfo(code: "conflicting-figure", defaultSeverity: .warning, title: "Conflicting figure",
                 summary: "Another figure for the same quantity, in this file or another, gives a value that cannot be true at the same time.",
                 details: "Two claims are about the same quantity when their identities agree. What is counted: the counted noun's class (rounds, shells and ammunition are one thing; dollars, $ and USD another), read for a bare number from a partitive (6,100 of its members), a copula (13,972 were homes), a noun of amount before it (the death toll reached 29 counts the dead; the number of people killed rose to 23), an earlier item of its list (4,300 workers on Monday, 3,700 on Wednesday) or, through it, the sentence before (The toll stood at 85. It climbed: 42 by Monday); a sentence opening Of those counts parts of the figure before it and takes its measure, time and participants (18,804 structures were destroyed. Of those, 13,972 were homes), and the words that narrow it (pledged delegates, copies of one album), with what money or a percentage is of. Who: the named actors of the figure's sentence or the one before it in its paragraph; the source who states the figure is not one of them, so police and organisers disagreeing on one march are compared; two claims that name no one else agree on who, and then their sentences must share at least two distinctive words. A place, event or body that the leads of both documents name (headline and opening paragraphs) is the stories' setting: a claim naming only it matches one that names no one, the setting being the actor they share. People are never a setting. What happens to it: the verb of the figure's own clause (commas bound it), supplied, sent, deployed and delivered being one measure; production is never set against consumption. Reduced or burned to ash, rubble or the ground is destroyed; on a list of the missing, the dead or the injured is missing, dead or injured. A target keeps its sense: a demand is never compared with an offer, nor a forecast with a plan. When: the times that govern the figure (a year, a date, a weekday, last year, by 2027) are the same, or neither names one. A time inside a relative clause (, which … by 2027) governs that clause only; in a list (23 by Saturday, 42 by Monday) each figure takes its own time; a date without a year takes the year of the text's dateline, and a weekday told of the past is the last such day up to it, so on Monday in a text of Tuesday 13 November 2018 and by Monday 12 November are one day. Otherwise a weekday or a month without a year matches only within one file. The form: a level, a share, a value per unit or a target (an offered or forecast increase is a target); a change (rose 6%, from 12,400 to 9,950, 200 more) is compared with nothing, while the level reached (the list shrank to 249, the toll from the floods rose to 23) is a level, a target or plan never with an outcome, a total never with a rate or a per-unit value. A figure in a headline (it repeats one of its story without the body's time or source) is compared with nothing; so is a figure whose counted thing cannot be read, or with no measure (other than a rate of a period with no participant, such as 3% a year), is compared with nothing, and figures of one sentence are never compared with each other. The text itself can pair two accounts of one quantity: a figure announced by a comparison (gave a lower figure, saying 4,300; the records tell a different story: 4,300; puts the daily cost far lower, at $15 million) or by another source valuing the amount the paragraph just named (The Chamber reckons $250 million a week. The budget office puts the cost at $15 million a day.) counts what the first figure of its kind in the two sentences before counts, when both are of one form. Two such claims conflict when their ranges do not overlap, even after widening each by conflictTolerance (default 10%); lower bounds that can both hold do not. Every figure of a conflicting set is reported, each pointing at the others; the hover also lists the figures for the same quantity that agree.",
                 rationale: "Two texts of one collection that disagree on the same quantity need a decision: one of them is wrong, out of date, or about something else and should say so.",
                 fires: ["Russia delivered about 6 million shells to Ukraine.",
                         "Russia delivered several hundred thousand shells to Ukraine."],
                 passes: ["Russia delivered about 6 million shells to Ukraine in 2023.",
                          "Russia delivered several hundred thousand shells to Ukraine in 2024.",
                          "Russia plans to deliver 2 million shells to Ukraine."]),
        RuleInfo(code: "named-actor", defaultSeverity: .information, title: "Named actor",
                 summary: "The first mention in a file of a person, organisation or state, with how often it is mentioned here and across the workspace.",
                 details: "Mentions are joined into one actor: full name and surname (Vladimir Putin, Putin), family-name-first names, spelling variants, abbreviations (U.S., USA) and possessives. A capital used for its government (Moscow, the Kremlin) is that state. Only actors whose kind the text shows are reported: a capitalised name of undecided kind (kind unknown) is as often a place, a title or a slogan as an actor, so it is shown in the hover, outline, references and annotd claims but not listed here. Actors and aliases can be added with the configuration key actors; a declared actor always has its kind. Information by default (SPEC §4): lint lists it only with --min-severity information; to keep actors out of an editor's problem list as well, set it to hint: they stay visible through semantic tokens, hover, outline and references.",
                 rationale: "Knowing who acts in a text, and where else they appear, is the start of checking what is said about them.",
                 fires: ["Prime Minister Jane Roe visited Norway."],
                 passes: ["The minister visited a neighbouring country.", "Fans waited for Zorblatt."]),
        RuleInfo(code: "actor-variant", defaultSeverity: .warning, title: "Actor spelling variant",
                 summary: "A mention spells an actor unlike the workspace's most common form.",
                 details: "Mentions of one actor are compared across the workspace; each mention whose spelling differs from the most common one (Kim Jong-un where the collection mostly writes Kim Jong Un) is reported with how often the common form is used; the editor lists where the other spellings stand (relatedInformation), and lint --format json holds every variant and place. Declare an alias under actors in the configuration to make a form canonical.",
                 rationale: "One person spelled two ways splits search results and looks careless; pick one form for the collection.",
                 fires: ["Kim Jong Un met the envoy.", "Kim Jong-un met the envoy.", "Kim Jong Un left."],
                 passes: ["Kim Jong Un met the envoy.", "Kim Jong Un left."]),
        RuleInfo(code: "unused-suppression", defaultSeverity: .hint, title: "Unused suppression",
                 summary: "An annotd-disable-line or annotd-disable-next-line comment silences nothing.",
                 details: "A suppression comment silences the findings of its own line (annotd-disable-line) or of the next line (annotd-disable-next-line), of every rule or only of the codes listed after it. When no finding of those codes stands on that line it is reported here, so that stale comments do not pile up. A suppression that names only rules that are switched off is not reported.",
                 rationale: "A suppression left behind after a text was fixed hides the next real problem on that line.",
                 fires: ["The cabinet met on Monday. <!-- annotd-disable-line unsourced-figure -->"],
                 passes: ["The ministry bought 4,000 trucks last year. <!-- annotd-disable-line unsourced-figure -->"]),
    ]

    public static var codes: [String] { all.map(\.code) }

    public static func rule(_ code: String) -> RuleInfo? { all.first { $0.code == code } }

    public static func index(of code: String) -> Int? { all.firstIndex { $0.code == code } }
}
