// Unit synonyms folded into classes the way a reader would (SPEC §3.1: rounds/shells/ammunition/munitions →
// munitions; dollars/$/USD → USD). Currency names and symbols follow ISO 4217 codes. Written for annotd.
// Format: synonyms (singular or plural, lower case), comma-separated | class
extension Lexicon {
    static let unitClassData = #"""
    # munitions
    round, rounds, shell, shells, ammunition, munition, munitions, projectile, projectiles, cartridge, cartridges, bullet, bullets, artillery shell, artillery shells, artillery round, artillery rounds, mortar round, mortar rounds, ammo | munitions
    missile, missiles, rocket, rockets | missiles
    drone, drones, uav, uavs | drones
    tank, tanks | tanks
    container, containers | containers
    # people
    people, person, persons, individual, individuals, resident, residents, citizen, citizens, civilian, civilians | people
    troop, troops, soldier, soldiers, serviceman, servicemen, servicemembers, fighter, fighters | troops
    refugee, refugees, migrant, migrants, asylum seeker, asylum seekers | refugees
    death, deaths, dead, fatality, fatalities, killed | deaths
    casualty, casualties | casualties
    voter, voters, elector, electors | voters
    vote, votes, ballot, ballots | votes
    job, jobs | jobs
    worker, workers, employee, employees | workers
    student, students | students
    child, children, kid, kids | children
    country, countries, nation, nations, state, states | countries
    head of state, heads of state | heads of state
    member, members | members
    case, cases | cases
    # money
    dollar, dollars, usd, us$, $, buck, bucks | USD
    euro, euros, eur, € | EUR
    pound, pounds, pounds sterling, gbp, £ | GBP
    ruble, rubles, rouble, roubles, rub, ₽ | RUB
    yuan, renminbi, rmb, cny | CNY
    yen, jpy, ¥ | JPY
    won, krw, ₩ | KRW
    rupee, rupees, inr, ₹ | INR
    hryvnia, hryvnias, uah, ₴ | UAH
    franc, francs, chf | CHF
    canadian dollar, canadian dollars, cad, c$ | CAD
    australian dollar, australian dollars, aud, a$ | AUD
    ringgit, myr | MYR
    rand, zar | ZAR
    # measures
    mile, miles | miles
    kilometre, kilometres, kilometer, kilometers, km | km
    metre, metres, meter, meters | m
    ton, tons, tonne, tonnes, metric ton, metric tons | tonnes
    barrel, barrels, bpd | barrels
    kilogram, kilograms, kg | kg
    gram, grams, g, milligram, milligrams, mg | g
    pound weight, lb, lbs, ounce, ounces, oz | lb
    foot, feet, ft, inch, inches, in. | ft
    centimetre, centimetres, centimeter, centimeters, cm, millimetre, millimetres, millimeter, millimeters, mm | cm
    mph, kph, kmh, km/h, miles per hour | mph
    celsius, fahrenheit, c, f, °c, °f | degrees
    acre, acres | acres
    hectare, hectares | hectares
    square mile, square miles | square miles
    square kilometre, square kilometres, square kilometer, square kilometers | square km
    degree, degrees | degrees
    megawatt, megawatts, mw | MW
    gigawatt, gigawatts, gw | GW
    percent, per cent, %, percentage point, percentage points | percent
    byte, bytes, kb, kib, kilobyte, kilobytes, mb, mib, megabyte, megabytes, gb, gib, gigabyte, gigabytes, tb, tib, terabyte, terabytes | bytes
    """#
}
