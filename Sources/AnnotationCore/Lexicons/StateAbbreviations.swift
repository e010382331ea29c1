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
}
