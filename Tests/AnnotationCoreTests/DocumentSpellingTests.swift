import Testing
@testable import AnnotationCore

/// A name written several ways in one document is displayed in the spelling the document uses most; these
/// sentences pin down how spellings are told apart and counted (as `String`s, not as bytes) and how a tie is
/// broken. Sentences written for these tests.
@Suite struct DocumentSpellingTests {
    func mentions(_ s: String) -> [ActorMention] { Analyzer().analyze(SourceText(s), id: "t.txt").mentions }

    @Test func theMostCommonSpellingNamesEveryMention() {
        let m = mentions("Kim Jong-un arrived. Kim Jong Un spoke first. Later Kim Jong Un left the hall.")
        #expect(m.map(\.text) == ["Kim Jong-un", "Kim Jong Un", "Kim Jong Un"])
        #expect(m.map(\.name) == ["Kim Jong Un", "Kim Jong Un", "Kim Jong Un"])
    }

    @Test func theFirstSpellingStandsUntilAnotherIsMoreCommon() {
        let m = mentions("Kim Jong Un arrived. Kim Jong-un spoke first. Later Kim Jong Un left the hall. Kim Jong-un waved.")
        #expect(Set(m.map(\.name)) == ["Kim Jong Un"])
    }

    /// Two spellings equally common and more common than the first: the lesser as a string ("U" before "u").
    @Test func aTieAfterTheFirstGoesToTheLesserString() {
        let m = mentions("Kim Jong Un arrived. Kim Jong-un spoke. Kim Jong-Un nodded. Kim Jong-un sat. Kim Jong-Un left.")
        #expect(m.count == 5)
        #expect(Set(m.map(\.name)) == ["Kim Jong-Un"])
    }

    /// "Zoë" with a precomposed and with a combining diaeresis are one string, so one spelling seen twice:
    /// it outnumbers the plain "Zoe" the document used first. Each mention keeps the bytes it was written in.
    @Test func canonicallyEqualSpellingsCountAsOne() {
        let precomposed = "Zo\u{00EB} Adler", combining = "Zoe\u{0308} Adler"
        let m = mentions("Zoe Adler spoke first. Then \(precomposed) answered. Later \(combining) left.")
        #expect(m.count == 3)
        #expect(m.map(\.name).allSatisfy { $0 == precomposed })
        #expect(Array(m[2].text.utf8) == Array(combining.utf8))
        #expect(Array(m[1].text.utf8) == Array(precomposed.utf8))
    }
}
