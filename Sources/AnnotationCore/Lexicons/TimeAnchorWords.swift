// Words that anchor a statement in time (SPEC §3.4 "when"), from the Gregorian calendar and English
// grammar: month and weekday names, deictic time words, quarters, and the prepositions that say whether a
// date is a point, a deadline or a start. Written for annotd.
extension Lexicon {
    /// Full month names; "may" counts only next to a day number, a year or a time preposition.
    static let anchorMonthData = #"""
    january, february, march, april, may, june, july, august, september, october, november, december
    """#
    static let anchorWeekdayData = #"""
    monday, tuesday, wednesday, thursday, friday, saturday, sunday
    """#
    /// Deictic words naming a time relative to when the text was written.
    static let deicticTimeData = #"""
    today, yesterday, tomorrow, tonight, overnight, currently, now
    """#
    /// "last", "this", "next", "past" before one of these names a period ("last year", "this week").
    static let periodNounData = #"""
    year, month, week, weekend, quarter, season, summer, winter, spring, autumn, fall, decade, century, night, morning, evening, afternoon, term, session, cycle
    """#
    static let periodDeterminerData = #"""
    last, this, next, past, previous, coming, current, same
    """#
    /// A preposition before a year or date that changes which time is meant ("by 2027" is a deadline,
    /// "since 2010" a start): kept with the anchor.
    static let anchorPrepositionData = #"""
    by, since, until, till, through, before, after, from, to
    """#
    /// Ordinals that name a quarter or half of a year ("the first quarter").
    static let quarterOrdinalData = #"""
    first, second, third, fourth, final, last
    """#
}
