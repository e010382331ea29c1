import Foundation

/// How a document is named inside the server. The index is keyed by file path, so the same file reached
/// through differently escaped URIs (or found on disk by the workspace walk) is one document; URIs that are
/// not `file:` (an editor's `untitled:` buffer) have no path and are keyed by the URI itself.
enum DocumentIdentity {
    static func id(forURI uri: String) -> String {
        guard hasFileScheme(uri) else { return uri }
        var rest = uri.dropFirst("file://".count)
        // An authority ("file://localhost/x") names the machine, not part of the path.
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        // Every message names its document; without a percent sign there is nothing to decode, and
        // Foundation's decoding (with lowercasing the whole URI) was a tenth of a hover.
        let path = rest.utf8.contains(UInt8(ascii: "%")) ? String(rest).removingPercentEncoding ?? String(rest) : String(rest)
        return path.isEmpty ? uri : path
    }

    /// "file://" in any case of its letters, as `lowercased().hasPrefix("file://")` reads it: no character
    /// outside ASCII lowercases to one of these letters (the Kelvin sign gives k, dotted İ gives i with a
    /// combining dot, which is not the character i).
    static func hasFileScheme(_ uri: String) -> Bool {
        var i = 0
        for b in uri.utf8.prefix(scheme.count) {
            let lower = (0x41...0x5A).contains(b) ? b | 0x20 : b
            guard lower == scheme[i] else { return false }
            i += 1
        }
        return i == scheme.count
    }

    private static let scheme = Array("file://".utf8)

    /// The URI for a document found on disk (one the client has not named for us). A document is a file:
    /// said so, `URL` does not ask the file system whether the path is a directory (a `stat` for every
    /// related place of every diagnostic a publication writes).
    static func uri(forPath path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path, isDirectory: false).absoluteString
    }

    /// Whether a document id is a file path (and so may be on disk, inside a workspace folder).
    static func isPath(_ id: String) -> Bool { id.hasPrefix("/") }
}
