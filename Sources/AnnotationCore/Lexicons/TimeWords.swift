// Calendar and duration vocabulary (English month and weekday names and abbreviations, time units, rate
// words), from the Gregorian calendar. Written for annotd.
extension Lexicon {
    static let monthData = #"""
    january, jan, february, feb, march, mar, april, apr, may, june, jun, july, jul, august, aug, september, sep, sept, october, oct, november, nov, december, dec
    """#
    static let weekdayData = #"""
    monday, mon, tuesday, tue, tues, wednesday, wed, thursday, thu, thur, thurs, friday, fri, saturday, sat, sunday, sun
    """#
    /// Nouns of duration: a number before one of these is a duration, not a count.
    static let durationUnitData = #"""
    second, seconds, sec, secs, minute, minutes, min, mins, hour, hours, hr, hrs, day, days, night, nights, week, weeks, fortnight, fortnights, month, months, year, years, yr, yrs, decade, decades, century, centuries, millennium, millennia, term, terms, season, seasons, semester, semesters, quarter, quarters
    """#
    /// Rate words: period | how it is written
    static let ratePeriodData = #"""
    daily, a day, per day, each day, every day, per diem, a night, per night, nightly, day-to-day, a weekday, per weekday, each weekday, every weekday | day
    weekly, a week, per week, each week, every week | week
    monthly, a month, per month, each month, every month | month
    yearly, annual, annually, a year, per year, each year, every year, per annum, during the year, over the year, in a year, within a year, year-on-year | year
    """#
}
