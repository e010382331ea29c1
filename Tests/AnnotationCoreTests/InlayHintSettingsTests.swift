import Foundation
import Testing
@testable import AnnotationCore

/// `inlayHints` is validated like every other configuration key and merges part by part across layers.
@Suite struct InlayHintSettingsTests {
    static func parse(_ json: String) throws -> Configuration {
        try Configuration.parse(Data(json.utf8), origin: "test.json")
    }

    @Test func bothPartsAreShownUnlessTurnedOff() throws {
        #expect(Configuration().inlayHints.showsFigures && Configuration().inlayHints.showsSources)
        let c = try Self.parse(#"{"inlayHints": {"sources": false}}"#)
        #expect(c.inlayHints.showsFigures)
        #expect(!c.inlayHints.showsSources)
    }

    @Test func aLaterLayerOverridesOnlyThePartItSets() throws {
        let lower = try Self.parse(#"{"inlayHints": {"figures": false, "sources": false}}"#)
        let upper = try Self.parse(#"{"inlayHints": {"sources": true}}"#)
        let merged = lower.merged(with: upper).inlayHints
        #expect(!merged.showsFigures)
        #expect(merged.showsSources)
    }

    @Test(arguments: [
        (#"{"inlayHints": true}"#, "key 'inlayHints': expected an object {figures, sources}, got a boolean"),
        (#"{"inlayHints": {"figure": true}}"#, "key 'inlayHints.figure': unknown key (known: figures, sources)"),
        (#"{"inlayHints": {"sources": 1}}"#, "key 'inlayHints.sources': expected true or false, got a number"),
        (#"{"inlayHints": {"sources": "no"}}"#, "key 'inlayHints.sources': expected true or false, got a string"),
    ])
    func wrongShapesAreErrorsNamingTheKey(json: String, message: String) {
        do {
            _ = try Self.parse(json)
            Issue.record("accepted \(json)")
        } catch {
            #expect("\(error)" == "test.json: \(message)")
        }
    }

    @Test func clientSettingsAsFoundationObjectsParseToo() throws {
        let c = try Configuration.parse(object: ["inlayHints": ["figures": NSNumber(value: false)]], origin: "client")
        #expect(!c.inlayHints.showsFigures)
    }
}
