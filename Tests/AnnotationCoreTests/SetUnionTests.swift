import Testing
@testable import AnnotationCore

/// `absorb` is `formUnion`, whichever side is larger.
@Suite struct SetUnionTests {
    @Test func absorbIsFormUnionWhicheverSideIsLarger() {
        var state: UInt64 = 99
        func below(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let a = Set((0..<below(60)).map { _ in "doc\(below(80))" })
            let b = Set((0..<below(60)).map { _ in "doc\(below(80))" })
            var absorbed = a
            absorbed.absorb(b)
            var united = a
            united.formUnion(b)
            #expect(absorbed == united)
        }
    }
}
