// English number words (cardinals, ordinals, scale words, vague quantity words). Written for annotd.
extension Lexicon {
    static let cardinalData = #"""
    zero | 0
    one | 1
    two | 2
    three | 3
    four | 4
    five | 5
    six | 6
    seven | 7
    eight | 8
    nine | 9
    ten | 10
    eleven | 11
    twelve | 12
    thirteen | 13
    fourteen | 14
    fifteen | 15
    sixteen | 16
    seventeen | 17
    eighteen | 18
    nineteen | 19
    twenty | 20
    thirty | 30
    forty | 40
    fifty | 50
    sixty | 60
    seventy | 70
    eighty | 80
    ninety | 90
    """#
    static let scaleData = #"""
    hundred | 100
    thousand, k | 1000
    million, m, mn, mln | 1000000
    billion, bn, b, bln | 1000000000
    trillion, tn, trn | 1000000000000
    dozen | 12
    lakh, lakhs, lac | 100000
    crore, crores | 10000000
    """#
    static let ordinalWordData = #"""
    first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, thirtieth, fortieth, fiftieth, sixtieth, seventieth, eightieth, ninetieth, hundredth, thousandth, millionth
    """#
}
