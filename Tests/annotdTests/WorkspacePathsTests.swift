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
        // Lines with other characters: a figure card's quotes, and paths beside characters that could join them.
        "- /home/me/news/a.txt:4 (dated 2 May) “5,000 troops” (5000) — source none\n- /srv/a/b.md:1 “3,000”",
        "é/home/me/news/after-e.txt “x”",
        "/home/me/news/\u{301}combining.txt “x”",
        "\u{0600}/srv/a/prepended “x”",
        "/home/me/\u{AD}news/soft-hyphen.txt “x” /home/me/ne\u{200D}ws/zwj.txt",
        "\u{212A}/home/me/news/kelvin.txt “x”",
        "“/home/me/news/world/é.txt” “/home/me/news/world/” é",
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

    @Test func aCharacterWhoseCanonicalFormIsASCIIIsLeftToFoundation() {
        let roots = ["/srv/Kiosk", "/srv/x;y", "/srv/`q"]
        for text in ["/srv/\u{212A}iosk/a.txt “1”", "/srv/x\u{037E}y/b.txt “2”", "/srv/\u{1FEF}q/c.txt “3”", "/srv/Kiosk/d.txt “4”"] {
            #expect(WorkspacePaths(roots: roots).relativized(text) == Self.foundation(text, roots))
        }
    }

    @Test func aFolderOutsideASCIIGoesThroughFoundation() {
        let roots = ["/home/me/nouvelles-été"]
        let text = "/home/me/nouvelles-été/a.txt:1\n- /home/me/nouvelles-été/b.txt: 2"
        #expect(WorkspacePaths(roots: roots).relativized(text) == "a.txt:1\n- b.txt: 2")
        #expect(WorkspacePaths(roots: roots).relativized(text) == Self.foundation(text, roots))
    }
}
