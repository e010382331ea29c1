/// `named-actor` and `actor-variant` (SPEC §4).
enum ActorRules {
    static func findings(for doc: DocumentAnalysis, directory: ActorDirectory, engine: RuleEngine) -> [Finding] {
        var out: [Finding] = []
        if let severity = engine.severity(of: "named-actor") {
            out += namedActors(doc, directory, severity)
        }
        if let severity = engine.severity(of: "actor-variant") {
            out += variants(doc, directory, severity)
        }
        return out
    }

    /// Only actors whose kind the text shows: a name of undecided kind is as often a place, a title or a
    /// slogan as an actor, and a wrong flag costs more than a missed one. Such names stay in the hover,
    /// outline, references and `claims`, where their kind is shown as `unknown`.
    static func namedActors(_ doc: DocumentAnalysis, _ directory: ActorDirectory, _ severity: Severity) -> [Finding] {
        // One pass, each actor read where it stands: filtering and then mapping copied each pair twice.
        let named = directory.actors(in: doc.id)
        var out: [Finding] = []
        out.reserveCapacity(named.count)
        for k in named.indices where named[k].actor.kind != .unknown {
            let here = named[k].actor.mentions(in: doc.id)
            out.append(Finding(code: "named-actor", severity: severity, range: named[k].first.range,
                               message: namedMessage(named[k].actor, here: here), data: .object([("actor", named[k].actor.json)])))
        }
        return out
    }

    /// A spelling of a full name that differs from the one the workspace uses most for the same folded
    /// name ("Kim Jong-un" where "Kim Jong Un" dominates). Surnames, possessives and all-caps headlines are
    /// other forms, not misspellings, so they take no part.
    static func variants(_ doc: DocumentAnalysis, _ directory: ActorDirectory, _ severity: Severity) -> [Finding] {
        var out: [Finding] = []
        // Made at the most names it can hold: grown, it was rehashed several times a document.
        var cache = [IntegerKey: FullNameSpellings?](minimumCapacity: doc.mentions.count)
        // A mention is copied (its text and name retained) only when it is a full name.
        for i in doc.mentions.indices where SpellingForm.isFullName(doc.mentions[i].text) {
            let m = doc.mentions[i]
            let cls = NameKey.of(m.text)
            let key = IntegerKey(cls)
            let found: FullNameSpellings?
            if let c = cache[key] {
                found = c
            } else {
                guard let actor = directory.actor(document: doc.id, mention: m) else { continue }
                // A name the workspace writes one way has no spelling groups (`fullNameSpellings` answers none):
                // asked of the actor first, it spares finding, making and caching the empty groups, and
                // copying the directory into a list of them (~3 k instructions a name).
                found = ActorDirectory.spelledOneWay(actor, folded: cls) ? nil
                    : FullNameSpellings(actor, directory.fullNameSpellings(document: doc.id, mention: m, folded: cls), directory)
                cache[key] = .some(found)
            }
            guard let entry = found else { continue }
            let ranked = entry.ranked
            let dominant = ranked[0].spelling
            guard m.text != dominant else { continue }
            // The editor lists the first few; a name spelled two ways in thousands of files has thousands.
            var related: [RelatedLocation] = []
            for (spelling, ms) in ranked where spelling != m.text && related.count < maxRelated {
                for (d, other) in ms.prefix(maxRelated - related.count) {
                    related.append(RelatedLocation(document: d, range: other.range, message: "spelled “\(spelling)”"))
                }
            }
            let message = "“\(m.text)” is spelled “\(dominant)” in \(ranked[0].mentions.count) of the workspace's \(entry.total) mentions of the full name"
            out.append(Finding(code: "actor-variant", severity: severity, range: m.range, message: message,
                               related: related,
                               data: .object([("actor", entry.actorJSON), ("variants", .array(entry.variantsJSON)),
                                              ("preferred", .string(dominant))])))
        }
        return out
    }

    /// A full name's spellings across the workspace, ranked (most mentions first, then the one written first),
    /// with what every finding on one of its mentions says of them: made once per folded name and document,
    /// not once per mention (a buffer naming a varied name often ranked and listed its spellings dozens of
    /// times per edit).
    struct FullNameSpellings {
        let ranked: [(spelling: String, mentions: [(String, ActorMention)])]
        let total: Int
        let actorJSON: JSONValue
        let variantsJSON: [JSONValue]

        /// Nil when the name has one spelling: no variant to report.
        init?(_ actor: WorkspaceActor, _ bySpelling: [String: [(String, ActorMention)]], _ directory: ActorDirectory) {
            guard bySpelling.count > 1, case .object(var actorPairs) = actor.json else { return nil }
            let first = bySpelling.mapValues { ActorRules.firstPlace($0) }
            let ranked = bySpelling.sorted {
                $0.value.count != $1.value.count ? $0.value.count > $1.value.count : first[$0.key]! < first[$1.key]!
            }.map { (spelling: $0.key, mentions: $0.value) }
            let variantsJSON: [JSONValue] = ranked.map { spelling, ms in
                let places = ms.map { directory.place(document: $0.0, offset: $0.1.range.lowerBound) }
                return .object([("text", .string(spelling)), ("mentions", .number(Double(ms.count))),
                                ("places", .array(places.map { .string($0) }))])
            }
            actorPairs.append(("variants", .array(variantsJSON)))
            self.ranked = ranked
            self.total = ranked.reduce(0) { $0 + $1.mentions.count }
            self.actorJSON = .object(actorPairs)
            self.variantsJSON = variantsJSON
        }
    }

    /// Where the other spellings stand, for the editor's list; the message itself names no place, so it stays
    /// one short sentence however often the name occurs.
    static let maxRelated = 20

    /// "Turkey (state) is named twice here and 5 times in 3 files", or "…, only in this file".
    /// Written as bytes and made a string once (`TextBuilder`): every document's publication writes one per
    /// actor it names, and interpolating the pieces cost ~4.5 k instructions a message.
    static func namedMessage(_ actor: WorkspaceActor, here: Int) -> String {
        let files = actor.files.count
        var s = TextBuilder(capacity: actor.name.utf8.count + 72)
        s.add(actor.name)
        s.add(" (")
        s.add(actor.kind.rawValue)
        s.add(") is named ")
        addTimes(here, to: &s)
        if files <= 1 {
            s.add(", only in this file")
            return s.string
        }
        s.add(" here and ")
        addTimes(actor.mentions, to: &s)
        s.add(" in ")
        s.add(files)
        s.add(" files")
        return s.string
    }

    /// "once", "twice", "3 times".
    static func addTimes(_ n: Int, to s: inout TextBuilder) {
        switch n {
        case 1: s.add("once")
        case 2: s.add("twice")
        default:
            s.add(n)
            s.add(" times")
        }
    }

    static func firstPlace(_ ms: [(String, ActorMention)]) -> String {
        ms.map { "\($0.0)\u{0}\(String(repeating: "0", count: max(0, 12 - String($0.1.range.lowerBound).count)))\($0.1.range.lowerBound)" }.min() ?? ""
    }
}
