import Testing
import AnnotationProtocol

@Test func speaksLSP317() {
    #expect(AnnotationProtocolInfo.lspVersion == "3.17")
}
