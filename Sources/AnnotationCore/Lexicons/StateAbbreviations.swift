// The AP Stylebook's abbreviations of US state names, as news writes them after a city or inside a
// lawmaker's party label ("Tampa, Fla.", "R-Fla."). They name places, which do not act. Abbreviations that
// are also common names or words, or undotted two-letter forms, ("Miss", "Mo", "La", "Del", "Ind", "Pa", "Ga", "Mont") are left out.
extension Lexicon {
    static let stateAbbreviationsData = #"""
Ala
Ariz
Ark
Calif
Colo
Conn
Fla
Ill
Kan
Ky
Md
Mass
Mich
Minn
Neb
Nev
Okla
Ore
Tenn
Tex
Vt
Va
Wash
Wis
Wyo
N.H.
N.J.
N.M.
N.Y.
N.C.
N.D.
S.C.
S.D.
R.I.
W.Va.
D.C.
"""#

    /// The US Postal Service's two-letter codes of the states and DC (USPS Publication 28, appendix B). In
    /// capitals only ("State: TX", "Trump's AZ rally"): in running text most are words ("IN", "OR", "ME").
    /// Left out: the codes that are English words in capitals (IN, OR, ME, OH, OK, HI), and NV and PA, which
    /// news uses more for a Dutch company's "NV" and for the Palestinian Authority or the PA news agency.
    static let statePostalCodesData = #"""
AL
AK
AZ
AR
CA
CO
CT
DE
FL
GA
ID
IL
IA
KS
KY
LA
MD
MA
MI
MN
MS
MO
MT
NE
NH
NJ
NM
NY
NC
ND
RI
SC
SD
TN
TX
UT
VT
VA
WA
WV
WI
WY
DC
"""#
}
