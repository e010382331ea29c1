// Words that attribute a statement to a source (English reporting verbs in their inflected forms, nouns of
// source documents, prepositional cues), after the attribution cues described in journalism style guides and
// attribution studies (e.g. PARC / PolNeAR cue categories). Written for annotd.
extension Lexicon {
    /// Reporting verbs: a figure in a clause governed by one of these has a source when its subject names one.
    static let reportingVerbData = #"""
    say, says, said, saying, tell, tells, told, telling, report, reports, reported, reporting, estimate, estimates, estimated, estimating
    find, finds, found, stated, announce, announces, announced, announcing, claim, claims, claimed, claiming
    note, notes, noted, add, adds, added, write, writes, wrote, written, argue, argues, argued, arguing, explain, explains, explained
    confirm, confirms, confirmed, reveal, reveals, revealed, disclose, discloses, disclosed, show, shows, showed, shown, indicate, indicates, indicated
    predict, predicts, predicted, project, projects, projected, calculate, calculates, calculated, testify, testifies, testified
    acknowledge, acknowledges, acknowledged, insist, insists, insisted, warn, warns, warned, suggest, suggests, suggested
    believe, believes, believed, think, thinks, thought, assert, asserts, asserted, contend, contends, contended, maintain, maintains, maintained
    declare, declares, declared, tweet, tweets, tweeted, post, posts, posted, cite, cites, cited, quote, quotes, quoted
    comment, comments, commented, observe, observes, observed, concede, concedes, conceded, admit, admits, admitted, boast, boasts, boasted
    allege, alleges, alleged, accuse, accuses, accused, complain, complains, complained, promise, promises, promised, vow, vows, vowed
    propose, proposes, proposed, urge, urges, urged, demand, demands, demanded, deny, denies, denied, dispute, disputes, disputed
    expect, expects, expected, forecast, forecasts, forecasted, hope, hopes, hoped, fear, fears, feared, worry, worries, worried
    agree, agrees, agreed, recall, recalls, recalled, describe, describes, described, criticize, criticizes, criticized, criticise, criticised
    respond, responds, responded, reply, replies, replied, answer, answers, answered, emphasize, emphasizes, emphasized, emphasise, emphasised
    stress, stresses, stressed, mention, mentions, mentioned, inform, informs, informed, caution, cautions, cautioned
    conclude, concludes, concluded, tally, tallies, tallied, list, lists, listed, publish, publishes, published
    blame, blames, blamed, call, calls, called
    tout, touts, touted, denounce, denounces, denounced, condemn, condemns, condemned, slam, slams, slammed
    defend, defends, defended, decry, decries, decried
    lament, laments, lamented, mock, mocks, mocked, extol, extols, extolled
    put, puts, putting, peg, pegs, pegged, calculate, reckon, reckons, reckoned, figure, figures, figured, charge, charges, charged
    brag, brags, bragged, joke, jokes, joked, point, points, pointed, according
    plan, plans, planned, want, wants, wanted, seek, seeks, sought, offer, offers, offered, favor, favors, favored, favour, favours, favoured
    oppose, opposes, opposed, endorse, endorses, endorsed, recommend, recommends, recommended, request, requests, requested
    intend, intends, intended, aim, aims, aimed, vowed, pledge, pledges, pledged, envision, envisions, envisioned, advocate, advocates, advocated
    ask, asks, asked, threaten, threatens, threatened, attribute, attributes, attributed, rule, rules, ruled, lobby, lobbies, lobbied
    talk, talks, talked, belittle, belittles, belittled, ridicule, ridicules, ridiculed, reaffirm, reaffirms, reaffirmed
    affirm, affirms, affirmed, reiterate, reiterates, reiterated, document, documents, documented
    """#

    /// Nouns of documents that carry figures: "a State Department fact sheet", "the bank's report".
    static let sourceDocumentData = #"""
    report, reports, fact sheet, fact sheets, data, dataset, figures, statistics, stats, estimate, estimates, survey, surveys, study, studies
    analysis, analyses, statement, statements, census, poll, polls, polling, audit, review, assessment, filing, filings
    document, documents, release, press release, bulletin, briefing, testimony, memo, letter, paper, article, tally, count, database
    records, plan, plans, proposal, proposals, projection, projections, forecast, forecasts
    transcript, transcripts, ledger, ledgers, spreadsheet, ranking, rankings, chart, charts, goal, goals, target, targets
    """#

    /// Prepositions and participles that introduce a source: "data from X", "as reported by X".
    static let sourcePrepositionData = #"""
    according to, as reported by, reported by, published by, released by, compiled by, cited by, estimated by, calculated by, provided by, data from, figures from, statistics from, numbers from
    """#
}
