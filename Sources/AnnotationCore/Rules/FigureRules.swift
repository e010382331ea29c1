import Foundation

/// `unsourced-figure` and `vague-source` (SPEC §4): one finding on each claim whose sentence names no source.
enum FigureRules {
    static func findings(for doc: DocumentAnalysis, engine: RuleEngine) -> [Finding] {
        let unsourced = engine.severity(of: "unsourced-figure")
        let vague = engine.severity(of: "vague-source")
        var out: [Finding] = []
        for f in doc.figures where f.isClaim {
            switch f.source.status {
            case .none:
                guard let s = unsourced else { continue }
                out.append(Finding(code: "unsourced-figure", severity: s, range: f.range,
                                   message: unsourcedMessage(f),
                                   data: .object([("figure", FigureJSON.object(f))])))
            case .vague:
                guard let s = vague else { continue }
                let cue = f.source.text ?? "an unnamed source"
                out.append(Finding(code: "vague-source", severity: s, range: f.range,
                                   message: "“\(f.text)” is attributed only to “\(cue)”, which names no one",
                                   data: .object([("figure", FigureJSON.object(f))])))
            case .specific, .speaker:
                continue
            }
        }
        return out
    }

    /// "“millions of shells” (2 million or more shells) has no source in its sentence"; the reading is left
    /// out when it would only repeat the figure ("“90%” has no source…").
    static func unsourcedMessage(_ f: Figure) -> String {
        "“\(f.text)”\(readingNote(f)) has no source in its sentence"
    }

    /// " (5.1 to 6 million rounds)"; only what the figure's own words do not already say.
    static func readingNote(_ f: Figure) -> String {
        let reading = FigureReading.spoken(f)
        guard reading.lowercased().hasPrefix(f.text.lowercased()) else { return " (\(reading))" }
        let rest = reading.dropFirst(f.text.count).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return "" }
        // "(a day)" alone would read as a note on the sentence: a rate is said with the whole reading.
        return rest.hasPrefix("(") ? " " + rest : " (\(reading))"
    }
}

/// `conflicting-figure` (SPEC §4): on each figure that another figure of the same quantity contradicts.
enum ConflictRules {
    static func findings(for doc: DocumentAnalysis, index: WorkspaceIndex, engine: RuleEngine) -> [Finding] {
        guard let s = engine.severity(of: "conflicting-figure") else { return [] }
        var out: [Finding] = []
        for f in doc.figures where ComparisonKey(f) != nil {
            let others = index.conflicts(with: f, in: doc.id)
            guard !others.isEmpty else { continue }
            let described = others.map { describe($0, index: index) }
            let related = others.map { r in
                RelatedLocation(document: r.document, range: r.figure.range,
                                message: "“\(r.figure.text)” reads \(FigureReading.long(r.figure))")
            }
            let othersJSON: [JSONValue] = others.map { r in
                .object([("path", .string(r.document)), ("line", .number(Double(line(r, index) + 1))),
                         ("text", .string(r.figure.text)), ("value", .number(r.figure.value)),
                         ("lower", .number(r.figure.lower)), ("upper", .number(r.figure.upper))])
            }
            out.append(Finding(code: "conflicting-figure", severity: s, range: f.range,
                               message: "“\(f.text)” (\(FigureReading.long(f))) conflicts with \(described.joined(separator: "; "))",
                               related: related,
                               data: .object([("figure", FigureJSON.object(f)), ("others", .array(othersJSON))])))
        }
        return out
    }

    static func line(_ r: FigureRef, _ index: WorkspaceIndex) -> Int {
        index.documents[r.document]?.text.lines.line(of: r.figure.range.lowerBound) ?? 0
    }

    static func describe(_ r: FigureRef, index: WorkspaceIndex) -> String {
        "\(r.document):\(line(r, index) + 1) says “\(r.figure.text)” (\(FigureReading.long(r.figure)))"
    }
}
