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

    static func namedActors(_ doc: DocumentAnalysis, _ directory: ActorDirectory, _ severity: Severity) -> [Finding] {
        directory.actors(in: doc.id).map { first, actor in
            let here = actor.files.first { $0.document == doc.id }?.mentions ?? 0
            let files = actor.files.count
            let message = "\(actor.name) (\(actor.kind.rawValue)): \(here) mention\(here == 1 ? "" : "s") here, "
                + "\(actor.mentions) across \(files) file\(files == 1 ? "" : "s") of the workspace"
            return Finding(code: "named-actor", severity: severity, range: first.range, message: message,
                           data: .object([("actor", actor.json)]))
        }
    }

    /// A spelling of a full name that differs from the one the workspace uses most for the same folded
    /// name ("Kim Jong-un" where "Kim Jong Un" dominates). Surnames, possessives and all-caps headlines are
    /// other forms, not misspellings, so they take no part.
    static func variants(_ doc: DocumentAnalysis, _ directory: ActorDirectory, _ severity: Severity) -> [Finding] {
        var out: [Finding] = []
        var cache: [UInt64: (WorkspaceActor, [String: [(String, ActorMention)]])] = [:]
        for m in doc.mentions where SpellingForm.isFullName(m.text) {
            let cls = NameKey.of(m.text)
            let entry: (WorkspaceActor, [String: [(String, ActorMention)]])
            if let c = cache[cls] {
                entry = c
            } else {
                guard let actor = directory.actor(document: doc.id, mention: m) else { continue }
                entry = (actor, directory.fullNameSpellings(document: doc.id, mention: m, folded: cls))
                cache[cls] = entry
            }
            let (actor, bySpelling) = entry
            guard bySpelling.count > 1 else { continue }
            let ranked = bySpelling.sorted {
                $0.value.count != $1.value.count ? $0.value.count > $1.value.count : firstPlace($0.value) < firstPlace($1.value)
            }
            let dominant = ranked[0].key
            guard m.text != dominant else { continue }
            var parts: [String] = []
            var variantsJSON: [JSONValue] = []
            for (spelling, ms) in ranked {
                let places = ms.map { directory.place(document: $0.0, offset: $0.1.range.lowerBound) }
                let shown = condensed(places)
                parts.append("\(spelling) ×\(ms.count) (\(shown))")
                variantsJSON.append(.object([("text", .string(spelling)), ("mentions", .number(Double(ms.count))),
                                             ("places", .array(places.map { .string($0) }))]))
            }
            let message = "'\(m.text)' is spelled '\(dominant)' in most of the workspace: " + parts.joined(separator: "; ")
            guard case .object(var actorPairs) = actor.json else { continue }
            actorPairs.append(("variants", .array(variantsJSON)))
            out.append(Finding(code: "actor-variant", severity: severity, range: m.range, message: message,
                               data: .object([("actor", .object(actorPairs)), ("variants", .array(variantsJSON)),
                                              ("preferred", .string(dominant))])))
        }
        return out
    }

    /// "a.txt:3, a.txt:9, b.txt:1" — repeated places (a file without line numbers) collapse to "b.txt ×3",
    /// and long lists end after five.
    static func condensed(_ places: [String]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for p in places {
            if counts[p] == nil { order.append(p) }
            counts[p, default: 0] += 1
        }
        let parts = order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }
        return parts.prefix(5).joined(separator: ", ") + (parts.count > 5 ? ", …" : "")
    }

    static func firstPlace(_ ms: [(String, ActorMention)]) -> String {
        ms.map { "\($0.0)\u{0}\(String(repeating: "0", count: max(0, 12 - String($0.1.range.lowerBound).count)))\($0.1.range.lowerBound)" }.min() ?? ""
    }
}

/// Which surface forms count as spellings of a full name.
enum SpellingForm {
    /// Two or more words, not written all in capitals ("Kim Jong-un" yes; "Putin", "KIM JONG UN" no).
    static func isFullName(_ s: String) -> Bool {
        var words = 0, inWord = false, lower = false
        for u in s.unicodeScalars {
            let sep = u == " " || u == "-" || u == "\u{2010}"
            if sep { inWord = false } else if !inWord { inWord = true; words += 1 }
            // ASCII first: the Unicode property lookup is costly and rarely needed.
            if !lower { lower = u.isASCII ? (u.value >= 0x61 && u.value <= 0x7A) : u.properties.isLowercase }
        }
        return words >= 2 && lower
    }
}
