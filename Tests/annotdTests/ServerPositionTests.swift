import Foundation
import Testing
import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Offsets are bytes inside; columns are converted at the edge in the negotiated encoding. These cover the
/// characters where the encodings disagree.
@Suite struct ServerPositionTests {
    // "中" 3 bytes/1 unit; "😀" 4 bytes/2 UTF-16 units/1 scalar; "é" as e + U+0301 is 2 scalars (3 bytes).
    static let line = "中😀e\u{301}x"

    @Test(arguments: [(ColumnEncoding.utf8, 10), (.utf16, 5), (.utf32, 4)])
    func xStandsAtTheSameCharacterInEveryEncoding(encoding: ColumnEncoding, column: Int) {
        let text = SourceText("first\r\n" + Self.line + "\r\nlast")
        let x = text.bytes.firstIndex(of: UInt8(ascii: "x"))!
        #expect(text.lspPosition(x, encoding) == Position(line: 1, character: column))
        #expect(DocumentStore.offset(of: Position(line: 1, character: column), in: text, encoding) == x)
    }

    @Test(arguments: ColumnEncoding.allCases)
    func incrementalEditsReplaceTheRightCharacters(encoding: ColumnEncoding) throws {
        let text = SourceText("a\r\n" + Self.line + "\r\nz")
        func col(_ prefix: String) -> Int {
            switch encoding {
            case .utf8: return prefix.utf8.count
            case .utf16: return prefix.utf16.count
            case .utf32: return prefix.unicodeScalars.count
            }
        }
        // Replace the emoji with "ok", on line 1 after "中".
        let range = LSPRange(start: Position(line: 1, character: col("中")), end: Position(line: 1, character: col("中😀")))
        let edited = try DocumentStore.apply(TextDocumentContentChangeEvent(range: range, text: "ok"), to: text, encoding: encoding).get()
        #expect(edited.string == "a\r\n中oke\u{301}x\r\nz")
        // Delete the combining mark alone (it is its own scalar, and its own column in every encoding).
        let mark = LSPRange(start: Position(line: 1, character: col("中oke")), end: Position(line: 1, character: col("中oke\u{301}")))
        let bare = try DocumentStore.apply(TextDocumentContentChangeEvent(range: mark, text: ""), to: edited, encoding: encoding).get()
        #expect(bare.string == "a\r\n中okex\r\nz")
        // Join lines across a CRLF.
        let join = LSPRange(start: Position(line: 0, character: 1), end: Position(line: 1, character: 0))
        let joined = try DocumentStore.apply(TextDocumentContentChangeEvent(range: join, text: "-"), to: bare, encoding: encoding).get()
        #expect(joined.string == "a-中okex\r\nz")
    }

    @Test func aColumnInsideASurrogatePairMovesToTheCharacterStart() {
        let text = SourceText("😀z")
        #expect(DocumentStore.offset(of: Position(line: 0, character: 1), in: text, .utf16) == 0)
        #expect(DocumentStore.offset(of: Position(line: 0, character: 2), in: text, .utf16) == 4)
    }

    @Test func outOfRangePositionsAreRejectedButLineEndsClamp() {
        let text = SourceText("ab\ncd")
        #expect(DocumentStore.offset(of: Position(line: 0, character: 99), in: text, .utf16) == 2)
        #expect(DocumentStore.offset(of: Position(line: 2, character: 0), in: text, .utf16) == 5)
        #expect(DocumentStore.offset(of: Position(line: 2, character: 1), in: text, .utf16) == nil)
        #expect(DocumentStore.offset(of: Position(line: 9, character: 0), in: text, .utf16) == nil)
        #expect(DocumentStore.offset(of: Position(line: -1, character: 0), in: text, .utf16) == nil)
        #expect(DocumentStore.offset(of: Position(line: 0, character: -1), in: text, .utf16) == nil)
    }

    @Test func rangesOfFindingsConvertPerEncoding() {
        let text = SourceText("😀 10,000 shells")
        let start = text.bytes.firstIndex(of: UInt8(ascii: "1"))!
        let range = start..<(start + 6)
        #expect(text.lspRange(range, .utf8) == LSPRange(start: Position(line: 0, character: 5), end: Position(line: 0, character: 11)))
        #expect(text.lspRange(range, .utf16) == LSPRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 9)))
        #expect(text.lspRange(range, .utf32) == LSPRange(start: Position(line: 0, character: 2), end: Position(line: 0, character: 8)))
    }

    @Test func fileURIsAreKeyedByDecodedPathAndOthersByURI() {
        #expect(DocumentIdentity.id(forURI: "file:///home/a%20b/%E4%B8%AD.txt") == "/home/a b/中.txt")
        #expect(DocumentIdentity.id(forURI: "file://localhost/tmp/x.md") == "/tmp/x.md")
        #expect(DocumentIdentity.id(forURI: "untitled:Untitled-1") == "untitled:Untitled-1")
        #expect(DocumentIdentity.id(forURI: "file:///bad%zz.txt") == "/bad%zz.txt")
        #expect(DocumentIdentity.id(forURI: DocumentIdentity.uri(forPath: "/tmp/a b#c.txt")) == "/tmp/a b#c.txt")
    }

    /// A file's URI is the one Foundation makes of its path after looking at the file, without looking.
    @Test func aFileFoundOnDiskIsNamedAsFoundationNamesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annotd uri \(UUID().uuidString) #1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a b.txt", "中 %41?.md", "x;y=[1].txt"] {
            let path = folder.appendingPathComponent(name).path
            try Data("Norland.".utf8).write(to: URL(fileURLWithPath: path))
            #expect(DocumentIdentity.uri(forPath: path) == URL(fileURLWithPath: path).absoluteString)
            #expect(DocumentIdentity.id(forURI: DocumentIdentity.uri(forPath: path)) == path)
        }
    }
}
