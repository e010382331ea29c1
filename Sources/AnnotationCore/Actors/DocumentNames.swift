/// What one document establishes about its names: the full names of its people (so "Putin" is Vladimir
/// Putin and "Kim" is Kim Jong Un), the organisations it names in full (so "Penta" is the Penta Center…),
/// and, for every name, the spelling it uses most (so "Kim Jong-un" and "Kim Jong Un" are one actor).
struct DocumentNames {
    /// Full key → its first surface spelling in `spellingList`, from which its others follow in the order first
    /// seen (`Spelling.next`), with how often each occurs.
    /// (Keyed by `IntegerKey`: these tables are asked about every candidate name several times, and a `UInt64`
    /// key was hashed with SipHash at each question.)
    private var spellings: [IntegerKey: Int] = [:]
    /// Every key's spellings in one list: a list for each key allocated, grew and freed an array for nearly
    /// every name of the document.
    private var spellingList: [Spelling] = []
    /// A surname (or the particle-led tail "Le Pen") → full keys of the people who bear it.
    private var bySurname: [IntegerKey: Set<UInt64>] = [:]
    /// A first word (given name, or family name in family-name-first order) → full keys.
    private var byFirst: [IntegerKey: Set<UInt64>] = [:]
    /// An organisation's first word → full keys ("Wagner" → Wagner Group).
    private var organizationByFirst: [IntegerKey: Set<UInt64>] = [:]
    private var kindOf: [IntegerKey: ActorKind] = [:]
    /// Single words the document shows to be organisations somewhere (a side on a results line, an
    /// acronym, a name with corporate context): its other bare mentions of the word are that organisation.
    private var organizationWords: Set<IntegerKey> = []
    /// Each key's spelling (`display`), chosen once all spellings are counted: the passes after `learn` ask
    /// for it once per mention, and a long document repeats its names hundreds of times.
    private var chosen: [IntegerKey: String] = [:]

    mutating func learn(_ candidates: [ActorCandidate], tokens: [WordToken], buf: UnsafeBufferPointer<UInt8>) {
        let lexicon = ActorLexicon.shared
        // Sized once from the candidates: grown as they were filled, the tables were rehashed three to five
        // times a document (~2 M instructions for 150 files). Nothing reads them in their order.
        var names = 0
        for i in candidates.indices where !candidates[i].fixed && candidates[i].wordKeys.count >= 2 { names += 1 }
        // (Made anew at their size: learning starts from empty tables, and `reserveCapacity` is not specialised.)
        kindOf = .init(minimumCapacity: names)
        bySurname = .init(minimumCapacity: names)
        byFirst = .init(minimumCapacity: names)
        spellings = .init(minimumCapacity: candidates.count)
        spellingList.reserveCapacity(candidates.count)
        // The fields read where they stand (a copy of a candidate retains and releases its name and keys).
        for i in candidates.indices where !candidates[i].fixed && candidates[i].wordKeys.count >= 2 {
            let kind = candidates[i].kind, key = candidates[i].key
            guard kind == .person || kind == .organization else { continue }
            let wordKeys = candidates[i].wordKeys
            kindOf[IntegerKey(key)] = kind
            if kind == .person {
                bySurname[IntegerKey(wordKeys[wordKeys.count - 1]), default: []].insert(key)
                // "Marine Le Pen" → "Le Pen"; "Nikolaus van der Pas" → "van der Pas".
                if let p = wordKeys.indices.dropFirst().first(where: { lexicon.particles.contains(wordKeys[$0]) }) {
                    var k = NameKey()
                    let ts = candidates[i].tokens
                    for t in ts[(ts.lowerBound + p)...] { k.add(buf, tokens[t].start..<tokens[t].end) }
                    bySurname[IntegerKey(k.value), default: []].insert(key)
                }
                byFirst[IntegerKey(wordKeys[0]), default: []].insert(key)
            } else if !lexicon.dictionaryWords.contains(wordKeys[0]), lexicon.phrases[wordKeys[0]] == nil {
                organizationByFirst[IntegerKey(wordKeys[0]), default: []].insert(key)
            }
        }
        // Read where they stand: a loop over the candidates copied each (its word keys and name retained).
        for i in candidates.indices where !candidates[i].fixed && candidates[i].wordKeys.count == 1 && candidates[i].kind == .organization {
            organizationWords.insert(IntegerKey(candidates[i].key))
        }
        for i in candidates.indices { record(key: candidates[i].key, range: candidates[i].range, buf: buf) }
        chosen = .init(minimumCapacity: spellings.count)
        // (Each list read as the table is walked, not looked up again by its key.)
        for (key, first) in spellings { chosen[key] = choose(first) }
    }

    /// Counts the spelling at `range` among the key's: one more of the spelling it is, or a new spelling after
    /// the key's last.
    private mutating func record(key: UInt64, range: Range<Int>, buf: UnsafeBufferPointer<UInt8>) {
        let surface = UnsafeBufferPointer(rebasing: buf[range])
        let new = spellingList.count
        guard let first = spellings[IntegerKey(key)] else {
            spellings[IntegerKey(key)] = new
            spellingList.append(Spelling(surface))
            return
        }
        let ascii = Bytes.isASCII(surface)
        var text: String? = nil
        var j = first
        while true {
            if spellingList[j].same(surface, ascii: ascii, text: &text) {
                spellingList[j].count += 1
                return
            }
            guard spellingList[j].next >= 0 else { break }
            j = spellingList[j].next
        }
        spellingList[j].next = new
        spellingList.append(Spelling(surface, isASCII: ascii, string: text ?? String(decoding: surface, as: UTF8.self)))
    }

    /// Gives single words the full name or organisation the document knows them by; the rest keep their
    /// local reading. A surname two people share stays unresolved.
    mutating func resolve(_ candidates: inout [ActorCandidate], lexicon: ActorLexicon) {
        for i in candidates.indices where !candidates[i].fixed {
            let kind = candidates[i].kind
            if candidates[i].wordKeys.count >= 2 {
                if let k = kindOf[IntegerKey(candidates[i].key)], kind == .unknown { candidates[i].kind = k }
                continue
            }
            let key = IntegerKey(candidates[i].key)
            // A person the document names in full outranks an organisation reading of the same word, which
            // may come from nothing more than a plural-looking surname after "the" ("the Sanders campaign").
            if let fulls = bySurname[key] {
                candidates[i].kind = .person
                if fulls.count == 1 { candidates[i].key = fulls.first! }
            } else if kind == .unknown, organizationWords.contains(key) {
                candidates[i].kind = .organization
            } else if let fulls = byFirst[key], fulls.count == 1 {
                candidates[i].kind = .person
                candidates[i].key = fulls.first!
            } else if let fulls = organizationByFirst[key], fulls.count == 1, kind != .person {
                candidates[i].kind = .organization
                candidates[i].key = fulls.first!
            }
        }
    }

    /// The most common spelling of a key (the first seen on a tie).
    func display(_ key: UInt64) -> String? { chosen[IntegerKey(key)] }

    /// (Of several spellings equally common and more common than the first seen, the least as a `String`: the
    /// answer does not depend on the order they are gone through.)
    private func choose(_ first: Int) -> String? {
        var best = first
        var j = spellingList[first].next
        while j >= 0 {
            let s = spellingList[j].count, b = spellingList[best].count
            if s > b || (s == b && s > spellingList[first].count && spellingList[j].string < spellingList[best].string) { best = j }
            j = spellingList[j].next
        }
        return spellingList[best].string
    }

    /// `surface` as a `String`: the text of the key's spelling with the same bytes, when there is one.
    private func text(_ surface: UnsafeBufferPointer<UInt8>, key: UInt64) -> String {
        var j = spellings[IntegerKey(key)] ?? -1
        while j >= 0 {
            if Bytes.equal(surface, spellingList[j].bytes) { return spellingList[j].string }
            j = spellingList[j].next
        }
        return String(decoding: surface, as: UTF8.self)
    }

    /// Every name the document has established, by the keys a headline may use: full names, and surnames
    /// and first words that point at one person.
    func knownEntries(_ candidates: [ActorCandidate], tokens: [WordToken], buf: UnsafeBufferPointer<UInt8>) -> [IntegerKey: ActorLexicon.Entry] {
        // Sized once (grown, it was rehashed several times a document); it is only looked up.
        var out = [IntegerKey: ActorLexicon.Entry](minimumCapacity: candidates.count + bySurname.count)
        for i in candidates.indices {
            let kind = candidates[i].kind, words = candidates[i].wordKeys.count
            // (The kind first: a name is looked up only for a candidate that may be entered.)
            guard kind != .unknown || words >= 2 else { continue }
            let name = candidates[i].name ?? display(candidates[i].key) ?? ""
            guard !name.isEmpty else { continue }
            let k = IntegerKey(Self.surfaceKey(candidates[i].tokens, candidates[i].range, tokens: tokens, buf: buf))
            let e = ActorLexicon.Entry(name: name, kind: kind, role: .name, capsOnly: false, tokens: words)
            if out[k] == nil { out[k] = e }
        }
        for (surname, fulls) in bySurname where fulls.count == 1 {
            if out[surname] == nil, let name = display(fulls.first!) {
                out[surname] = ActorLexicon.Entry(name: name, kind: .person, role: .name, capsOnly: false, tokens: 1)
            }
        }
        return out
    }

    /// The key of a candidate's own bytes (its `key` may be a full name's since `resolve`). A candidate that
    /// is one whole word has its word's key, which the tokenizer made from those bytes: most names are one
    /// word, and hashing each again was a third of this table's making.
    @inline(__always) static func surfaceKey(_ words: Range<Int>, _ range: Range<Int>, tokens: [WordToken],
                                             buf: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let t = words.lowerBound
        if words.count == 1, t < tokens.count, tokens[t].start == range.lowerBound, tokens[t].end == range.upperBound {
            return tokens[t].key
        }
        return NameKey.of(buf, range)
    }

    mutating func mentions(_ candidates: [ActorCandidate], buf: UnsafeBufferPointer<UInt8>) -> [ActorMention] {
        // (Asked by index: a lookup of the value retained and released each key's list.)
        for i in candidates.indices where spellings.index(forKey: IntegerKey(candidates[i].key)) == nil {
            record(key: candidates[i].key, range: candidates[i].range, buf: buf)
        }
        var out: [ActorMention] = []
        out.reserveCapacity(candidates.count)
        var last = -1
        let lexicon = ActorLexicon.shared
        // The fields read where they stand (a copy of a candidate retains and releases its name and keys).
        for i in candidates.indices where candidates[i].range.lowerBound >= last {
            let range = candidates[i].range, kind = candidates[i].kind, key = candidates[i].key
            // An abstract noun with a capital that nothing in the document ties to an actor ("Freedom",
            // "Partnership") is a piece of some title or heading: no personal name is formed that way.
            if kind == .unknown, !candidates[i].fixed, candidates[i].wordKeys.count == 1, key == candidates[i].wordKeys[0],
               lexicon.dictionaryWords.contains(key), !lexicon.givenNames.contains(key),
               AbstractNoun.matches(buf, range) { continue }
            let surface = text(UnsafeBufferPointer(rebasing: buf[range]), key: key)
            let name = candidates[i].name ?? display(key) ?? surface
            out.append(ActorMention(range: range, text: surface, name: name, kind: kind))
            last = range.upperBound
        }
        return out
    }
}

/// One spelling of a name in a document: its bytes where it was first seen (in the text being read), its
/// text, and how often it occurs. Spellings are told apart as `String`s are, so that counting them gives what
/// a `[String: Int]` gave; the bytes spare making a `String` for each of a document's thousands of mentions
/// when they are ASCII (two ASCII spellings are equal strings exactly when their bytes are; one with another
/// byte is compared as a `String`, as a KELVIN SIGN equals a "K").
struct Spelling {
    let bytes: UnsafeBufferPointer<UInt8>
    let isASCII: Bool
    let string: String
    var count = 1
    /// The key's next spelling in its document's list (`DocumentNames`), -1 for none.
    var next = -1

    init(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, string: String) {
        self.bytes = bytes
        self.isASCII = isASCII
        self.string = string
    }

    /// The first spelling of a key.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, isASCII: Bytes.isASCII(bytes), string: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `surface` (`ascii` when all its bytes are) is this spelling; `text`, its `String`, made when
    /// first needed.
    func same(_ surface: UnsafeBufferPointer<UInt8>, ascii: Bool, text: inout String?) -> Bool {
        if ascii && isASCII { return Bytes.equal(surface, bytes) }
        if text == nil { text = String(decoding: surface, as: UTF8.self) }
        return text! == string
    }
}

/// Suffixes of English abstract nouns (-dom, -ship, -ism, -ness, -tion…), which personal names do not take.
enum AbstractNoun {
    static let suffixes: [[UInt8]] = ["dom", "ship", "ism", "ness", "tion", "sion", "ity", "ment", "ics", "ance", "ence",
                                      "ology", "hood", "ture"].map { Array($0.utf8) }

    static func matches(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        suffixes.contains { s in
            guard r.count > s.count + 2 else { return false }
            for (k, c) in s.enumerated() where Bytes.lower(buf[r.upperBound - s.count + k]) != c { return false }
            return true
        }
    }
}
