import Testing
@testable import AnnotationCore

/// An update may leave out of its answer the documents whose conflicts with the updated one read nothing but
/// places the caller says are read alike (`WorkspaceIndex.update(_:placeReadAlike:)`): an editor shows lines
/// and columns, and a keystroke on another line moves the buffer's figures by bytes alone.
@Suite struct ConflictPartnerReadAlikeTests {
    let analyzer = Analyzer()
    static let partner = "Norland supplied several hundred thousand shells to Estland, officials think.\n"
    static let lines = [
        "Trade talks resumed on Tuesday.\n",
        "Norland supplied nearly 6 million shells to Estland in the spring.\n",
        "The talks went on late.\n",
    ]

    func indexed(_ edited: String) -> WorkspaceIndex {
        var index = WorkspaceIndex()
        index.update(analyzer.analyze(SourceText(edited), id: "a.txt"))
        index.update(analyzer.analyze(SourceText(Self.partner), id: "b.txt"))
        return index
    }

    func update(_ index: inout WorkspaceIndex, to text: String, readAlike: ((Range<Int>, Range<Int>) -> Bool)?) -> Set<String> {
        index.update(analyzer.analyze(SourceText(text), id: "a.txt"), placeReadAlike: readAlike)
    }

    @Test func theDocumentsReallyConflict() {
        let index = indexed(Self.lines.joined())
        #expect(RuleEngine().findings(for: "b.txt", in: index).contains { $0.code == "conflicting-figure" })
    }

    @Test func aPartnerSeeingOnlyPlacesReadAlikeIsLeftOutButItsRevisionMoves() {
        var index = indexed(Self.lines.joined())
        let revision = index.conflictRevision(of: "b.txt")
        let edited = Self.lines[0] + Self.lines[1] + "The talks went on very late.\n"
        let affected = update(&index, to: edited, readAlike: { _, _ in true })
        #expect(affected == ["a.txt"])
        #expect(index.conflictRevision(of: "b.txt") > revision)
    }

    @Test func aPartnerIsKeptWhenThePlaceIsNotReadAlike() {
        var index = indexed(Self.lines.joined())
        let edited = "Trade talks resumed late on Tuesday.\n" + Self.lines[1] + Self.lines[2]
        var asked: [(Range<Int>, Range<Int>)] = []
        let affected = update(&index, to: edited, readAlike: { asked.append(($0, $1)); return false })
        #expect(affected.contains("b.txt"))
        // The figure asked about moved by the five bytes typed before it.
        #expect(asked.count == 1)
        #expect(asked.first.map { $0.1.lowerBound - $0.0.lowerBound } == 5)
    }

    @Test func withoutTheQuestionEveryPartnerIsKept() {
        var index = indexed(Self.lines.joined())
        let affected = update(&index, to: Self.lines[0] + Self.lines[1] + "The talks went on very late.\n", readAlike: nil)
        #expect(affected.contains("b.txt"))
    }

    @Test func aFigureSaidOtherwiseKeepsThePartner() {
        var index = indexed(Self.lines.joined())
        let edited = Self.lines[0] + "Norland supplied nearly 7 million shells to Estland in the spring.\n" + Self.lines[2]
        #expect(update(&index, to: edited, readAlike: { _, _ in true }).contains("b.txt"))
    }

    @Test func aConflictGoneOrComingKeepsThePartner() {
        var index = indexed(Self.lines.joined())
        let without = Self.lines[0] + "Norland sent envoys to Estland in the spring.\n" + Self.lines[2]
        #expect(update(&index, to: without, readAlike: { _, _ in true }).contains("b.txt"))
        #expect(update(&index, to: Self.lines.joined(), readAlike: { _, _ in true }).contains("b.txt"))
    }

    @Test func saidAlikeIgnoresOnlyPlaces() {
        let a = analyzer.analyze(SourceText(Self.lines.joined()), id: "a.txt").figures
        let moved = analyzer.analyze(SourceText("Trade talks resumed late on Tuesday.\n" + Self.lines[1]), id: "a.txt").figures
        let other = analyzer.analyze(SourceText(Self.lines[0] + "Norland supplied nearly 7 million shells.\n"), id: "a.txt").figures
        let claim = a.firstIndex { $0.isClaim }!
        #expect(a[claim].range != moved[claim].range)
        #expect(WorkspaceIndex.saidAlike(a[claim], moved[claim]))
        #expect(!WorkspaceIndex.saidAlike(a[claim], other[claim]))
    }
}
