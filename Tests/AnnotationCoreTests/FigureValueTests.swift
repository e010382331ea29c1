import Testing
@testable import AnnotationCore

/// A figure keeps what the scan read of it out of line, shared by its copies; it must still behave as a
/// value: equal and hashed alike when built alike, and a change to one copy leaves the others as they were.
@Suite struct FigureValueTests {
    static func figure(unit: String = "tonnes") -> Figure {
        Figure(range: 10..<22, text: "7,000 tonnes", value: 7_000, lower: 7_000, upper: 7_000, qualifier: .exact,
               unit: unit, unitClass: "mass", kind: .measure, actors: ["Vell"])
    }

    @Test func figuresBuiltAlikeAreEqualAndHashAlike() {
        let a = Self.figure(), b = Self.figure()
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(a != Self.figure(unit: "tons"))
    }

    @Test func changingACopyLeavesTheOriginal() {
        let original = Self.figure()
        var copy = original
        copy.unit = "tons"
        copy.kind = .count
        copy.text = "7,000 tons"
        #expect(original.unit == "tonnes" && original.kind == .measure && original.text == "7,000 tonnes")
        #expect(copy.unit == "tons" && copy.kind == .count && copy.text == "7,000 tons")
        #expect(copy != original)
        copy.unit = "tonnes"
        copy.kind = .measure
        copy.text = "7,000 tonnes"
        #expect(copy == original)
    }
}
