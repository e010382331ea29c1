// Political parties that news names by short form or by their members as a group ("the Democrats",
// "Tories"); their adjectives ("Democratic senator", "Tory MP") are labels that describe a person, not
// actors. Facts from the parties' own names (their websites and national electoral commissions).
//
// One party per line: canonical name | kind | aliases | | adjectives
extension Lexicon {
    static let politicalPartiesData = #"""
Democratic Party|organization|Democrats;Dems;Democratic National Committee;DNC||Democratic;Democrat;Dem
Republican Party|organization|Republicans;GOP;G.O.P.;Republican National Committee;RNC||Republican
Conservative Party|organization|Conservatives;Tories;Tory party||Conservative;Tory
Labour Party|organization|Labour||
Liberal Democrats|organization|Lib Dems||Liberal Democrat;Lib Dem
Scottish National Party|organization|SNP||
UK Independence Party|organization|UKIP||
Christian Democratic Union|organization|CDU||
Social Democratic Party of Germany|organization|SPD||
Alternative for Germany|organization|AfD||
United Russia|organization|||
Communist Party of China|organization|Chinese Communist Party;CCP;CPC||
Bharatiya Janata Party|organization|BJP||
African National Congress|organization|ANC||
Likud|organization|||
"""#
}
