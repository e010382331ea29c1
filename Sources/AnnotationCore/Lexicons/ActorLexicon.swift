/// The built-in word lists (the `…Data` files beside this one), parsed once into hash tables keyed by
/// `NameKey` so that the recogniser looks words and phrases up without building strings. A class: every
/// sentence's pass and reader holds the lexicon, and a reference is one retain where a copy of its twenty
/// tables was twenty (and made each call on a pass copy the pass).
final class ActorLexicon: Sendable {
    /// What a gazetteer phrase names.
    enum Role: Sendable {
        case name          // the actor itself or an alias of it
        case seat          // a capital or seat of government: the state when it acts
        case demonym       // an adjective or people word: about a state, never an actor
        case place         // a place that does not act
        case furniture     // page chrome
    }

    struct Entry: Sendable {
        var name: String
        var kind: ActorKind
        var role: Role
        /// Written in capitals in the list (DPRK, WHO): matches only text written in capitals.
        var capsOnly: Bool
        var tokens: Int
        /// A place on the map (a region, a US state, a city), not a word merely listed as no actor (CEO, GDP).
        var geographic = false
    }

    let phrases: KeyMap<Entry>
    let maxPhraseTokens: Int
    let givenNames: KeySet
    let dictionaryWords: KeySet
    let closedWords: KeySet
    let calendarWords: KeySet
    let titleHeads: KeySet
    let titleModifiers: KeySet
    let roleWords: KeySet
    let organizationHeads: KeySet
    let organizationTails: KeySet
    let placeHeads: KeySet
    let eventHeads: KeySet
    let particles: KeySet
    /// Lowercase nouns that mark the name beside them as an organisation (OrganizationNouns.swift).
    let organizationNounsBefore: KeySet
    let organizationNounsAfter: KeySet
    let organizationNounsPossessed: KeySet

    static let shared = ActorLexicon()

    init() {
        givenNames = Self.lineKeys(Lexicon.givenNamesData)
        dictionaryWords = Self.lineKeys(Lexicon.dictionaryWordsData)
        let common = Self.sections(Lexicon.commonWordsData)
        closedWords = Self.keys(common["closed"] ?? [])
        calendarWords = Self.keys(common["calendar"] ?? [])
        let titles = Self.sections(Lexicon.titlesData)
        titleHeads = Self.keys(titles["heads"] ?? [])
        titleModifiers = Self.keys(titles["modifiers"] ?? [])
        roleWords = Self.keys(titles["roles"] ?? [])
        let orgs = Self.sections(Lexicon.organizationHeadsData)
        organizationHeads = Self.keys(orgs["heads"] ?? [])
        organizationTails = Self.keys(orgs["tails"] ?? [])
        let places = Self.sections(Lexicon.placesData)
        placeHeads = Self.keys(places["heads"] ?? [])
        eventHeads = Self.keys(Self.lines(Lexicon.eventHeadsData))
        particles = Self.keys(Self.lines(Lexicon.nameParticlesData))
        let orgNouns = Self.sections(Lexicon.organizationNounsData)
        organizationNounsBefore = Self.keys(orgNouns["before"] ?? [])
        organizationNounsAfter = Self.keys(orgNouns["after"] ?? [])
        organizationNounsPossessed = Self.keys(orgNouns["possessed"] ?? [])

        var gazetteer = Gazetteer()
        // Earlier lists win a shared key: actors before places before furniture.
        for line in Self.lines(Lexicon.countriesData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.organizationsData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.politicalPartiesData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.companiesData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.sportsClubsData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.newsOrganizationsData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.advocacyGroupsData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.universitiesData) { gazetteer.addGazetteerLine(line) }
        for line in Self.lines(Lexicon.stateAbbreviationsData) {
            gazetteer.add(line, Entry(name: line, kind: .unknown, role: .place, capsOnly: false, tokens: 0, geographic: true))
        }
        for line in Self.lines(Lexicon.statePostalCodesData) {
            gazetteer.add(line, Entry(name: line, kind: .unknown, role: .place, capsOnly: true, tokens: 0, geographic: true))
        }
        for line in Self.lines(Lexicon.commonAcronymsData) {
            gazetteer.add(line, Entry(name: line, kind: .unknown, role: .place, capsOnly: false, tokens: 0))
        }
        for line in Self.lines(Lexicon.properNounsNotActorsData) {
            gazetteer.add(line, Entry(name: line, kind: .unknown, role: .place, capsOnly: false, tokens: 0))
        }
        for d in Self.lines(Lexicon.demonymsData) {
            gazetteer.add(d, Entry(name: d, kind: .unknown, role: .demonym, capsOnly: false, tokens: 0))
        }
        for p in places["places"] ?? [] { gazetteer.add(p, Entry(name: p, kind: .unknown, role: .place, capsOnly: false, tokens: 0, geographic: true)) }
        for f in common["furniture"] ?? [] { gazetteer.add(f, Entry(name: f, kind: .unknown, role: .furniture, capsOnly: false, tokens: 0)) }
        phrases = KeyMap(gazetteer.phrases)
        maxPhraseTokens = gazetteer.maxPhraseTokens
    }

    /// The phrase table as the lists are read into it.
    private struct Gazetteer {
        /// Room for the lists' phrases from the start: growing the table moved every entry a dozen times.
        var phrases = [UInt64: Entry](minimumCapacity: 16_384)
        var maxPhraseTokens = 1

        /// `name|kind|aliases|seats|demonyms`; the last two for states (and a party's adjectives).
        mutating func addGazetteerLine(_ line: String) {
            let fields = LexiconParsing.fields(line, "|")
            guard fields.count >= 2, let kind = ActorKind(rawValue: fields[1]) else { return }
            let name = fields[0]
            func list(_ i: Int) -> [String] {
                i < fields.count ? LexiconParsing.items(fields[i], ";") : []
            }
            add(name, Entry(name: name, kind: kind, role: .name, capsOnly: false, tokens: 0))
            for a in list(2) { add(a, Entry(name: name, kind: kind, role: .name, capsOnly: ActorLexicon.isCaps(a), tokens: 0)) }
            for s in list(3) { add(s, Entry(name: name, kind: kind, role: .seat, capsOnly: false, tokens: 0)) }
            for d in list(4) {
                add(d, Entry(name: name, kind: kind, role: .demonym, capsOnly: false, tokens: 0))
                if !d.hasSuffix("s"), !d.hasSuffix("ese"), !d.hasSuffix("ish") {
                    add(d + "s", Entry(name: name, kind: kind, role: .demonym, capsOnly: false, tokens: 0))
                }
            }
        }

        mutating func add(_ phrase: String, _ entry: Entry) {
            let key = NameKey.of(phrase)
            let words = NameTokenizer.wordCount(phrase)
            maxPhraseTokens = max(maxPhraseTokens, words)
            // Spellings that differ only in spaces and hyphens share a key ("al-Qaeda", "Al Qaeda"): the entry
            // keeps the first list's meaning and the most words any of them has.
            if let i = phrases.index(forKey: key) {
                phrases.values[i].tokens = max(phrases.values[i].tokens, words)
                return
            }
            var e = entry
            e.tokens = words
            phrases[key] = e
        }
    }

    /// A gazetteer phrase by key, honouring capitals-only aliases.
    @inline(__always) func phrase(_ key: UInt64, allCaps: Bool) -> Entry? {
        guard let e = phrases[key] else { return nil }
        if e.capsOnly && !allCaps { return nil }
        return e
    }

    /// At least two letters, all capitals ("US", "U.S.", "DPRK", not "G-7").
    static func isCaps(_ s: String) -> Bool {
        // An ASCII alias is read by its bytes (a letter is alphabetic, A-Z uppercase): the scalars' properties
        // cost ~1.3 M instructions of every process's start-up for the gazetteer's 700 aliases.
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var letters = 0
            for c in b {
                if c >= 0x80 { return nil }
                // Any letter that is not a capital settles it, wherever it stands.
                if Bytes.isASCIILower(c) { return false }
                if Bytes.isASCIIUpper(c) { letters += 1 }
            }
            return letters >= 2
        }
        if let ascii, let answer = ascii { return answer }
        var letters = 0
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            guard u.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The list's lines, trimmed of spaces and tabs, without empty ones. Split on the bytes of the newline
    /// characters (a newline is always a character of its own, so this is the split by characters); a line
    /// whose trimmed spaces border a non-ASCII byte is trimmed by characters. (By characters, the lists took
    /// a twentieth of a one-file lint.)
    static func lines(_ data: String) -> [String] {
        var out: [String] = []
        var data = data
        data.withUTF8 { b in
            var start = 0, i = 0
            func line(_ end: Int) {
                var lo = start, hi = end
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                guard lo < hi else { return }
                // A space is a character of its own unless a combining mark follows it or a prepended mark
                // comes before it: only ASCII beside the trimmed spaces makes that certain.
                let ascii = (lo == start || b[lo] < 0x80) && (hi == end || b[hi - 1] < 0x80)
                let piece = String(decoding: UnsafeBufferPointer(rebasing: b[ascii ? lo..<hi : start..<end]), as: UTF8.self)
                let trimmed = ascii ? piece : piece.trimmingSpaces
                if !trimmed.isEmpty { out.append(trimmed) }
            }
            while i < b.count {
                let n = newlineLength(b, i)
                if n == 0 { i += 1; continue }
                line(i)
                i += n
                start = i
            }
            line(b.count)
        }
        return out
    }

    /// The byte length of the newline character starting at `i` (LF, VT, FF, CR, NEL, LS, PS), or 0.
    private static func newlineLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2: return i + 1 < b.count && b[i + 1] == 0x85 ? 2 : 0
        case 0xE2: return i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// `[name]` headers split a list into named sections.
    static func sections(_ data: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        var current = ""
        for line in lines(data) {
            if line.hasPrefix("["), line.hasSuffix("]") { current = String(line.dropFirst().dropLast()); continue }
            out[current, default: []].append(line)
        }
        return out
    }

    static func keys(_ words: [String]) -> KeySet { KeySet(words.map(NameKey.of)) }

    /// Keys of a one-word-per-line list, hashed straight from its bytes: the 60,000-word dictionary loads
    /// without building a string per word. An ASCII line is folded and hashed as it is read, to its end:
    /// found first with `memchr` and then hashed through `NameKey.add`, the lists cost ~28 instructions a
    /// byte, a tenth of every process's start-up. A line with another byte is hashed by `NameKey.add`.
    static func lineKeys(_ data: String) -> KeySet {
        var out: [UInt64] = []
        out.reserveCapacity(data.utf8.count / 8)
        var data = data
        data.withUTF8 { buf in
            var start = 0
            while start < buf.count {
                let (end, key, folded, ascii) = asciiLineKey(buf, from: start)
                if ascii {
                    if folded > 0 { out.append(key) }
                } else {
                    var k = NameKey()
                    k.add(buf, start..<end)
                    if k.length > 0 { out.append(k.value) }
                }
                start = end + 1
            }
        }
        return KeySet(out)
    }

    /// The line from `start` to the next LF (or the end): where it ends, and, when every byte is ASCII, the
    /// key `NameKey.add` gives its bytes and how many of them it folds in (letters lowered, digits; nothing
    /// else). A LF byte is never part of a wider character.
    @inline(__always)
    static func asciiLineKey(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, key: UInt64, folded: Int, ascii: Bool) {
        var h = NameKey.seed, n = 0, ascii = true
        var i = start
        while i < buf.count {
            let b = buf[i]
            if b &- 0x61 < 26 {
                // A run of lowercase letters, nearly all of a list, in a loop of its own.
                var j = i
                repeat {
                    h = NameKey.step(h, buf[j])
                    j &+= 1
                } while j < buf.count && buf[j] &- 0x61 < 26
                n &+= j &- i
                i = j
                continue
            }
            if b &- 0x30 < 10 {
                h = NameKey.step(h, b)
                n &+= 1
            } else if b &- 0x41 < 26 {
                h = NameKey.step(h, b | 0x20)
                n &+= 1
            } else if b == 0x0A {
                break
            } else if b >= 0x80 {
                ascii = false
            }
            i &+= 1
        }
        return (i, h, n, ascii)
    }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    var trimmingSpaces: String { self[...].trimmingSpaces }
}
