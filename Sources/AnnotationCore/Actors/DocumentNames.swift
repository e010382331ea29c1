/// What one document establishes about its names: the full names of its people (so "Putin" is Vladimir
/// Putin and "Kim" is Kim Jong Un), the organisations it names in full (so "Penta" is the Penta Center…),
/// and, for every name, the spelling it uses most (so "Kim Jong-un" and "Kim Jong Un" are one actor).
struct DocumentNames {
    /// Full key → its surface spellings in the order first seen, with how often each occurs.
    /// (Keyed by `IntegerKey`: these tables are asked about every candidate name several times, and a `UInt64`
    /// key was hashed with SipHash at each question.)
    private var spellings: [IntegerKey: [Spelling]] = [:]
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
        for key in spellings.keys { chosen[key] = choose(key) }
    }

    private mutating func record(key: UInt64, range: Range<Int>, buf: UnsafeBufferPointer<UInt8>) {
        let surface = UnsafeBufferPointer(rebasing: buf[range])
        Spelling.count(surface, in: &spellings[IntegerKey(key), default: []])
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
    private func choose(_ key: IntegerKey) -> String? {
        guard let list = spellings[key], let first = list.first else { return nil }
        var best = first
        for s in list.dropFirst() where s.count > best.count || (s.count == best.count && s.count > first.count && s.string < best.string) {
            best = s
        }
        return best.string
    }

    /// Every name the document has established, by the keys a headline may use: full names, and surnames
    /// and first words that point at one person.
    func knownEntries(_ candidates: [ActorCandidate], buf: UnsafeBufferPointer<UInt8>) -> [IntegerKey: ActorLexicon.Entry] {
        // Sized once (grown, it was rehashed several times a document); it is only looked up.
        var out = [IntegerKey: ActorLexicon.Entry](minimumCapacity: candidates.count + bySurname.count)
        for i in candidates.indices {
            let kind = candidates[i].kind, words = candidates[i].wordKeys.count
            let name = candidates[i].name ?? display(candidates[i].key) ?? ""
            guard !name.isEmpty, kind != .unknown || words >= 2 else { continue }
            let k = IntegerKey(NameKey.of(buf, candidates[i].range))
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

    mutating func mentions(_ candidates: [ActorCandidate], buf: UnsafeBufferPointer<UInt8>) -> [ActorMention] {
        for i in candidates.indices where spellings[IntegerKey(candidates[i].key)] == nil {
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
            let surface = Spelling.text(UnsafeBufferPointer(rebasing: buf[range]), among: spellings[IntegerKey(key)] ?? [])
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
    var count: Int

    /// Counts `surface` in `list`: one more of the spelling it is, or a new spelling at the end.
    static func count(_ surface: UnsafeBufferPointer<UInt8>, in list: inout [Spelling]) {
        let ascii = Bytes.isASCII(surface)
        var text: String? = nil
        for j in list.indices {
            let same: Bool
            if ascii && list[j].isASCII {
                same = Bytes.equal(surface, list[j].bytes)
            } else {
                if text == nil { text = String(decoding: surface, as: UTF8.self) }
                same = text! == list[j].string
            }
            if same {
                list[j].count += 1
                return
            }
        }
        list.append(Spelling(bytes: surface, isASCII: ascii, string: text ?? String(decoding: surface, as: UTF8.self), count: 1))
    }

    /// `surface` as a `String`: the text of the spelling in `list` with the same bytes, when there is one.
    static func text(_ surface: UnsafeBufferPointer<UInt8>, among list: [Spelling]) -> String {
        for s in list where Bytes.equal(surface, s.bytes) { return s.string }
        return String(decoding: surface, as: UTF8.self)
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
