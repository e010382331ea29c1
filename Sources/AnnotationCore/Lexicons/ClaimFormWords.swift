// Words that say what form a figure takes in its clause (SPEC §3.4): a change, a difference, a target or
// plan, a value per unit. Compiled by hand from English grammar (verbs of change and of intention, the
// comparative adjectives and the distributive determiners) as any grammar of English lists them. Written
// for annotd.
extension Lexicon {
    /// A verb or noun of change before a figure makes it a change, not a level ("rose 6%", "cut by 200").
    static let changeWordsData = #"""
    rise, rises, rose, risen, rising, fall, falls, fell, fallen, falling, drop, drops, dropped, dropping
    increase, increases, increased, increasing, decrease, decreases, decreased, decreasing
    grow, grows, grew, grown, growing, growth, gain, gains, gained, gaining, lose, loses, lost
    jump, jumps, jumped, climb, climbs, climbed, climbing, decline, declines, declined, declining
    surge, surges, surged, plunge, plunges, plunged, slump, slumped, shrink, shrank, shrunk, shrinking
    cut, cuts, cutting, slash, slashed, raise, raises, raised, boost, boosted, add, adds, added, adding
    reduce, reduces, reduced, reduction, soar, soared, tumble, tumbled, swell, swelled, dip, dipped
    """#
    /// Right before a figure, these make it a change or an addition ("up 6%", "another 200", "an extra $5").
    static let changeDeterminersData = #"""
    another, additional, extra, further, more, fewer, up, down, new
    """#
    /// A word right after a figure that makes it a difference or change ("a billion gallons less than",
    /// "a 6% increase", "200 more").
    static let differenceWordsData = #"""
    more, less, fewer, higher, lower, bigger, smaller, larger, greater, above, below, short
    increase, rise, drop, fall, cut, gain, jump, decline, decrease, reduction, hike, raise, boost, rally, slide
    """#
    /// Words of intention, demand, proposal or forecast: a figure they govern is a target, not an outcome
    /// ("the union is seeking 5%", "aims to build 300,000 homes", "forecast 2% growth"). Each line is one
    /// sense: a demand and an offer are the two sides of a bargain, a forecast is not a plan, so targets are
    /// compared only within one sense.
    static let targetWordsData = #"""
    target, targets, targeted, targeting, goal, goals, aim, aims, aimed, aiming, plan, plans, planned, planning, intend, intends, intended | plan
    forecast, forecasts, forecasted, forecasting, project, projects, projected, projection, projections, expect, expects, expected, expecting, expectation, expectations, predict, predicts, predicted, prediction, hope, hopes, hoped, hoping | forecast
    seek, seeks, seeking, sought, want, wants, wanted, demand, demands, demanded, demanding, request, requests, requested, ask, asks, asked, asking | demand
    offer, offers, offered, offering, propose, proposes, proposed, proposing, proposal, proposals, promise, promises, promised, promising, pledge, pledges, pledged, vow, vows, vowed, commit, commits, committed | offer
    guidance, mandate, mandates, quota, quotas, cap, caps, capped, ceiling, limit, limits, threshold | limit
    would, could, might, should, will, shall | modal
    """#
    /// After "a", "an", "per" or "each": the figure is a value per that unit ("$33.80 an hour", "$5 a head").
    static let perUnitIntroducersData = #"""
    a, an, per, each, every, for each, for every
    """#
}

// Words that let one figure stand for another's quantity (SPEC §3.4): the nouns that name an amount whose
// count a bare number gives ("the death toll reached 29", "the number of people killed rose to 23"), the
// nouns that present a figure rather than say what it is of ("an estimate of $35m"), and the comparisons
// by which a text sets one account of a quantity against another ("gave a lower figure", "tell a different
// story"). Compiled by hand from English grammar and usage as any dictionary records it. Written for annotd.
extension Lexicon {
    /// Nouns of an amount that a bare number after them counts: "toll" counts the dead (its sense in news,
    /// as dictionaries give it); the others count the noun of their "of" phrase.
    static let amountNounData = #"""
    toll | deaths
    number, total, tally, count, list | of
    """#
    /// Nouns of ruin after "to": "reduced to ash", "burned to the ground" say that what is counted was destroyed.
    static let ruinNounData = #"""
    ash, ashes, rubble, ruins, cinders, ground, dust
    """#
    /// Nouns that present a figure: not what money or a percentage is of.
    static let presentationNounData = #"""
    estimate, estimates, estimated, figure, figures, total, totals, sum, sums, amount, amounts, tally, count, number
    """#
    /// Words that name the period of a rate or the change itself: not what money or a percentage is of.
    static let periodOrChangeNounData = #"""
    year, years, day, days, week, weeks, month, months, hour, hours
    increase, increases, raise, raises, rise, rises, hike, growth, cut, cuts
    """#
    /// Comparatives that set a second figure against a first: "a lower figure", "far higher".
    static let contrastComparativeData = #"""
    lower, higher, smaller, larger, bigger, different, lesser, greater
    """#
    /// Nouns a comparative makes into another account of a quantity: "a lower figure", "a different story".
    static let accountNounData = #"""
    figure, figures, number, numbers, estimate, estimates, count, tally, total, toll, story, picture, account
    """#
    /// Nouns of amount that "puts … at" or "estimates … at" value: "puts the cost at $15m".
    static let valuedNounData = #"""
    cost, costs, figure, number, toll, total, count, tally, bill, damage, losses, loss, price, turnout, crowd, size
    """#
    /// Verbs that put a value on an amount: "X puts the cost at $15m", "Y estimates the crowd at 5,000".
    static let valuingVerbData = #"""
    put, puts, putting, place, places, placed, placing, estimate, estimates, estimated, estimating, reckon, reckons, reckoned
    """#
}

enum ClaimFormWords {
    static let presentationNouns = LexiconParsing.words(Lexicon.presentationNounData)
    /// What money or a percentage is never "of": how it is presented, the period of a rate, the change itself.
    static let notObjects = presentationNouns.union(LexiconParsing.words(Lexicon.periodOrChangeNounData))
    static let ruinNouns = LexiconParsing.words(Lexicon.ruinNounData)
    static let amountNouns = WordTable(LexiconParsing.table(Lexicon.amountNounData))
    static let contrastComparatives = LexiconParsing.words(Lexicon.contrastComparativeData)
    static let accountNouns = LexiconParsing.words(Lexicon.accountNounData)
    static let valuedNouns = LexiconParsing.words(Lexicon.valuedNounData)
    static let valuingVerbs = LexiconParsing.words(Lexicon.valuingVerbData)
}
