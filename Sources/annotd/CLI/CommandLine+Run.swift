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
      annotd explain CODE         what a rule checks, with examples
      annotd bench [--files N …]  generate a corpus and measure speed and memory (SPEC §10)
      annotd --version | --help
    """
}
