import Foundation

/// How a document is named inside the server. The index is keyed by file path, so the same file reached
/// through differently escaped URIs (or found on disk by the workspace walk) is one document; URIs that are
/// not `file:` (an editor's `untitled:` buffer) have no path and are keyed by the URI itself.
enum DocumentIdentity {
    static func id(forURI uri: String) -> String {
        guard uri.lowercased().hasPrefix("file://") else { return uri }
        var rest = uri.dropFirst("file://".count)
        // An authority ("file://localhost/x") names the machine, not part of the path.
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        let path = String(rest).removingPercentEncoding ?? String(rest)
        return path.isEmpty ? uri : path
    }

    /// The URI for a document found on disk (one the client has not named for us).
    static func uri(forPath path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path).absoluteString
    }

    /// Whether a document id is a file path (and so may be on disk, inside a workspace folder).
    static func isPath(_ id: String) -> Bool { id.hasPrefix("/") }
}
