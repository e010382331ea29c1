import Foundation

/// `annotd bench` flags. Defaults: the SPEC §10 workspace (10,000 files of ~3 KB and one 100 KB file), lint
/// measured at 1x, 2x, 5x and 10x of a tenth of it, 500 edits and 500 hovers: a few minutes on 2 cores.
struct BenchOptions: Equatable {
    var files = 10_000
    var bigKB = 100
    var scales = [1, 2, 5, 10]
    var edits = 500
    var hovers = 500
    /// Milliseconds the client waits before each edit (0: each edit is sent as soon as the last one is
    /// published). An editor's keystrokes come tens of milliseconds apart and the server is idle between them,
    /// which on this machine costs the next edit more than the back-to-back loop shows (docs/performance.md).
    var editPauseMilliseconds = 0
    var seed: UInt64 = 1
    /// Share of articles stating one figure three times too large (each conflicts with every claim of its kind).
    var disputes = ArticleWriter.defaultDisputeRate
    var jsonPath: String?
    /// Keep the generated corpus (its folder is printed) instead of deleting it.
    var keep = false
    /// Where to generate the corpus; a fresh temporary folder when nil.
    var directory: String?
    /// The `annotd` binary to spawn for the server figures; this executable when nil.
    var serverBinary: String?
    var skipServer = false

    /// The lint scale series runs over `files / 10` files times each scale, so 10x is the whole workspace.
    var lintBaseFiles: Int { max(1, files / 10) }

    static let usage = """
    usage: annotd bench [--files N] [--big-kb K] [--scale 1,2,5,10] [--edits N] [--edit-pause MS] [--hovers N]
                        [--seed S] [--disputes SHARE] [--json FILE] [--dir FOLDER] [--keep] [--server-binary PATH] [--no-server]
    """

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ args: [String]) throws -> BenchOptions {
        var o = BenchOptions()
        var i = 0
        func value(_ flag: String) throws -> String {
            i += 1
            guard i < args.count else { throw Problem(description: "\(flag) needs a value\n\(usage)") }
            return args[i]
        }
        func count(_ flag: String, min: Int = 1) throws -> Int {
            let v = try value(flag)
            guard let n = Int(v), n >= min else { throw Problem(description: "\(flag): '\(v)' is not a whole number ≥ \(min)") }
            return n
        }
        while i < args.count {
            let flag = args[i]
            switch flag {
            case "--files": o.files = try count(flag)
            case "--big-kb": o.bigKB = try count(flag)
            case "--edits": o.edits = try count(flag)
            case "--hovers": o.hovers = try count(flag)
            case "--edit-pause": o.editPauseMilliseconds = try count(flag, min: 0)
            case "--seed":
                let v = try value(flag)
                guard let s = UInt64(v) else { throw Problem(description: "--seed: '\(v)' is not a whole number") }
                o.seed = s
            case "--scale":
                let v = try value(flag)
                let parts = v.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                    throw Problem(description: "--scale: '\(v)' is not a list of whole numbers ≥ 1 (e.g. 1,2,5,10)")
                }
                o.scales = parts.map { $0! }
            case "--disputes":
                let v = try value(flag)
                guard let d = Double(v), (0...1).contains(d) else { throw Problem(description: "--disputes: '\(v)' is not a share between 0 and 1") }
                o.disputes = d
            case "--json": o.jsonPath = try value(flag)
            case "--dir": o.directory = try value(flag)
            case "--keep": o.keep = true
            case "--server-binary": o.serverBinary = try value(flag)
            case "--no-server": o.skipServer = true
            case "--help", "-h": throw Problem(description: usage)
            default: throw Problem(description: "unknown flag '\(flag)'\n\(usage)")
            }
            i += 1
        }
        return o
    }
}
