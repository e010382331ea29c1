import Foundation

/// The provenance card of a figure: how annotd reads it, where the text says it comes from, the sentence,
/// and the other figures of the workspace for the same quantity (the provenance trail).
enum FigureCard {
    static func markdown(_ f: Figure, in doc: DocumentAnalysis, index: WorkspaceIndex) -> String {
        var md = "**\(FigureReading.spoken(f))**"
        md += f.isClaim ? " — \(f.kind.rawValue) claim\n\n" : " — \(kindNote(f.kind)), not a claim\n\n"
        guard f.isClaim else { return md }
        var facts: [String] = []
        facts.append("interval \(FigureReading.interval(f))" + (f.qualifierText.map { " (\($0))" } ?? ""))
        if let u = f.unit { facts.append("unit \(u)" + (f.unitClass.map { $0 != u ? " → \($0)" : "" } ?? "")) }
        if let m = f.measure { facts.append("measure \(m)") }
        if let r = f.rate { facts.append("per \(r.rawValue)") }
        if !f.actors.isEmpty { facts.append("actors " + f.actors.joined(separator: ", ")) }
        md += facts.joined(separator: " · ") + "\n\n"
        md += "Source: " + sourceLine(f.source) + "\n\n"
        if let s = doc.segmentation.sentenceIndex(containing: f.range.lowerBound) {
            let sentence = doc.text.string(doc.segmentation.sentences[s].range)
            md += "> " + clipped(sentence, 280) + "\n\n"
        }
        if let id = f.identity { md += identityLine(id) + "\n\n" }
        md += comparisons(f, in: doc, index: index)
        return md
    }

    /// What the claim is about, as the conflict test reads it (SPEC §3.4).
    static func identityLine(_ id: ClaimIdentity) -> String {
        var parts = ["about " + ([id.head] + id.narrowing).joined(separator: " ")]
        parts.append("form " + id.form.rawValue + (id.per.map { " (per \($0))" } ?? ""))
        parts.append(id.participants.isEmpty ? "no named participant" : "who " + id.participants.joined(separator: ", ")
            + (id.recipients.isEmpty ? "" : " (to " + id.recipients.joined(separator: ", ") + ")"))
        parts.append("when " + (id.anchor.label ?? "not stated") + (id.documentDate.map { ", text dated \($0)" } ?? ""))
        return "Identity: " + parts.joined(separator: " · ")
    }

    /// The other figures of the workspace for the same quantity: those that disagree (the diagnostics), then
    /// those that agree (corroboration a fact-checker wants to see too).
    static func comparisons(_ f: Figure, in doc: DocumentAnalysis, index: WorkspaceIndex) -> String {
        // As entries: only the dozen of each list shown are ordered and read out of their documents.
        let others = index.sameQuantityEntries(as: f, in: doc.id)
        guard !others.isEmpty else {
            return ComparisonKey(f) == nil
                ? "_Not compared with other figures: " + whyNotCompared(f) + "._"
                : "_No other figure for this quantity in the workspace._"
        }
        let mine = ConflictTest.interval(f)
        let disagreeing = others.filter { ConflictTest.disagree(($0.low, $0.high), mine, tolerance: index.tolerance) }
        let agreeing = others.filter { !ConflictTest.disagree(($0.low, $0.high), mine, tolerance: index.tolerance) }
        var md = ""
        for (title, list) in [("Conflicts with", disagreeing), ("Corroborated by", agreeing)] where !list.isEmpty {
            md += "\(title):\n"
            for r in WorkspaceIndex.first(12, inDocumentOrder: list).map(index.ref) {
                let line = (index.documents[r.document]?.text.lines.line(of: r.figure.range.lowerBound) ?? 0) + 1
                let date = r.figure.identity?.documentDate.map { " (dated \($0))" } ?? ""
                md += "- \(r.document):\(line)\(date) “\(r.figure.text)” (\(FigureReading.spoken(r.figure))) \(ClaimSummary.short(r.figure)) — source \(sourceLine(r.figure.source))\n"
            }
            if list.count > 12 { md += "- … and \(list.count - 12) more\n" }
        }
        return md
    }

    static func whyNotCompared(_ f: Figure) -> String {
        guard let id = f.identity else { return "what it counts cannot be read" }
        if id.form == .change { return "it is a change, and a change has no level to contradict" }
        if f.measure == nil { return "no verb or noun says what happens to it" }
        if id.participants.isEmpty { return "its clause names no one it is about (its source does not count)" }
        return "it says of what money or a percentage it is"
    }

    /// The source's status, actor and the words that name it, each fact once: "speaker — Volodymyr Fesenko",
    /// not "speaker — Volodymyr Fesenko (“Volodymyr Fesenko (speaker)”)".
    static func sourceLine(_ s: SourceAttribution) -> String {
        switch s.status {
        case .none: return "none — no source in this sentence"
        case .vague: return "vague — “\(s.text ?? "")” names no one"
        case .specific, .speaker:
            var out = s.status.rawValue
            if let a = s.actor { out += " — \(a)" }
            if let t = s.text, !merelyNames(t, s.actor) { out += " (“\(clipped(t, 80))”)" }
            return out
        }
    }

    /// True when a source's words add nothing to its actor's name: "Volodymyr Fesenko (speaker)", "said Jane
    /// Roe" — the name and at most one more word.
    static func merelyNames(_ text: String, _ actor: String?) -> Bool {
        guard let actor, !actor.isEmpty else { return false }
        var t = text
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") { t = String(t[..<open]) }
        guard t.range(of: actor, options: .caseInsensitive) != nil else { return false }
        t = t.replacingOccurrences(of: actor, with: " ", options: .caseInsensitive)
        return t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count <= 1
    }

    static func kindNote(_ k: FigureKind) -> String {
        switch k {
        case .smallCount: return "a small written count"
        case .metadata: return "page furniture"
        default: return "a \(k.rawValue)"
        }
    }

    static func clipped(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
