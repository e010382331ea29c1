// Particles that stand inside (or before) a person's or family's name in many languages: Dutch and German
// (van, von, der), Romance (de, da, di, del, dos, la, le), Arabic (al-, bin, ibn, abu), and others. Compiled
// from common naming conventions. A particle joins the capitalised words around it into one name and is
// evidence of a person ("Nikolaus van der Pas", "Marine Le Pen", "Loyola de Palacio").
extension Lexicon {
    static let nameParticlesData = #"""
de
del
della
der
den
di
da
das
do
dos
du
la
le
van
von
ter
ten
zu
bin
ibn
bint
al
el
abu
ben
af
av
dal
dei
degli
wa
"""#
}
