import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SPEC §11: the server reads files only inside its workspace folders. A path is judged by where a read would
/// really land — `..` segments removed and every symbolic link resolved (`realpath`) — so a link in the
/// folder that points out of it, a `file://` URI with `..` in it, or a folder that is itself reached through
/// a link are all judged by their target, not by how they are spelled.
struct WorkspaceConfinement: Sendable {
    /// The folders, resolved the same way (a folder that does not exist confines nothing).
    let roots: [String]

    init(roots: [String]) {
        self.roots = roots.compactMap(Self.realPath)
    }

    /// Where `path` really is, or nil when it does not exist (and so cannot be read anyway).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    enum Verdict: Equatable {
        case inside
        case outside
        /// Nothing there (deleted, or a dangling link): nothing to read, and not a refusal worth a warning.
        case missing
    }

    /// Whether reading `path` would read a file inside one of the folders.
    func judge(_ path: String) -> Verdict {
        guard let real = Self.realPath(path) else { return .missing }
        let inside = roots.contains { root in real == root || real.hasPrefix(root == "/" ? root : root + "/") }
        return inside ? .inside : .outside
    }

    /// The note logged for a refused path: names it and says why, so a user who wonders why a file is
    /// missing from the results finds the answer in the log.
    static func refusal(_ path: String) -> String {
        "\(path): outside the workspace folders (after resolving links), not read"
    }
}
