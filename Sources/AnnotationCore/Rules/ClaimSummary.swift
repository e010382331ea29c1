/// One claim in a few words for messages and hovers: its reading, what happens to it, who it is about and
/// when ("≈6,000,000 rounds, supply, North Korea/Russia"), so the reader can judge a comparison without
/// opening both files.
enum ClaimSummary {
    static func short(_ f: Figure) -> String {
        var s = FigureReading.long(f) + countedNoun(f)
        if let m = measure(f) { s += ", " + m }
        if let id = f.identity {
            if id.form != .level { s += " (" + id.form.rawValue + ")" }
            if !id.participants.isEmpty { s += ", " + clipped(id.participants.prefix(3).joined(separator: "/"), 60) }
            if let when = id.anchor.label { s += ", " + clipped(when, 30) }
        }
        return s
    }

    /// The same as people say it: "about 6 million rounds, supply, North Korea/Russia, 2024"; a form other
    /// than a level is named ("a target", "a share", "per hour").
    static func spoken(_ f: Figure) -> String {
        var s = counted(f)
        if let id = f.identity {
            switch id.form {
            case .level, .change: break
            case .target: s += ", a target"
            case .share: s += ", a share"
            case .perUnit: s += id.per.map { " per \($0)" } ?? ", per unit"
            }
        }
        if let m = measure(f) { s += ", " + m }
        if let id = f.identity {
            if !id.participants.isEmpty { s += ", " + clipped(id.participants.prefix(3).joined(separator: "/"), 40) }
            if let when = id.anchor.label { s += ", " + clipped(when, 24) }
        }
        return s
    }

    /// The figure as people say it, with what it counts when the number stands alone and its clause says
    /// ("42" in "The toll stood at 85. It climbed: 42 by Monday" is "42 people").
    static func counted(_ f: Figure) -> String {
        FigureReading.spoken(f) + countedNoun(f)
    }

    static func countedNoun(_ f: Figure) -> String {
        guard f.unit == nil, f.currency == nil, f.unitClass == nil, let head = f.identity?.head else { return "" }
        return " " + head
    }

    /// What happens to what is counted, as the figure's own clause says (the identity's reading), else as
    /// the sentence around it says.
    static func measure(_ f: Figure) -> String? {
        if let id = f.identity { return id.measure }
        return f.measure
    }

    /// "sub/b.txt:2": the document as the workspace names it, whole, and its 1-based line. Never clipped:
    /// the server turns an absolute path into one relative to the open folder, which a clipped path defeats.
    static func place(_ path: String, line: Int) -> String {
        path + ":\(line)"
    }

    static func clipped(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
