import Foundation
import Testing
@testable import annotd

/// Relativizing a line at a time (bytes for ASCII lines) gives what Foundation's removal over the whole text
/// gives, prefix by prefix, longest first.
@Suite struct WorkspacePathsTests {
    static func foundation(_ text: String, _ roots: [String]) -> String {
        var out = text
        for p in WorkspacePaths(roots: roots).prefixes where out.contains(p) { out = out.replacingOccurrences(of: p, with: "") }
        return out
    }

    static let roots = ["/home/me/news", "/home/me/news/world/", "/srv/a"]

    static let texts = [
        "/home/me/news/a.txt:3 conflicts with /home/me/news/world/b.txt:7",
        "**Anna Berg** — person\n\n3 mentions in 2 files:\n- /home/me/news/a.txt: 2\n- /srv/a/x.md: 1\n",
        "no path here",
        "/home/me/news/home/me/news/twice.txt and /home/me/newsroom/not-ours.txt",
        "“/home/me/news/quoted.txt” — said\n/home/me/news/world/é.txt\n\n\n",
        "/home/me/news/world/home/me/news/nested.txt\r\n/srv/a/srv/a/b\n/srv/a",
        "line without slash\n/srv/a/",
        "\n/home/me/news/lead.txt\n",
    ]

    @Test(arguments: texts) func linewiseEqualsFoundation(_ text: String) {
        #expect(WorkspacePaths(roots: Self.roots).relativized(text) == Self.foundation(text, Self.roots))
    }

    @Test func aCardListingThousandsOfFilesIsRelativizedWhole() {
        let lines = (0..<3000).map { "- /home/me/news/section-\($0 % 7)/article-\($0).txt: \($0 % 5 + 1)" }
        let card = "**Norland** — state\n\nSpelled: `Norland`\n\n9000 mentions in 3000 files:\n" + lines.joined(separator: "\n") + "\n"
        let out = WorkspacePaths(roots: Self.roots).relativized(card)
        #expect(out == Self.foundation(card, Self.roots))
        #expect(!out.contains("/home/me/news/"))
        #expect(out.contains("- section-3/article-3.txt: 4\n"))
    }

    @Test func aFolderOutsideASCIIGoesThroughFoundation() {
        let roots = ["/home/me/nouvelles-été"]
        let text = "/home/me/nouvelles-été/a.txt:1\n- /home/me/nouvelles-été/b.txt: 2"
        #expect(WorkspacePaths(roots: roots).relativized(text) == "a.txt:1\n- b.txt: 2")
        #expect(WorkspacePaths(roots: roots).relativized(text) == Self.foundation(text, roots))
    }
}
