import Testing
@testable import AnnotationCore

@Suite struct GlobTests {
    @Test func doubleStarMatchesAnyDepthIncludingNone() {
        let g = Glob("**/*.md")
        #expect(g.matches("a.md"))
        #expect(g.matches("notes/b.md"))
        #expect(g.matches("x/y/z/c.md"))
        #expect(!g.matches("notes/b.txt"))
    }

    @Test func singleStarStaysInItsSegment() {
        let g = Glob("drafts/*.txt")
        #expect(g.matches("drafts/a.txt"))
        #expect(!g.matches("drafts/old/a.txt"))
        #expect(!g.matches("other/a.txt"))
    }

    @Test func patternWithoutSlashMatchesTheNameAnywhere() {
        let g = Glob("*.draft.md")
        #expect(g.matches("deep/folder/x.draft.md"))
        #expect(!g.matches("deep/folder/x.md"))
    }

    @Test func questionMarkIsOneCharacter() {
        #expect(Glob("seeds/00?_*.txt").matches("seeds/001_abc.txt"))
        #expect(!Glob("seeds/00?_*.txt").matches("seeds/0012_abc.txt"))
    }
}
