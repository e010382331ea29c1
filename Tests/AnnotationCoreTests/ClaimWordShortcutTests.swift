import Testing
@testable import AnnotationCore

/// The claims stage's shortcuts (issue 19) answer as what they replaced: a word compared by its length first,
/// a year read by its bytes, a name's words copied into one string, a place and a date read as written
/// from the text's bytes, a claim's narrowing words taken without a set.
@Suite struct ClaimWordShortcutTests {
    static let sentences = [
        "The toll rose to 29 and then (by Monday) to 40, or more; from 12,400 list of the missing.",
        "THE F16s and TO-do: Türkiye’s İstanbul grew 12,5 per cent — naïve café owners said so.",
        "\u{201C}Of those\u{201D}, 250,000 people marched in São Paulo Centro, K and \u{212A}elvin.",
    ]

    static func words(_ s: String) -> (bytes: [UInt8], words: [SentenceWord]) {
        let bytes = Array(s.utf8)
        return (bytes, SentenceWords.read(bytes, 0..<bytes.count))
    }

    @Test func aWordSpellsWhatItsLowerFormEquals() {
        let asked = ["and", "or", "to", "the", "of", "from", "by", "list", "(", ")", ",", "k", "those", "said", ""]
        for s in Self.sentences {
            for w in Self.words(s).words {
                for a in asked { #expect(w.spells(a) == (w.lower == a), "\(w.lower) / \(a)") }
            }
        }
    }

    /// The reading it replaced: a decade's "s" dropped, four `isNumber` characters, `Int` from 1800 to 2100.
    static func yearAsCharacters(_ s: String) -> Bool? {
        var digits = s
        var decade = false
        if digits.hasSuffix("s"), digits.count == 5 { digits.removeLast(); decade = true }
        guard digits.count == 4, digits.allSatisfy(\.isNumber), let v = Int(digits), (1800...2100).contains(v) else { return nil }
        return decade
    }

    @Test func aYearIsReadByItsBytesAsByItsCharacters() {
        let samples = ["2016", "1990s", "1800", "2100", "1799", "2101", "2016s", "20166", "199s", "12345", "abcd", "2o16",
                       "+201", "-201", "1990S", "٢٠٢٠", "２０２０", "2020\u{301}", "2020s\u{301}", "", "s", "0999", "1850s", "2100s"]
        for s in samples { #expect(TimeAnchorReader.isYear(s) == Self.yearAsCharacters(s), "\(s)") }
        let (_, w) = Self.words("Since 2016, and in the 1990s, 20166 homes by 2027.")
        let marks = w.indices.compactMap { TimeAnchorReader.year(w, $0) }
        #expect(marks == ["y:since 2016", "d:1990", "y:by 2027"])
    }

    @Test func aNamesWordsAreJoinedAsJoinedDoes() {
        for s in Self.sentences {
            let w = Self.words(s).words
            for start in w.indices {
                for end in (start + 1)...min(w.count, start + 4) {
                    #expect(CountedThing.joinedName(w, start..<end) == w[start..<end].map(\.lower).joined(separator: " "))
                }
            }
        }
    }

    @Test func aPlaceIsNamedAsWritten() {
        let (bytes, w) = Self.words("Some 250,000 people marched in São Paulo Centro on Monday.")
        let last = w.firstIndex { $0.lower == "250,000" }!
        #expect(ClaimIdentityReader.place(w, after: last, in: bytes) == "São Paulo Centro")
        let (b2, w2) = Self.words("Some 14 people died at the Brussels Airport in March.")
        #expect(ClaimIdentityReader.place(w2, after: w2.firstIndex { $0.lower == "14" }!, in: b2) == "Brussels Airport")
        let (b3, w3) = Self.words("Some 14 people died inside the Brussels Airport.")
        #expect(ClaimIdentityReader.place(w3, after: w3.firstIndex { $0.lower == "14" }!, in: b3) == nil)
    }

    @Test func aDocumentsDateIsGivenAsWritten() {
        #expect(DocumentDate.read(SourceText("Title\n\nWednesday, March 6, 2024\n\nText.")) == "March 6, 2024")
        #expect(DocumentDate.read(SourceText("*Updated Friday, 8 MARCH 2024*\n\nText.")) == "8 MARCH 2024")
        #expect(DocumentDate.read(SourceText("Posted 13.09.2023 by staff\n")) == "2023-09-13")
    }

    @Test func aUnitIsLoweredAsLowercasedLowersIt() {
        for s in ["drivers", "Drivers", "USD", "Acres", "tonnes@[`{Z", "AZ", "us$", "€", "per cent", "İstanbul", "ÉMILE", "émile", "", "k", "\u{212A}"] {
            #expect(CountedThing.UnitNames.lowered(s) == s.lowercased(), "\(s)")
        }
    }

    /// The clause's measure asks a word's facts, not the list, whether it heads a measure phrase.
    @Test func aMeasurePhrasesHeadCarriesItsFact() {
        let heads = FigureLexicon.shared.measurePhraseHeads
        #expect(!heads.isEmpty)
        for h in heads {
            let (_, w) = Self.words(h)
            #expect(w.count == 1 && w[0].facts.contains(.measurePhraseHead), "\(h)")
        }
        for (_, w) in Self.sentences.map(Self.words) {
            for x in w { #expect(x.facts.contains(.measurePhraseHead) == heads.contains(x.lower), "\(x.lower)") }
        }
        let (_, w) = Self.words("Norland handed over 5,000 shells.")
        let figure = w.firstIndex { $0.lower == "5,000" }!
        #expect(ClauseMeasure.read(w, first: figure, last: figure) == "supply")
    }

    /// The names of a sentence's mentions are the end of those of its neighbourhood (the sentence before in its
    /// paragraph, and itself), found as the mentions starting in each range are.
    @Test func aSentencesNamesAreTheEndOfItsNeighbourhoods() {
        var r = SeededNumbers()
        for _ in 0..<300 {
            var sentences: [Sentence] = []
            var at = 0, paragraph = 0
            for _ in 0..<(1 + r.next() % 5) {
                let length = 1 + r.next() % 30
                sentences.append(Sentence(range: at..<at + length, paragraph: paragraph))
                at += length + r.next() % 3
                if r.next() % 3 == 0 { paragraph += 1 }
            }
            var mentions: [ActorMention] = []
            var m = 0
            while m < at {
                m += r.next() % 9
                mentions.append(ActorMention(range: m..<m + 1, text: "x", name: "n\(m)", kind: .person))
                m += 1
            }
            let segmentation = Segmentation(sentences: sentences)
            for s in sentences.indices {
                let place = SentencePlace(s, in: segmentation)
                let context = SentenceContext(place, mentions: mentions)
                #expect(Array(context.namedNearby) == mentions.starting(in: place.nearby).map(\.name))
                #expect(Array(context.namedHere) == mentions.starting(in: place.here).map(\.name))
            }
        }
    }

    @Test func aDaysMarkIsSplitAsSplitDoes() {
        let (_, w) = Self.words("On March 5 and Sept. 11 and 3 December, in May 2020.")
        let days = w.indices.compactMap { TimeAnchorReader.month(w, $0) }.filter { $0.utf8.contains(0x20) }
        #expect(days == ["m:march 5", "m:september 11", "m:december 3"])
        for mark in days + ["m:x 1", "m:january 31"] {
            let parts = mark.dropFirst(2).split(separator: " ")
            let (month, day) = TimeAnchorReader.monthAndDay(mark)
            #expect(month == String(parts[0]) && day == parts[1], "\(mark)")
        }
    }

    /// A word narrowing a claim twice is taken once, and the words come sorted, as from a set.
    @Test func narrowingWordsAreDistinctAndSorted() throws {
        let text = "Norland shipped 5,000 heavy rounds of heavy artillery."
        let figure = try #require(Analyzer().analyze(SourceText(text), id: "t.txt").figures.first { $0.value == 5_000 })
        let (_, w) = Self.words(text)
        let first = try #require(w.firstIndex { $0.range.upperBound > figure.range.lowerBound })
        let last = try #require(w.lastIndex { $0.range.lowerBound < figure.range.upperBound })
        #expect(CountedThing.narrowing(w, first: first, last: last, unit: CountedThing.UnitNames(figure)) == ["artillery", "heavy"])
    }
}
