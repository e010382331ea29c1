import Foundation

/// Paths for formats read by CI services, which resolve them against the checkout: relative to the working
/// directory where possible, and as URIs for SARIF.
struct OutputPaths {
    /// The working directory, absolute, without a trailing slash.
    let workingDirectory: String

    init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        let standard = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        self.workingDirectory = standard.count > 1 && standard.hasSuffix("/") ? String(standard.dropLast()) : standard
    }

    /// A display path (as given on the command line) relative to the working directory: `./a.txt` → `a.txt`,
    /// `/cwd/x/a.txt` → `x/a.txt`. An absolute path outside the working directory stays absolute; a name
    /// that is no path (stdin's `<stdin>`) is kept.
    func relative(_ path: String) -> String {
        if path.hasPrefix("/") {
            let prefix = workingDirectory == "/" ? "/" : workingDirectory + "/"
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            return standard.hasPrefix(prefix) ? String(standard.dropFirst(prefix.count)) : standard
        }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// SARIF's artifact location: a relative URI reference against `%SRCROOT%`, or an absolute `file:` URI
    /// (with no base) for a file outside the working directory.
    func sarifLocation(_ path: String) -> (uri: String, baseID: String?) {
        let rel = relative(path)
        if rel.hasPrefix("/") { return ("file://" + Self.percentEncode(rel), nil) }
        return (Self.percentEncode(rel), OutputPaths.sourceRootID)
    }

    static let sourceRootID = "%SRCROOT%"

    /// `file:///cwd/`: what `%SRCROOT%` stands for in this run; SARIF requires the trailing slash.
    var sourceRootURI: String {
        "file://" + Self.percentEncode(workingDirectory == "/" ? "/" : workingDirectory + "/")
    }

    /// Percent-encodes everything a URI path may not hold literally (space, %, #, ?, <, >, non-ASCII).
    static func percentEncode(_ path: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~/!$&'()*+,;=:@")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
