// Words too common in news prose to show that two sentences tell one story: reporting verbs, number and
// time words, and the most general nouns and verbs of English. Compiled by hand from English grammar
// (auxiliaries, reporting verbs) and general knowledge of news style. Written for annotd.
extension Lexicon {
    static let genericNewsWordsData = #"""
    said, says, say, saying, told, tell, tells, according, reported, reports, report, added, noted, stated, announced
    percent, per, cent, million, millions, billion, billions, thousand, thousands, hundred, hundreds, dozen, dozens, trillion
    year, years, month, months, week, weeks, time, times, today, yesterday, last, next, first, second, third
    people, number, numbers, total, figure, figures, amount, some, many, much, most, other, others, another, more, less
    also, just, only, even, still, already, about, around, nearly, almost, over, under, than, then, there, here, what
    have, has, had, been, being, were, was, will, would, could, should, might, must, make, made, makes, take, took
    give, gave, given, gives, come, came, comes, well, like, since, while, when, where, which, with, from, into, that
    this, these, those, their, they, them, such, very, into, onto, upon, after, before, during, until, against, among
    """#
}
