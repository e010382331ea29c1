import Testing
@testable import AnnotationCore

/// Shortcuts the recogniser's pass takes (issue 19): each must give what the longer way gives.
@Suite struct ActorPassShortcutTests {
    static func tokens(_ text: String, _ body: ([WordToken], UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { buf in
            body(NameTokenizer.tokenize(buf, sentences: [0..<buf.count], excluded: []).tokens, buf)
        }
    }

    /// A line that is prose has no scoreboard; one that is not is read as one.
    @Test func proseLinesAreNoScoreboards() {
        let lexicon = ActorLexicon.shared
        let lines: [(String, Bool)] = [
            ("Hull 2 Carlisle 0", false),
            ("Port Vale 3 0 2 1 2 4 2", false),
            ("Ludwig van Beethoven 5 Gun Owners of America 3", false),
            ("Hull beat Carlisle 2 0", true),
            ("Mainz 05 7th minute", true),
            ("CAIRO 1996-08-29", false),
            ("He said so.", true),
        ]
        for (line, prose) in lines {
            Self.tokens(line) { tokens, _ in
                #expect(ResultsLine.isProse(tokens, tokens.indices, lexicon: lexicon) == prose, "\(line)")
                if prose { #expect(ResultsLine(tokens[...], lexicon: lexicon).scoredNameEnds.isEmpty, "\(line)") }
            }
        }
        Self.tokens("Hull 2 Carlisle 0") { tokens, _ in
            #expect(!ResultsLine(tokens[...], lexicon: lexicon).scoredNameEnds.isEmpty)
        }
    }

    /// A candidate's surface key is the key of its bytes, whether it is one whole word, part of one or
    /// several.
    @Test func aSurfaceKeyIsTheKeyOfTheBytes() {
        Self.tokens("Kim Jong-un’s aides met O'Brien, Zoë and the Korea-Russia talks.") { tokens, buf in
            for a in tokens.indices {
                for b in a..<min(a + 3, tokens.count) {
                    let range = tokens[a].start..<tokens[b].end
                    #expect(DocumentNames.surfaceKey(a..<(b + 1), range, tokens: tokens, buf: buf) == NameKey.of(buf, range))
                }
                // One word's part (a compound split into its names).
                let part = tokens[a].start..<(tokens[a].end - 1)
                #expect(DocumentNames.surfaceKey(a..<(a + 1), part, tokens: tokens, buf: buf) == NameKey.of(buf, part))
            }
        }
    }
}
