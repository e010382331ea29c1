import Testing
@testable import AnnotationCore

/// A paragraph opened by a name and a colon is that person's speech ("Jane Roe: We will cut 500 jobs"), unless
/// the name is a label or what follows is too short to be said.
@Suite struct LeadingSpeakerTests {
    static func speaker(_ paragraph: String) -> String? {
        let bytes = Array(paragraph.utf8)
        return bytes.withUnsafeBufferPointer { SpeechStructure.leadingSpeaker($0, 0..<$0.count) }
    }

    @Test func aNameAndAColonOpenSpeech() {
        #expect(Self.speaker("Jane Roe: We will cut 500 jobs this year.") == "Jane Roe")
        #expect(Self.speaker("Mary Ann Smith: The plant closes in June.") == "Mary Ann Smith")
        #expect(Self.speaker("José Álvarez: Nadie sabe cuántos son.") == "José Álvarez")
    }

    @Test func notSpeech() {
        // A tally line says too little.
        #expect(Self.speaker("Hillary Clinton: 1,769.") == nil)
        #expect(Self.speaker("Hillary Clinton: 1,769 delegates won") == nil)
        // A label, one word, four words, words in capitals, a colon after a comma or past the opening.
        #expect(Self.speaker("Editors Note: This story was updated on Monday.") == nil)
        #expect(Self.speaker("Roe: We will cut 500 jobs this year.") == nil)
        #expect(Self.speaker("The Chief Executive Officer: We will cut jobs.") == nil)
        #expect(Self.speaker("JANE ROE: We will cut 500 jobs this year.") == nil)
        #expect(Self.speaker("Later, Jane Roe: We will cut jobs.") == nil)
        #expect(Self.speaker("In the end the committee of the whole house decided it: we will cut jobs.") == nil)
        #expect(Self.speaker("Jane Roe:We will cut jobs.") == nil)
    }
}
