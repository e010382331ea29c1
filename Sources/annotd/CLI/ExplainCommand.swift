import Foundation
import AnnotationCore

/// `annotd explain [CODE]`: a rule's explanation from the catalog, or the list of rules;
/// `--markdown` prints `docs/rules.md`, which is generated this way so that it cannot drift.
enum ExplainCommand {
    static func run(_ args: [String]) -> Int32 {
        switch args {
        case []:
            print(list(), terminator: "")
            return 0
        case ["--markdown"]:
            print(RuleExplanation.document(), terminator: "")
            return 0
        case ["--help"], ["-h"]:
            print("usage: annotd explain [CODE | --markdown]\n\n" + list(), terminator: "")
            return 0
        case let one where one.count == 1 && !one[0].hasPrefix("-"):
            guard let rule = RuleCatalog.rule(one[0]) else {
                return CLIError.report("explain: unknown rule '\(one[0])' (known: \(RuleCatalog.codes.joined(separator: ", ")))")
            }
            print(RuleExplanation.text(rule), terminator: "")
            return 0
        default:
            return CLIError.report("explain: expected one rule code or --markdown, got '\(args.joined(separator: " "))'")
        }
    }

    static func list() -> String {
        let width = RuleCatalog.codes.map(\.count).max() ?? 0
        var out = "Rules (annotd explain CODE for details):\n"
        for r in RuleCatalog.all {
            out += "  " + r.code.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            out += r.defaultSeverity.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + r.summary + "\n"
        }
        return out
    }
}
