/// The engine names documents by absolute path; people read them relative to the folder they opened. Text
/// the server sends to be read (diagnostic messages, hovers) names files the way the editor's own file list
/// does: relative to the workspace folder that holds them.
struct WorkspacePaths: Sendable {
    /// Folder paths with a trailing slash, longest first, so that a nested folder wins over its parent.
    let prefixes: [String]

    init(roots: [String]) {
        prefixes = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.filter { $0.count > 1 }
            .sorted { $0.count > $1.count }
    }

    /// `text` with every workspace folder prefix removed ("/home/me/news/a.txt:3" → "a.txt:3").
    func relativized(_ text: String) -> String {
        guard !prefixes.isEmpty, text.contains("/") else { return text }
        var out = text
        for p in prefixes where out.contains(p) { out = out.replacingOccurrences(of: p, with: "") }
        return out
    }
}

import Foundation
