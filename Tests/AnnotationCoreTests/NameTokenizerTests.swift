import Testing
@testable import AnnotationCore

/// The actor recogniser's words: where each stands, its folded key, and the spelling facts that decide
/// whether it can be part of a name. The tokenizer hashes each word's key while it reads the word (issue 19);
/// the key must stay the key of the word's own bytes.
@Suite struct NameTokenizerTests {
    struct Word: Equatable, CustomStringConvertible {
        let text: String
        let flags: WordToken.Flags
        var description: String { "\(text) \(flags.rawValue)" }
    }

    static func words(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { buf in
            NameTokenizer.tokenize(buf, sentences: [0..<buf.count], excluded: []).tokens.map { t in
                Word(text: String(decoding: UnsafeBufferPointer(rebasing: buf[t.start..<t.end]), as: UTF8.self), flags: t.flags)
            }
        }
    }

    static func word(_ text: String, in sentence: String) -> Word? { words(sentence).first { $0.text == text } }

    @Test func possessivesAreLeftOffTheName() {
        let ws = Self.words("Kim Jong-un's aides met O'Brien and Zoë’s sister.")
        #expect(ws.map(\.text) == ["Kim", "Jong-un", "aides", "met", "O'Brien", "and", "Zoë", "sister"])
        #expect(ws[0].flags == [.capitalised, .hasLetter, .sentenceInitial])
        #expect(ws[1].flags == [.capitalised, .hasLetter, .hyphenated, .possessive, .joinsPrevious])
        // The word after a possessive does not join it.
        #expect(!ws[2].flags.contains(.joinsPrevious))
        #expect(ws[6].flags.contains(.possessive) && ws[6].flags.contains(.capitalised))
        // A possessive standing apart, as in tokenised text.
        let apart = Self.words("Germany 's army")
        #expect(apart.map(\.text) == ["Germany", "army"])
        #expect(apart[0].flags.contains(.possessive))
    }

    @Test func periodsStayOnInitialsAcronymsAndAbbreviations() {
        let ws = Self.words("Gen. W. Smith of the U.S. Army met Dr. Lee at No. 10 in Sept.")
        #expect(ws.map(\.text) == ["Gen.", "W.", "Smith", "of", "the", "U.S.", "Army", "met", "Dr.", "Lee", "at", "No.", "10", "in", "Sept"])
        #expect(ws[1].flags.contains(.initial) && ws[1].flags.contains(.capitalised))
        #expect(ws[5].flags.contains(.allCaps) && !ws[5].flags.contains(.initial))
        #expect(ws[12].flags == [.hasDigit, .joinsPrevious])
    }

    @Test func spellingFacts() {
        #expect(Self.word("They’re", in: "They’re here")?.flags.contains(.contraction) == true)
        #expect(Self.word("don't", in: "I don't know")?.flags.contains(.contraction) == true)
        #expect(Self.word("O'Neill", in: "Tip O'Neill")?.flags.contains(.contraction) == false)
        let site = Self.word("Charter97.org", in: "read Charter97.org daily")
        #expect(site?.flags == [.hasDigit, .hasLetter, .domain, .joinsPrevious, .capitalised])
        #expect(Self.word("AT&T", in: "AT&T said")?.flags.contains(.allCaps) == true)
        #expect(Self.word("MPs", in: "the MPs voted")?.flags.contains(.pluralAcronym) == true)
        #expect(Self.word("NATO", in: "the NATO summit")?.flags.contains(.pluralAcronym) == false)
        // Letters that are not ASCII: a capital opens the word, a Unicode hyphen joins it.
        #expect(Self.word("Ødegaard\u{2010}Lund", in: "Ødegaard\u{2010}Lund spoke")?.flags
            == [.capitalised, .hasLetter, .hyphenated, .sentenceInitial])
        #expect(Self.word("ÉLYSÉE", in: "the ÉLYSÉE said")?.flags.contains(.allCaps) == true)
        #expect(Self.word("éclair", in: "an éclair")?.flags == [.hasLetter, .joinsPrevious])
    }

    @Test func clausesOpenAfterQuotesAndColons() {
        let ws = Self.words("He said: \"Mr Smith left\" (Reuters)")
        #expect(ws.map(\.text) == ["He", "said", "Mr", "Smith", "left", "Reuters"])
        #expect(ws.map { $0.flags.contains(.sentenceInitial) } == [true, false, true, false, false, true])
        // A spaced ampersand stays as a connector inside a firm's name.
        #expect(Self.words("Procter & Gamble").map(\.text) == ["Procter", "&", "Gamble"])
    }

    @Test func keysAreTheKeysOfTheWordsOwnBytes() {
        let pieces = ["a", "s", "S", "Mr", "U", "0", "7", "'", "’", "-", "\u{2010}", ".", "&", " ", " ", "é", "É", "e\u{0301}",
                      "ß", "Ω", "中", "\"", ":", "org", "Co", "W", "Gen", "U.S", "'s", "’s", "n't", "O'", "Jong-un", "\u{00A0}", "İ"]
        var numbers = SeededNumbers()
        var possessives = 0, periods = 0
        for _ in 0..<20_000 {
            let text = (0..<(numbers.next() % 25)).map { _ in pieces[numbers.next() % pieces.count] }.joined()
            var bytes = text
            bytes.withUTF8 { buf in
                let tokens = NameTokenizer.tokenize(buf, sentences: [0..<buf.count], excluded: []).tokens
                // The gazetteer counts a phrase's words without making them.
                #expect(NameTokenizer.wordCount(text) == tokens.count, "\(text.debugDescription)")
                for t in tokens where t.key != Glue.amp {
                    #expect(t.key == NameKey.of(buf, t.start..<t.end), "\(text.debugDescription) \(t.start)..<\(t.end)")
                    if t.flags.contains(.possessive), t.end < buf.count, buf[t.end] != 0x20 { possessives += 1 }
                    if buf[t.end - 1] == 0x2E { periods += 1 }
                }
            }
        }
        #expect(possessives > 500 && periods > 150, "\(possessives) \(periods)")
    }
}
