// Lowercase nouns whose place next to a name says the name is an organisation. Compiled from common
// English news usage (Reuters and AP style: "newspaper Le Monde", "carmaker Renault", "Juventus striker",
// "Unilever shares", "the bank's chairman").
//
// Section "before": a noun right before a name, in apposition, names what kind of body it is
// ("piston maker Kolbe", "the daily Kurier").
// Section "after": a noun right after a name that only an organisation has — its shares, its players
// ("Gazprom shares", "Arsenal striker"). Staff that a person has too ("Trump spokesman", "Clinton aide")
// are left out.
// Section "possessed": nouns that after a possessive name ("Volvo's profits") still mark an organisation.
extension Lexicon {
    static let organizationNounsData = #"""
[before]
newspaper
website
site
blog
outlet
publication
daily
weekly
magazine
tabloid
broadcaster
network
channel
agency
club
side
party
firm
company
group
bank
lender
insurer
carrier
airline
carmaker
automaker
maker
manufacturer
producer
retailer
supermarket
chain
broker
brokerage
conglomerate
subsidiary
utility
operator
developer
distributor
supplier
publisher
label
charity
union
federation
association
university
institute
outfit
team
giant
rebels
movement
faction
organisation
organization
[after]
CEO
shares
shareholders
stock
striker
midfielder
defender
goalkeeper
keeper
winger
coach
manager
squad
subsidiary
executives
[possessed]
shares
CEO
executives
employees
stock
shareholders
chairman
chairwoman
board
subsidiary
striker
midfielder
defender
goalkeeper
winger
coach
manager
squad
fans
profit
profits
revenue
revenues
earnings
sales
headquarters
"""#
}
