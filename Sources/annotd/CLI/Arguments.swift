/// A small, strict argument reader: every unknown flag is a usage error (exit 2) naming the flag.
struct Arguments {
    private var rest: [String]
    init(_ args: [String]) { rest = args }

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    var isEmpty: Bool { rest.isEmpty }

    mutating func next() -> String? { rest.isEmpty ? nil : rest.removeFirst() }

    /// The value of a flag given as `--flag value` or `--flag=value`.
    mutating func value(for flag: String, _ arg: String) throws -> String? {
        if arg == flag {
            guard let v = next() else { throw UsageError(description: "\(flag) needs a value") }
            return v
        }
        if arg.hasPrefix(flag + "=") { return String(arg.dropFirst(flag.count + 1)) }
        return nil
    }
}
