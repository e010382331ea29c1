// Verbs and nouns that say what happens to a quantity, folded into measures (SPEC §3.1: supply/provide/
// transfer/deliver/give → supply; spend/consume/fire/use → consumption; produce/manufacture → production;
// trade → trade). Inflected forms are listed so that lookup is one hash probe. Written for annotd.
// Format: word forms, comma-separated | measure
extension Lexicon {
    static let measureWordData = #"""
    supply, supplies, supplied, supplying, provide, provides, provided, providing, provision, transfer, transfers, transferred, transferring, deliver, delivers, delivered, delivering, delivery, deliveries, give, gives, gave, given, giving, send, sends, sent, sending, deploy, deploys, deployed, deploying, dispatch, dispatches, dispatched, dispatching, ship, ships, shipped, shipping, shipment, shipments, donate, donates, donated, donation, donations, hand over, handed over, pledge, pledged, pledges, aid, assistance | supply
    spend, spends, spent, spending, consume, consumes, consumed, consuming, consumption, fire, fires, fired, firing, use, uses, used, using, usage, expend, expended, expenditure, expenditures, burn, burns, burned, burnt | consumption
    produce, produces, produced, producing, production, manufacture, manufactures, manufactured, manufacturing, make, makes, made, making, build, builds, built, output, capacity | production
    trade, trades, traded, trading, turnover | trade
    export, exports, exported, exporting | export
    import, imports, imported, importing | import
    sell, sells, sold, selling, sale, sales | sales
    buy, buys, bought, buying, purchase, purchases, purchased, purchasing, procure, procured, procurement, order, ordered | purchase
    cost, costs, costing, price, priced, worth, valued, drain, drains, drained, draining | cost
    destroy, destroys, destroyed, destroying, destruction, raze, razes, razed, flatten, flattened | destruction
    invest, invests, invested, investment, investments | investment
    owe, owes, owed, debt, debts, loan, loans, lent, lend, borrow, borrowed, write off, wrote off, written off | debt
    kill, kills, killed, killing, die, died, dead, death, deaths | deaths
    wound, wounded, injure, injured, injuries | injuries
    missing, unaccounted | missing
    lose, loses, lost, loss, losses | losses
    earn, earns, earned, earnings, revenue, revenues, income, profit, profits | revenue
    budget, budgets, budgeted, allocate, allocated, allocation, fund, funded, funding | budget
    attend, attended, attendance, represent, represented | attendance
    employ, employs, employed, hire, hired, hiring | employment
    stockpile, stockpiles, reserve, reserves, stock, stocks | stock
    """#
}
