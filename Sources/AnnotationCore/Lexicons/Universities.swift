// Universities that news names by a short form alone. Facts from the universities' own names
// (their official websites) and the common short forms used in the press.
//
// One university per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let universitiesData = #"""
Harvard University|organization|Harvard
Yale University|organization|Yale
Princeton University|organization|Princeton
Stanford University|organization|Stanford
Columbia University|organization|
Georgetown University|organization|Georgetown
Massachusetts Institute of Technology|organization|MIT
University of Oxford|organization|Oxford University
University of Cambridge|organization|Cambridge University
London School of Economics|organization|LSE
Sorbonne|organization|
"""#
}
