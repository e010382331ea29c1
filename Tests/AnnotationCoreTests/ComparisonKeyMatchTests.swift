import Testing
@testable import AnnotationCore

/// `ComparisonKey.matches` reads a key in place and answers what `==` answers.
@Suite struct ComparisonKeyMatchTests {
    @Test func aKeyMatchesExactlyTheKeysEqualToIt() {
        var r = ConflictIndexTests.LCG(state: 7)
        let keys = (0..<120).map { ComparisonKey(ConflictIndexTests.figure(&r, at: $0 * 10)) }
        let some = keys.compactMap { $0 }
        #expect(some.count > 20 && keys.contains { $0 == nil })
        // `matches` spells out the key's fields: a field added to the key and not to it would make keys
        // that differ in that field match.
        #expect(Mirror(reflecting: some[0]).children.count == 8, "ComparisonKey.matches and this test list eight fields")
        // Each field changed alone makes another key.
        var variants = some
        for k in some.prefix(10) {
            var v = k; v.unitClass += "x"; variants.append(v)
            v = k; v.measure = k.measure == nil ? "m" : nil; variants.append(v)
            v = k; v.isRate.toggle(); variants.append(v)
            v = k; v.currency = k.currency == nil ? "EUR" : nil; variants.append(v)
            v = k; v.object = k.object == nil ? "o" : nil; variants.append(v)
            v = k; v.per = k.per == nil ? "p" : nil; variants.append(v)
            v = k; v.intent = k.intent == nil ? "i" : nil; variants.append(v)
            if let other = some.first(where: { $0.form != k.form }) { v = k; v.form = other.form; variants.append(v) }
        }
        var equalPairs = 0
        for i in keys.indices {
            for key in variants {
                #expect(ComparisonKey.matches(keys, i, key) == (keys[i] == key))
                if keys[i] == key { equalPairs += 1 }
            }
        }
        #expect(equalPairs > 0)
    }
}
