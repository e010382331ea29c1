import Foundation
import Testing
@testable import annotd

/// A document's id read from its URI without Foundation where nothing needs decoding is the id Foundation's
/// reading gives (`reference`, the reading before).
@Suite struct DocumentIdentityTests {
    static func reference(_ uri: String) -> String {
        guard uri.lowercased().hasPrefix("file://") else { return uri }
        var rest = uri.dropFirst("file://".count)
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        let path = String(rest).removingPercentEncoding ?? String(rest)
        return path.isEmpty ? uri : path
    }

    static let uris = [
        "file:///home/me/news/a.txt", "FILE:///home/me/A.md", "File://localhost/tmp/x.md", "file://host",
        "file:///a/b.txt?query#frag", "file:///home/é/e\u{301}.txt", "file:///home/a%20b/%E4%B8%AD.txt",
        "file:///bad%zz.txt", "file://", "file:///", "fİle:///x.txt", "f\u{212A}le:///x", "\u{212A}file:///x",
        "untitled:Untitled-1", "file:/single-slash", "file:///tmp/한국/z.md", "fil", "",
    ]

    @Test(arguments: uris) func readsAsFoundationDoes(_ uri: String) {
        #expect(DocumentIdentity.id(forURI: uri) == Self.reference(uri))
    }

    @Test func theSchemeIsReadInAnyCaseOfItsLetters() {
        #expect(DocumentIdentity.hasFileScheme("FiLe:///x"))
        #expect(!DocumentIdentity.hasFileScheme("file:/x"))
        #expect(!DocumentIdentity.hasFileScheme("fİle:///x"))
        #expect(!DocumentIdentity.hasFileScheme("file\u{1A}//x"))
    }
}
