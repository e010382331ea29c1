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
    /// ("the union is seeking 5%", "aims to build 300,000 homes", "forecast 2% growth").
    static let targetWordsData = #"""
    target, targets, targeted, targeting, goal, goals, aim, aims, aimed, aiming, plan, plans, planned, planning
    forecast, forecasts, forecasted, forecasting, project, projects, projected, projection, projections
    expect, expects, expected, expecting, expectation, expectations, predict, predicts, predicted, prediction
    seek, seeks, seeking, sought, want, wants, wanted, demand, demands, demanded, demanding
    offer, offers, offered, offering, propose, proposes, proposed, proposing, proposal, proposals
    promise, promises, promised, promising, pledge, pledges, pledged, vow, vows, vowed, commit, commits, committed
    guidance, mandate, mandates, quota, quotas, cap, caps, capped, ceiling, limit, limits, threshold
    request, requests, requested, ask, asks, asked, asking, hope, hopes, hoped, hoping, intend, intends, intended
    would, could, might, should, will, shall
    """#
    /// After "a", "an", "per" or "each": the figure is a value per that unit ("$33.80 an hour", "$5 a head").
    static let perUnitIntroducersData = #"""
    a, an, per, each, every, for each, for every
    """#
}
