/// What a rule is, as data: the linter's `explain`, SARIF rule metadata and the docs link all come from here.
public struct RuleInfo: Sendable {
    public var code: String
    public var defaultSeverity: Severity
    public var title: String
    public var summary: String
    public var rationale: String
    public var fires: String
    public var passes: String

    public var helpURI: String { "https://github.com/annotd/annotd/blob/main/docs/rules.md#\(code)" }
}

public enum RuleCatalog {
    public static let all: [RuleInfo] = [
        RuleInfo(code: "unsourced-figure", defaultSeverity: .warning, title: "Unsourced figure",
                 summary: "A figure that states a quantity has no source in its sentence.",
                 rationale: "A reader, editor or fact-checker must be able to tell where every number comes from. A figure with no attribution (no 'according to', no named speaker, no link or footnote) cannot be checked.",
                 fires: "The ministry bought 4,000 trucks last year.",
                 passes: "The ministry bought 4,000 trucks last year, according to its annual report."),
        RuleInfo(code: "vague-source", defaultSeverity: .information, title: "Vague source",
                 summary: "A figure is attributed only to an anonymous or collective source.",
                 rationale: "'Experts say' or 'media reports suggest' tells the reader a figure is second-hand without saying whose it is; name the source where you can.",
                 fires: "Some analysts say the plant makes 200 drones a month.",
                 passes: "Jane Roe, an analyst at the Institute for Study, says the plant makes 200 drones a month."),
        RuleInfo(code: "conflicting-figure", defaultSeverity: .warning, title: "Conflicting figure",
                 summary: "Another figure for the same quantity, in this file or another, gives a value that cannot be true at the same time.",
                 rationale: "Two articles in one collection that disagree on the same quantity (same unit, measure, period and actors) need a decision: one of them is wrong, out of date, or about something else and should say so.",
                 fires: "a.txt: Country A delivered about 6 million shells to Country B.\nb.txt: Country A delivered several hundred thousand shells to Country B.",
                 passes: "a.txt: Country B fires at least 30,000 shells a day.\nb.txt: Country B fired more than 10 million shells in a year."),
        RuleInfo(code: "named-actor", defaultSeverity: .information, title: "Named actor",
                 summary: "The first mention in a file of a person, organisation or state, with how often it is mentioned here and across the workspace.",
                 rationale: "Knowing who acts in a text, and where else they appear, is the start of checking what is said about them.",
                 fires: "Prime Minister Jane Roe visited Norway.",
                 passes: "The minister visited a neighbouring country."),
        RuleInfo(code: "actor-variant", defaultSeverity: .warning, title: "Actor spelling variant",
                 summary: "A mention spells an actor unlike the workspace's most common form.",
                 rationale: "One person spelled two ways (Kim Jong Un / Kim Jong-un) splits search results and looks careless; pick one form for the collection.",
                 fires: "a.txt: Kim Jong Un met the envoy. b.txt: Kim Jong-un met the envoy. c.txt: Kim Jong Un left.",
                 passes: "a.txt: Kim Jong Un met the envoy. b.txt: Kim Jong Un left."),
    ]

    public static var codes: [String] { all.map(\.code) }

    public static func rule(_ code: String) -> RuleInfo? { all.first { $0.code == code } }
}
