import Foundation
import AnnotationCore

extension CommandLine {
    /// Dispatches the command line; returns the process exit code (SPEC §6).
    static func run(_ args: [String]) -> Int32 {
        guard let first = args.first else { return LanguageServer.runStdio() }
        switch first {
        case "--stdio": return LanguageServer.runStdio()
        case "--version", "-V": print("annotd \(AnnotdVersion.string)"); return 0
        case "--help", "-h", "help": print(Usage.text); return 0
        case "lint": return LintCommand.run(Array(args.dropFirst()))
        case "claims": return ClaimsCommand.run(Array(args.dropFirst()))
        case "explain": return ExplainCommand.run(Array(args.dropFirst()))
        case "bench": return BenchCommand.run(Array(args.dropFirst()))
        default:
            FileHandle.standardError.write(Data("annotd: unknown command '\(first)' (try 'annotd --help')\n".utf8))
            return 2
        }
    }
}

enum AnnotdVersion {
    static let string = "0.1.0"
}

enum Usage {
    static let text = """
    annotd \(AnnotdVersion.string): annotates the claims in prose

    USAGE:
      annotd [--stdio]            language server on stdin/stdout (LSP 3.17)
      annotd lint [PATH…]         lint files and folders (default: .; '-' reads stdin)
      annotd claims [PATH…]       JSON of every figure, actor and conflict found
      annotd explain [CODE]       what a rule checks, with examples (no CODE: list the rules)
      annotd bench [--files N …]  generate a corpus and measure speed and memory (SPEC §10)
      annotd --version | --help

    LINT OPTIONS:
      --format FORMAT             text (default), line, json, sarif, github, rdjsonl, checkstyle
      --min-severity LEVEL        text format: list findings at or above error, warning (default),
                                  information or hint; the rest are counted in one closing line.
                                  Other formats always carry every finding the configuration enables
      --fail-on LEVEL             exit 1 on findings at or above error, warning (default), information,
                                  hint; never: always exit 0 unless something failed
      --config FILE               use FILE instead of the nearest .annotd.json
      --no-config                 read no configuration file at all
      --rule CODE=LEVEL           set a rule to off, error, warning, information or hint (repeatable)
      --stdin-filename NAME       the name of the text read from '-' (for output and configuration);
                                  needs '-' among the paths

    EXIT CODES: 0 clean, 1 findings at or above --fail-on (by default: warnings were found, which is what a
    first run over real prose usually shows), 2 usage, configuration or I/O error
    """
}
