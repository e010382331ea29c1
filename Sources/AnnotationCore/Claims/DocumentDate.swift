/// The date a document carries near its top ("Wednesday, March 6, 2024", "*Updated Friday, 8 March 2024*",
/// "27 November 2018", "13.09.2023", "2024年6月26日"), for messages that put two figures side by side: the reader judges "on Monday" by
/// when each text was written. Nil when the opening lines name no date with a year.
enum DocumentDate {
    /// How much of the document's start is read: a dateline or byline stands in its first lines.
    static let reach = 300

    /// The date `read` found, as a calendar day, to resolve "on Monday" and "12 November" in the text.
    static func day(_ s: String) -> CalendarDay? {
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            return CalendarDay(year: y, month: m, day: d)
        }
        guard let y = parts.last.flatMap({ Int($0) }),
              let d = parts.dropLast().compactMap({ Int($0) }).first,
              let name = parts.first(where: { CalendarDay.monthNames.contains($0.lowercased()) }) else { return nil }
        return CalendarDay(year: y, monthName: name, day: d)
    }

    static func read(_ text: SourceText) -> String? {
        let end = min(text.count, reach)
        // Every date read below has a year of four ASCII digits (1800–2100; a number's word starts with a
        // digit, so `Int` reads it only when all of it is digits). Most articles open without one, and
        // reading their first lines as words was ~60 K instructions a document.
        guard hasYearDigits(text.bytes, end) else { return nil }
        let words = SentenceWords.read(text.bytes, 0..<end)
        let bytes = text.bytes
        if let numeric = words.lazy.compactMap({ numericDate($0, in: bytes) }).first { return numeric }
        func written(_ w: SentenceWord) -> String { SentenceWords.text(of: w, in: bytes) }
        for i in words.indices where words[i].kind == .word && words[i].facts.contains(.month) {
            // "March 6, 2024" or "8 March 2024": a month with a day and a year beside it.
            let before = i > 0 && isDay(words[i - 1]) ? written(words[i - 1]) + " " : ""
            var k = i + 1
            var after = ""
            if k < words.count, isDay(words[k]) { after = " " + written(words[k]); k += 1 }
            if k < words.count, words[k].lower == "," { k += 1 }
            guard k < words.count, words[k].kind == .number, words[k].length == 4,
                  let y = Int(words[k].lower), (1800...2100).contains(y) else { continue }
            return before + written(words[i]) + after + (after.isEmpty ? " " : ", ") + written(words[k])
        }
        return nil
    }

    /// Whether four ASCII digits stand in a row among the first `end` bytes.
    static func hasYearDigits(_ bytes: [UInt8], _ end: Int) -> Bool {
        var run = 0
        for i in 0..<end {
            run = Bytes.isDigit(bytes[i]) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// "13.09.2023" (day.month.year) or "2024年6月26日" (year, month, day in CJK notation), as ISO "2023-09-13".
    /// `bytes`: the text `w` was read from.
    static func numericDate(_ w: SentenceWord, in bytes: [UInt8]) -> String? {
        guard w.kind == .number else { return nil }
        // Each shape needs bytes most numbers lack: those of "年" (E5 B9 B4), or a full stop. Asked first, as
        // the character searches below cost far more than the number.
        let own = bytes[w.range]
        if own.contains(0xE5), case let text = SentenceWords.text(of: w, in: bytes), text.contains("年") {
            let cjk = text.split(whereSeparator: { "年月日".contains($0) }).map(String.init)
            if cjk.count >= 3, let y = Int(cjk[0]), let m = Int(cjk[1]), let d = Int(cjk[2]) { return iso(y, m, d) }
        }
        guard own.contains(UInt8(ascii: ".")) else { return nil }
        let dotted = SentenceWords.text(of: w, in: bytes).split(separator: ".").map(String.init)
        if dotted.count == 3, dotted[2].count == 4, let d = Int(dotted[0]), let m = Int(dotted[1]), let y = Int(dotted[2]) {
            return iso(y, m, d)
        }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1800...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }

    static func isDay(_ w: SentenceWord) -> Bool {
        w.kind == .number && w.length <= 2 && (Int(w.lower).map { (1...31).contains($0) } ?? false)
    }
}
