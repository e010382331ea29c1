import Testing
@testable import AnnotationCore

/// The messages of `unsourced-figure` and `vague-source` (SPEC §4), written as bytes (`TextBuilder`): the
/// figure's words in quotes, what it reads as when that says more, and the source it is attributed to.
@Suite struct FigureMessageTests {
    static func figure(_ text: String, lower: Double, upper: Double, qualifier: Qualifier, unit: String? = nil,
                       unitClass: String? = nil, source: SourceAttribution = .none) -> Figure {
        Figure(range: 0..<text.utf8.count, text: text, value: lower, lower: lower, upper: upper, qualifier: qualifier,
               unit: unit, unitClass: unitClass, kind: .count, source: source)
    }

    @Test func anUnsourcedFigureIsQuotedWithItsReadingWhenThatSaysMore() {
        let shells = Self.figure("millions of shells", lower: 2e6, upper: .infinity, qualifier: .vague, unit: "shells")
        #expect(FigureRules.unsourcedMessage(shells) == "“millions of shells” (2 million or more shells) has no source in its sentence")
        let share = Self.figure("90%", lower: 90, upper: 90, qualifier: .exact, unitClass: "percent")
        #expect(FigureRules.unsourcedMessage(share) == "“90%” has no source in its sentence")
    }

    @Test func aVagueSourceIsQuotedOrCalledUnnamed() {
        let riders = Self.figure("a million riders", lower: 1e6, upper: 1e6, qualifier: .exact, unit: "riders",
                                 source: SourceAttribution(status: .vague, text: "officials"))
        #expect(FigureRules.vagueMessage(riders) == "“a million riders” is attributed only to “officials”, which names no one")
        let unnamed = Self.figure("1,200 élèves", lower: 1200, upper: 1200, qualifier: .exact, unit: "élèves",
                                  source: SourceAttribution(status: .vague))
        #expect(FigureRules.vagueMessage(unnamed) == "“1,200 élèves” is attributed only to “an unnamed source”, which names no one")
    }
}
