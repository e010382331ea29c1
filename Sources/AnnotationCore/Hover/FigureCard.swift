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
        let others = index.sameQuantity(as: f, in: doc.id)
        if others.isEmpty {
            md += ComparisonKey(f) == nil
                ? "_Not compared across files: it needs both a measure and a named actor._"
                : "_No other figure for this quantity in the workspace._"
        } else {
            md += "Same quantity elsewhere:\n"
            for r in others.prefix(12) {
                let line = (index.documents[r.document]?.text.lines.line(of: r.figure.range.lowerBound) ?? 0) + 1
                let verdict = ConflictTest.conflicts(r.figure, f, tolerance: index.tolerance) ? "**conflicts**" : "agrees"
                md += "- \(r.document):\(line) “\(r.figure.text)” (\(FigureReading.spoken(r.figure))) — \(verdict), source \(sourceLine(r.figure.source))\n"
            }
            if others.count > 12 { md += "- … and \(others.count - 12) more\n" }
        }
        return md
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
