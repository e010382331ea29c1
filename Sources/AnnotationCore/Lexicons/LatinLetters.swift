// The base letter of each Latin letter with a diacritic, U+00C0–U+024F in code point order, 64 to a line,
// lower-cased; "." where there is none (a sign, a ligature, a letter of another shape). From the Unicode
// Character Database: the letter a precomposed letter's name is built on ("LATIN SMALL LETTER E WITH ACUTE"
// → e), where its lower case decomposes canonically from a base letter; and ß → s, Ø ø → o, Ł ł → l,
// Đ đ → d, which fold so in names though no decomposition says it. `LexiconLoadingTests` derives the table
// again from the Unicode data Swift carries. Kept as data: deriving it from the scalars' names at start-up
// cost ~7.6 M instructions, 8 % of linting one short file.
enum LatinLetters {
    static let first: UInt32 = 0xC0
    static let baseLettersData = """
    aaaaaa.ceeeeiiii.nooooo.ouuuuy.saaaaaa.ceeeeiiii.nooooo.ouuuuy.y
    aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii...jjkk.lllllll
    lllnnnnnnn..oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.
    bbbb...ccdddd....ffg...ikkl..nn.oo..pp.....ttttuu.vyyzz.........
    .............aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j...gg..nnaa..oo
    aaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylnt...acclts
    z..bu.eejjqqrryy
    """

    /// By code point from `first`: the base letter's ASCII byte, or 0.
    static let baseLetters: [UInt8] = baseLettersData.utf8.filter { $0 != 0x0A }.map { $0 == 0x2E ? 0 : $0 }

    /// The base letter of a Latin letter with a diacritic, lower-cased; nil for any other scalar.
    @inline(__always) static func base(of v: UInt32) -> UInt8? {
        let table = baseLetters
        guard v >= first, v - first < UInt32(table.count) else { return nil }
        let b = table[Int(v - first)]
        return b == 0 ? nil : b
    }
}
