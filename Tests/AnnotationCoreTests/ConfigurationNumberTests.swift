import Foundation
import Testing
@testable import AnnotationCore

/// JSON numbers 0 and 1 are numbers, not booleans: on Linux an NSNumber holding them also casts to Bool.
@Suite struct ConfigurationNumberTests {
    static func parse(_ json: String) throws -> Configuration {
        try Configuration.parse(Data(json.utf8), origin: "t.json")
    }

    @Test func zeroAndOneAreNumbers() throws {
        #expect(try Self.parse(#"{"conflictTolerance": 0}"#).conflictTolerance == 0)
        #expect(try Self.parse(#"{"conflictTolerance": 1}"#).conflictTolerance == 1)
        #expect(try Self.parse(#"{"maxFileBytes": 1}"#).maxFileBytes == 1)
    }

    @Test func booleansAreStillNotNumbers() {
        #expect(throws: ConfigurationError.self) { try Self.parse(#"{"conflictTolerance": true}"#) }
        #expect(throws: ConfigurationError.self) { try Self.parse(#"{"conflictTolerance": false}"#) }
    }
}
