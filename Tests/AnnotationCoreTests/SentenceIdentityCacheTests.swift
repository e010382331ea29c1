import Foundation
import Testing
@testable import AnnotationCore

/// The document's part of the claims' identities through the sentence cache (issue 19): filed on the
/// sentence's entry with what it reads besides the sentence's own part (the sentence's index, the mentions of
/// the sentence and of the one before it in its paragraph, each claim's actors and source, the document's date
/// and story), and taken again only when all of those are as they were. An edit elsewhere that changes one of those must give the fresh identities;
/// one that changes none of them must hand back the identities as they were filed.
@Suite struct SentenceIdentityCacheTests {
    static let article = """
    Strike in Vell

    March 4, 2024

    The dockers' leader, Ivo Brandt, called the strike on Friday.

    Police said 3,000 dockers marched with Brandt through Vell on Monday. The port lost $2m a day, the harbour board said.

    Norland's army sent 300 soldiers to Estland on Sunday.
    """

    static func figure(_ analysis: DocumentAnalysis, _ text: String) -> Figure? {
        analysis.figures.first { $0.text == text || $0.text.hasPrefix(text + " ") }
    }

    @Test func anEditThatRenamesAnActorOfAnUntouchedSentenceGivesTheFreshIdentity() throws {
        let analyzer = Analyzer()
        let (base, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        // Without the full name in the lead, "Brandt" is another actor (or none): the march's participants change
        // although its sentence and the one before it in its paragraph stay as they were.
        let (fresh, _) = SentenceCacheTests.analysedAfterEdit(Self.article, from: "The dockers' leader, Ivo Brandt, called",
                                                              to: "The dockers' leader called", "the full name's sentence",
                                                              analyzer: analyzer, cache: cache)
        let before = try #require(Self.figure(base, "3,000")?.identity)
        let after = try #require(Self.figure(fresh, "3,000")?.identity)
        #expect(before.participants != after.participants, "the edit reaches the march's participants: \(before.participants) → \(after.participants)")
    }

    @Test func anEditThatMovesSentencesGivesTheirNewIndices() throws {
        let analyzer = Analyzer()
        let (base, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        let (fresh, _) = SentenceCacheTests.analysedAfterEdit(Self.article, from: "called the strike on Friday.",
                                                              to: "called the strike on Friday. It was the first in years.",
                                                              "a sentence added before the claims", analyzer: analyzer, cache: cache)
        let before = try #require(Self.figure(base, "300")?.identity)
        let after = try #require(Self.figure(fresh, "300")?.identity)
        #expect(after.sentence == before.sentence + 1)
    }

    @Test func anEditOfOneSentenceKeepsTheOtherSentencesIdentitiesAsFiled() throws {
        let analyzer = Analyzer()
        let (base, cache) = analyzer.analyze(SourceText(Self.article), id: "a.txt", reusing: SentenceCache())
        let text = Self.article.replacingOccurrences(of: "on Sunday.", with: "on Sunday night.")
        let (cached, _) = analyzer.analyze(SourceText(text), id: "a.txt", reusing: cache)
        SentenceCacheTests.expectSame(cached, analyzer.analyze(SourceText(text), id: "a.txt"), "the last sentence")
        for text in ["3,000", "$2m"] {
            let a = try #require(Self.figure(base, text)?.identityBox), b = try #require(Self.figure(cached, text)?.identityBox)
            #expect(a === b, "\(text): the identity filed before")
        }
        let a = try #require(Self.figure(base, "300")?.identityBox), b = try #require(Self.figure(cached, "300")?.identityBox)
        #expect(a !== b, "the edited sentence's identity is read again")
    }
}
