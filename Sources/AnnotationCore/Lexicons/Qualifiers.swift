// Words before a figure that bound its value (SPEC §3.1 qualifier table). Written for annotd.
// Format: phrase | qualifier | lower factor | upper factor   (interval = [v·lower, v·upper]; inf = no bound)
extension Lexicon {
    static let qualifierData = #"""
    about | approx | 0.8 | 1.2
    around | approx | 0.8 | 1.2
    roughly | approx | 0.8 | 1.2
    some | approx | 0.8 | 1.2
    approximately | approx | 0.8 | 1.2
    an estimated | approx | 0.8 | 1.2
    estimated | approx | 0.8 | 1.2
    circa | approx | 0.8 | 1.2
    c. | approx | 0.8 | 1.2
    ca. | approx | 0.8 | 1.2
    approx. | approx | 0.8 | 1.2
    about some | approx | 0.8 | 1.2
    nearly | approx | 0.85 | 1
    almost | approx | 0.85 | 1
    close to | approx | 0.85 | 1
    just under | approx | 0.85 | 1
    just shy of | approx | 0.85 | 1
    just over | approx | 1 | 1.15
    at least | at_least | 1 | inf
    more than | at_least | 1 | inf
    over | at_least | 1 | inf
    above | at_least | 1 | inf
    upwards of | at_least | 1 | inf
    upward of | at_least | 1 | inf
    in excess of | at_least | 1 | inf
    no fewer than | at_least | 1 | inf
    no less than | at_least | 1 | inf
    not less than | at_least | 1 | inf
    well over | at_least | 1 | inf
    well above | at_least | 1 | inf
    at most | at_most | 0 | 1
    up to | at_most | 0 | 1
    less than | at_most | 0 | 1
    under | at_most | 0 | 1
    below | at_most | 0 | 1
    fewer than | at_most | 0 | 1
    no more than | at_most | 0 | 1
    not more than | at_most | 0 | 1
    as many as | at_most | 0 | 1
    as much as | at_most | 0 | 1
    a maximum of | at_most | 0 | 1
    a minimum of | at_least | 1 | inf
    """#
}
