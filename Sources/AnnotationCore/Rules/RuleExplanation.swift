import Foundation

/// A rule's explanation, rendered from its `RuleInfo`: plain text for `annotd explain`, Markdown for SARIF
/// `help.markdown` and `docs/rules.md`. One source for all three, so the terminal, code scanning and the
/// link behind `codeDescription.href` say the same thing.
public enum RuleExplanation {
    static let levels = "off, error, warning, information or hint"

    /// The example texts of a rule, labelled with their file names when there are several.
    static func exampleLines(_ texts: [String]) -> [String] {
        texts.count == 1 ? texts : texts.enumerated().map { "\(RuleInfo.exampleFileName($0.offset, of: texts.count)): \($0.element)" }
    }

    static func configureLines(_ r: RuleInfo) -> [(label: String, example: String)] {
        [
            (".annotd.json", #"{"rules": {"\#(r.code)": "error"}}"#),
            ("command line", "annotd lint --rule \(r.code)=off"),
            ("one line", "annotd-disable-line \(r.code)"),
            ("the next line", "<!-- annotd-disable-next-line \(r.code) -->"),
        ]
    }

    /// Plain text for a terminal, wrapped at 100 columns.
    public static func text(_ r: RuleInfo) -> String {
        var out = "\(r.code): \(r.title) (default: \(r.defaultSeverity.rawValue))\n\n"
        func section(_ title: String, _ body: [String]) {
            out += title + "\n"
            for paragraph in body { out += wrap(paragraph, indent: "  ") }
            out += "\n"
        }
        section("What it checks", [r.summary, r.details])
        section("Why it matters", [r.rationale])
        section("Fires on", exampleLines(r.fires))
        section("Does not fire on", exampleLines(r.passes))
        var configure = "Configure\n"
        configure += "  Severity is one of \(levels).\n"
        for (label, example) in configureLines(r) {
            configure += "  " + (label + ":").padding(toLength: 16, withPad: " ", startingAt: 0) + example + "\n"
        }
        configure += "  Suppression comments work plain or inside <!-- -->; without a code they silence every rule.\n"
        out += configure + "\nMore: \(r.helpURI)\n"
        return out
    }

    /// Markdown: one section of `docs/rules.md`, and SARIF's `help.markdown`. `heading` is the level of the
    /// rule's title ("##" in the docs); the code is the heading so that GitHub's anchor is `#code`.
    public static func markdown(_ r: RuleInfo, heading: String = "##") -> String {
        var out = "\(heading) \(r.code)\n\n"
        out += "**\(r.title)**, default severity: `\(r.defaultSeverity.rawValue)`.\n\n"
        out += codeSpanned("\(r.summary) \(r.details)") + "\n\n"
        out += "**Why it matters.** \(codeSpanned(r.rationale))\n\n"
        out += "**Fires on:**\n\n" + codeBlock(exampleLines(r.fires))
        out += "**Does not fire on:**\n\n" + codeBlock(exampleLines(r.passes))
        out += "**Configure.** Severity is one of `off`, `error`, `warning`, `information` or `hint`.\n\n"
        for (label, example) in configureLines(r) { out += "- \(label): `\(example)`\n" }
        out += "\nSuppression comments work plain or inside `<!-- -->`; without a code they silence every rule.\n"
        return out
    }

    /// Directive names in prose as code, so that Markdown shows them as what to type and a linted
    /// `docs/rules.md` does not read them as suppressions.
    static func codeSpanned(_ s: String) -> String {
        s.replacingOccurrences(of: "annotd-disable-next-line", with: "`annotd-disable-next-line`")
            .replacingOccurrences(of: "annotd-disable-line", with: "`annotd-disable-line`")
    }

    static func codeBlock(_ lines: [String]) -> String {
        "```text\n" + lines.joined(separator: "\n") + "\n```\n\n"
    }

    /// The whole of `docs/rules.md`.
    public static func document() -> String {
        var out = "# annotd rules\n\n"
        out += "Generated from the rule catalog by `annotd explain --markdown`; `annotd explain CODE` prints the same text.\n\n"
        out += "| code | default | what it reports |\n| --- | --- | --- |\n"
        for r in RuleCatalog.all { out += "| [`\(r.code)`](#\(r.code)) | \(r.defaultSeverity.rawValue) | \(codeSpanned(r.summary)) |\n" }
        for r in RuleCatalog.all { out += "\n" + markdown(r) }
        return out
    }

    /// Greedy word wrap; `annotd explain` is read in terminals.
    static func wrap(_ paragraph: String, indent: String, width: Int = 100) -> String {
        var out = ""
        for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = indent
            for word in line.split(separator: " ") {
                if current.count > indent.count, current.count + 1 + word.count > width {
                    out += current + "\n"
                    current = indent
                }
                current += (current.count > indent.count ? " " : "") + word
            }
            out += current + "\n"
        }
        return out
    }
}
