import Testing
@testable import AnnotationCore

/// Sources of figures, with sentences written for these tests.
@Suite struct ProvenanceTests {
    func figures(_ text: String) -> [Figure] {
        Analyzer().analyze(SourceText(text), id: "t.txt").figures.filter(\.isClaim)
    }

    func status(_ text: String, _ figureText: String) -> SourceStatus? {
        figures(text).first { $0.text.contains(figureText) }?.source.status
    }

    @Test func toldWithAnAudienceAndAContrastDoesNotCrash() {
        // "told" with no "that": what it attributes starts past the end of the contrast clause.
        let s = "\"Look at the harbour,\" Roe told workers in Leeds, while 475 dockers were voting."
        #expect(status(s, "475") == SourceStatus.none)
    }
}
