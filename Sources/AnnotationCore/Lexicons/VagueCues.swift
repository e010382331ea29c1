// Anonymous and collective attributions, the "weasel words" that style guides (AP Stylebook, Wikipedia's
// Manual of Style, "Avoid weasel words") warn about. Written for annotd.
extension Lexicon {
    /// Phrases that attribute without naming anyone. Matched as whole words, anywhere in the sentence.
    static let vaguePhraseData = #"""
    reportedly, allegedly, purportedly, supposedly, rumoured, rumored, it is believed, it is thought, it is said, it is estimated, it is reported
    it is claimed, it is alleged, it was reported, it was believed, it has been reported, it has been estimated, is said to, are said to, was said to
    were said to, is believed to, are believed to, was believed to, is thought to, are thought to, is estimated to, are estimated to
    is reported to, are reported to, is projected to, are projected to, was projected to, is expected to, are expected to
    was expected to, is forecast to, are forecast to, is predicted to, are predicted to, is estimated at, are estimated at
    is thought to be, is understood to, are understood to, by some estimates, by one estimate, by some accounts, by most accounts, by all accounts
    some say, many say, some believe, many believe, experts say, analysts say, observers say, critics say, sources say, sources said
    media suggest, media reports, media reported, reports suggest, estimates suggest, estimates vary, in various media, in the media
    according to reports, according to sources, according to experts, according to estimates, according to media, according to some
    western media, various western media, various media, various sources, some analysts, some experts, some observers, people familiar
    people familiar with, a person familiar, unnamed, anonymous, officials say, officials said, an official said, one official said
    those surveyed, those polled, those questioned, those asked, those interviewed, people surveyed, people polled, respondents said, respondents say
    amid speculation, amid speculation that, speculation that, amid reports, amid reports that, it is understood, it is understood that
    it is rumoured, it is rumored, it is feared, it is hoped, it is expected, it was thought, it was estimated, it was said, it is suggested
    """#

    /// Subjects of a reporting verb that name no one: "officials said", "experts estimate".
    static let vagueSubjectData = #"""
    officials, official, experts, expert, analysts, analyst, sources, source, observers, critics, media, reports, estimates, insiders
    diplomats, diplomat, authorities, people, some, many, others, several, researchers, scientists, economists, commentators, pundits
    watchers, specialists, studies, surveys, polls, rumours, rumors, documents, figures, data, statistics, intelligence, agencies
    outlets, advocates, activists, campaigners, pollsters, forecasters, historians, scholars, academics, strategists
    """#
}
