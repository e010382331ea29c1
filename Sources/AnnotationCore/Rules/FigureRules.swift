import Foundation

/// `unsourced-figure` and `vague-source` (SPEC §4): one finding on each claim whose sentence names no source.
enum FigureRules {
    /// What a figure's finding says (its message and data) is made from the figure as the scan read it, its
    /// actors and its source, never from where it stands: an edit of a large buffer leaves most figures so,
    /// and their findings' words are taken from the last call (`earlier`) instead of being written again
    /// (`said` collects this call's, when wanted). Keyed by the scanned part as an object: a figure found in
    /// the sentence cache shares it with its earlier self. The source without where its cue stands: the
    /// finding does not say it, and an edit before the cue moves it.
    struct Key: Hashable, Sendable {
        let code: String
        let scanned: Figure.Scanned
        let actors: [String]
        let source: SourceAttribution

        init(code: String, scanned: Figure.Scanned, actors: [String], source: SourceAttribution) {
            self.code = code
            self.scanned = scanned
            self.actors = actors
            var placeless = source
            placeless.range = nil
            self.source = placeless
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(scanned))
            hasher.combine(actors.count)
        }

        static func == (a: Key, b: Key) -> Bool {
            a.scanned === b.scanned && a.code == b.code && a.actors == b.actors && a.source == b.source
        }
    }

    typealias Said = [Key: (message: String, data: JSONValue)]

    static func findings(for doc: DocumentAnalysis, engine: RuleEngine, earlier: Said?, said: inout Said?) -> [Finding] {
        let unsourced = engine.severity(of: "unsourced-figure")
        let vague = engine.severity(of: "vague-source")
        var out: [Finding] = []
        func add(_ code: String, _ severity: Severity, _ f: Figure, _ message: (Figure) -> String) {
            let key = earlier != nil || said != nil ? Key(code: code, scanned: f.scannedPart, actors: f.actors, source: f.source) : nil
            let words = key.flatMap { earlier?[$0] } ?? (message(f), .object([("figure", FigureJSON.object(f))]))
            if let key, said != nil { said![key] = words }
            out.append(Finding(code: code, severity: severity, range: f.range, message: words.message, data: words.data))
        }
        for f in doc.figures where f.isClaim {
            switch f.source.status {
            case .none:
                guard let s = unsourced else { continue }
                add("unsourced-figure", s, f, unsourcedMessage)
            case .vague:
                guard let s = vague else { continue }
                add("vague-source", s, f, vagueMessage)
            case .specific, .speaker:
                continue
            }
        }
        return out
    }

    /// "“millions of shells” (2 million or more shells) has no source in its sentence"; the reading is left
    /// out when it would only repeat the figure ("“90%” has no source…").
    /// Written as bytes and made a string once (`TextBuilder`): interpolated, each piece went through the
    /// string's general append (~470 instructions a piece), for every claim without a named source.
    static func unsourcedMessage(_ f: Figure) -> String {
        let text = f.text, note = readingNote(f)
        var s = TextBuilder(capacity: text.utf8.count + note.utf8.count + 38)
        s.add("“")
        s.add(text)
        s.add("”")
        s.add(note)
        s.add(" has no source in its sentence")
        return s.string
    }

    /// "“a million riders” is attributed only to “officials”, which names no one". (Written as bytes it cost
    /// as much: making the string checks its bytes, slowly for the curly quotes.)
    static func vagueMessage(_ f: Figure) -> String {
        "“\(f.text)” is attributed only to “\(f.source.text ?? "an unnamed source")”, which names no one"
    }

    /// " (5.1 to 6 million rounds)"; only what the figure's own words do not already say.
    static func readingNote(_ f: Figure) -> String {
        readingNote(reading: FigureReading.spoken(f), text: f.text)
    }

    /// The note for a figure written `text` and read `reading`.
    static func readingNote(reading: String, text: String) -> String {
        if let note = asciiReadingNote(reading: reading, text: text) { return note }
        guard reading.lowercased().hasPrefix(text.lowercased()) else { return " (\(reading))" }
        let rest = reading.dropFirst(text.count).trimmingCharacters(in: .whitespaces)
        return note(rest: rest, reading: reading)
    }

    /// "(a day)" alone would read as a note on the sentence: a rate is said with the whole reading.
    private static func note(rest: String, reading: String) -> String {
        if rest.isEmpty { return "" }
        return rest.hasPrefix("(") ? " " + rest : " (\(reading))"
    }

    /// `readingNote` of an ASCII reading and text without a carriage return, read from their bytes: each
    /// character is then one byte, lowering is per byte and the only spaces to trim are space and tab. (The
    /// strings, lowercasings and Foundation trim made each unsourced figure's message cost ~6 k instructions.)
    private static func asciiReadingNote(reading: String, text: String) -> String? {
        let r = Array(reading.utf8), t = Array(text.utf8)
        guard !r.contains(where: { $0 >= 0x80 || $0 == 0x0D }), !t.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        guard t.count <= r.count, zip(r, t).allSatisfy({ Bytes.lower($0) == Bytes.lower($1) }) else { return " (\(reading))" }
        var lo = t.count, hi = r.count
        while lo < hi, r[lo] == 0x20 || r[lo] == 0x09 { lo += 1 }
        while hi > lo, r[hi - 1] == 0x20 || r[hi - 1] == 0x09 { hi -= 1 }
        return note(rest: String(decoding: r[lo..<hi], as: UTF8.self), reading: reading)
    }
}

/// `conflicting-figure` (SPEC §4): on each figure that another figure of the same quantity (SPEC §3.4)
/// contradicts. The message names both claims, what they are about and when, in one line.
enum ConflictRules {
    static func findings(for doc: DocumentAnalysis, index: WorkspaceIndex, engine: RuleEngine) -> [Finding] {
        guard let s = engine.severity(of: "conflicting-figure") else { return [] }
        var out: [Finding] = []
        // By index: iterating the figures copied each claim out (~280 instructions with its release), and
        // most claims have no conflict to report. What the document's last update found is asked once.
        let known = index.currentConflicts(of: doc.id)
        for i in doc.figures.indices where doc.figures[i].isClaim {
            // Empty for a figure with no comparison key.
            let others = index.conflicts(ofFigure: i, of: doc, known: known)
            guard let first = others.first else { continue }
            let f = doc.figures[i]
            let related = others.map { r in
                RelatedLocation(document: r.document, range: r.figure.range,
                                message: "“\(r.figure.text)” reads \(ClaimSummary.short(r.figure))")
            }
            let othersJSON: [JSONValue] = others.map { r in
                .object([("path", .string(r.document)), ("line", .number(Double(line(r, index) + 1))),
                         ("text", .string(r.figure.text)), ("value", .number(r.figure.value)),
                         ("lower", .number(r.figure.lower)), ("upper", .number(r.figure.upper))])
            }
            out.append(Finding(code: "conflicting-figure", severity: s, range: f.range,
                               message: message(f, first, more: others.count - 1, index: index),
                               related: related,
                               data: .object([("figure", FigureJSON.object(f)), ("others", .array(othersJSON))])))
        }
        return out
    }

    /// One line, as an editor would write it (the finding stands on the figure, so its words are not
    /// repeated): "5.1 to 6 million rounds, supply, North Korea (2024-06-26) vs several hundred thousand shells
    /// (002_543e88ae6669046f.txt:11, 2023-09-13)". Each part is clipped so the whole stays under ~200 characters.
    /// Each document's date is the one its claims' identities already hold, not read from the text again.
    static func message(_ f: Figure, _ other: FigureRef, more: Int, index: WorkspaceIndex) -> String {
        var m = ClaimSummary.clipped(ClaimSummary.spoken(f), 80)
        if let date = f.identity?.documentDate { m += " (\(ClaimSummary.clipped(date, 24)))" }
        var place = ClaimSummary.place(other.document, line: line(other, index) + 1)
        if let date = other.figure.identity?.documentDate { place += ", " + ClaimSummary.clipped(date, 24) }
        m += " vs " + ClaimSummary.clipped(ClaimSummary.counted(other.figure), 72) + " (\(place))"
        if more > 0 { m += " and \(more) more" }
        return m
    }

    static func line(_ r: FigureRef, _ index: WorkspaceIndex) -> Int {
        index.documents[r.document]?.text.lines.line(of: r.figure.range.lowerBound) ?? 0
    }
}
