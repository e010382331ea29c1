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

    /// A list's line is hashed as `NameKey.add` hashes it, up to its LF; a line with a byte beyond ASCII is
    /// left to `NameKey.add`. The pieces hold the bytes either side of each range the fold tells apart.
    @Test func aListLineIsHashedAsNameKeyHashesIt() {
        let pieces = ["a", "z", "A", "Z", "0", "9", "-", "'", " ", "\t", "\r", "\n", "é", "É", "ß", "中", "Kim", "O'Brien",
                      ".", "@", "[", "`", "{", "/", ":", "\u{7F}"]
        var numbers = SeededNumbers()
        var asciiLines = 0
        for _ in 0..<5_000 {
            var text = (0..<(1 + numbers.next() % 12)).map { _ in pieces[numbers.next() % pieces.count] }.joined()
            let shown = text.debugDescription
            text.withUTF8 { buf in
                var start = 0
                while start < buf.count {
                    let line = ActorLexicon.asciiLineKey(buf, from: start)
                    var end = start
                    while end < buf.count, buf[end] != 0x0A { end += 1 }
                    #expect(line.end == end)
                    #expect(line.ascii == !buf[start..<end].contains { $0 >= 0x80 })
                    if line.ascii {
                        asciiLines += 1
                        var k = NameKey()
                        k.add(buf, start..<end)
                        #expect(line.key == k.value && line.folded == k.length, "\(shown)")
                    }
                    start = end + 1
                }
            }
        }
        #expect(asciiLines > 2_000)
        let keys = ActorLexicon.lineKeys("Kim\nO'Brien\r\n\n-\nZoë\n 9 ")
        #expect(keys.count == 4)
        for word in ["Kim", "OBrien", "Zoë", "9"] { #expect(keys.contains(NameKey.of(word)), "\(word)") }
    }

    /// Capitals-only aliases: at least two letters, all capitals, read by bytes or by scalars.
    @Test func capsAliases() {
        for caps in ["US", "U.S.", "DPRK", "NATO2", "ÉU", "ÖVP", "U.K"] { #expect(ActorLexicon.isCaps(caps), "\(caps)") }
        for not in ["G-7", "Us", "us", "A", "Ü", "Éu", "uÉU", "ÉUs", "7", ""] { #expect(!ActorLexicon.isCaps(not), "\(not)") }
    }
}
