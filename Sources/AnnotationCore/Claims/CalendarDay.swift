/// A day of the Gregorian calendar, for resolving "on Monday" and "12 November" against the date a text
/// carries: two texts written on different days mean the same day by different words.
struct CalendarDay: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Month names in calendar order, from the anchor lexicon.
    static let monthNames: [String] = Lexicon.anchorMonthData
        .split(whereSeparator: { $0 == "," || $0 == "\n" })
        .map { $0.trimmingCharacters(in: " \t").lowercased() }
        .filter { !$0.isEmpty }
    /// Weekday names from Monday, in the lexicon's order.
    static let weekdayNames: [String] = Lexicon.anchorWeekdayData
        .split(whereSeparator: { $0 == "," || $0 == "\n" })
        .map { $0.trimmingCharacters(in: " \t").lowercased() }
        .filter { !$0.isEmpty }

    init?(year: Int, month: Int, day: Int) {
        guard (1800...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    init?(year: Int, monthName: String, day: Int) {
        guard let m = Self.monthNames.firstIndex(of: monthName.lowercased()) else { return nil }
        self.init(year: year, month: m + 1, day: day)
    }

    /// Days since 1970-01-01 (the civil-from-days algorithm of the proleptic Gregorian calendar).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(ordinal z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    /// The latest day named `weekday` on or before this one: in a report, "on Monday" told in the past
    /// tense is the last Monday up to the day the text was written.
    func latest(_ weekdayName: String) -> CalendarDay? {
        guard let target = Self.weekdayNames.firstIndex(of: weekdayName.lowercased()) else { return nil }
        let back = (weekday - target + 7) % 7
        return CalendarDay(ordinal: ordinal - back)
    }

    var iso: String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}
