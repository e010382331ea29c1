import Testing
import AnnotationProtocol

@Suite struct PositionEncodingTests {
    @Test func utf8WinsWhenOffered() {
        #expect(PositionEncodingKind.negotiate(offered: [.utf16, .utf32, .utf8]) == .utf8)
    }

    @Test func utf32WhenUTF8IsNotOffered() {
        #expect(PositionEncodingKind.negotiate(offered: [.utf16, .utf32]) == .utf32)
    }

    @Test func utf16ByDefault() {
        #expect(PositionEncodingKind.negotiate(offered: nil) == .utf16)
        #expect(PositionEncodingKind.negotiate(offered: []) == .utf16)
        #expect(PositionEncodingKind.negotiate(offered: [PositionEncodingKind(rawValue: "utf-7")]) == .utf16)
    }
}
