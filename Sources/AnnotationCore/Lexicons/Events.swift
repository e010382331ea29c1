// Head words of the names of events, eras, agreements and documents. A capitalised sequence ending in one
// ("Cold War", "Six-Party Talks", "World Cup", a "Bowl" game, a "Dynasty" of history) names something that happened, not someone who acts, so it is
// not reported. Compiled from common English usage.
extension Lexicon {
    static let eventHeadsData = #"""
War
Wars
Talks
Summit
Conference
Games
Olympics
Bowl
Dynasty
Dynasties
Cup
Championship
Championships
Open
Prix
Grand Prix
Tournament
Festival
Treaty
Agreement
Accord
Accords
Pact
Act
Plan
Doctrine
Crisis
Revolution
Uprising
Offensive
Operation
Day
Week
Year
Era
Age
Prize
Award
Awards
Award
Series
Trophy
Classic
Marathon
Rally
Election
Elections
Referendum
Declaration
Protocol
Convention
Charter
Memorandum
Index
Report
Survey
"""#
}
