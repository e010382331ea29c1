// Places that do not act: continents, regions (the US Census Bureau's regions and the common names of US
// regions in Wikipedia's "List of regions of the United States"), LaGuardia airport (FAA airport list), seas, directions, the US states and large cities that are
// not capitals (with the most populous US cities and New York's boroughs, from the US Census Bureau's
// city population estimates, leaving out those named like people: Austin, Lincoln, Madison…).
// Recognising them keeps "New York" from being read as a person and "Black Sea" from being
// reported as an actor (SPEC §3.3: places that do not act are not actors). Facts from standard atlases
// (continents and oceans), the US Census Bureau's list of states, and the UN's list of urban agglomerations.
// Place heads (Sea, River, Street…) mark a capitalised sequence ending in them as a place.
//
// Section "places": one place per line. Section "heads": one head word per line.
extension Lexicon {
    static let placesData = #"""
[places]
Capitol Hill
Europe
Western Europe
Eastern Europe
Central Europe
Northern Europe
Southern Europe
Asia
Central Asia
East Asia
Southeast Asia
South Asia
Northeast Asia
Asia-Pacific
Asia Pacific
Eurasia
Africa
North Africa
West Africa
East Africa
Southern Africa
Sub-Saharan Africa
North America
South America
Latin America
Central America
Americas
Caribbean
Middle East
Near East
Far East
Gulf
Persian Gulf
Balkans
Baltics
Caucasus
North Caucasus
Scandinavia
Siberia
Arctic
Antarctica
Antarctic
Oceania
Pacific
Atlantic
Mediterranean
Sahara
Sahel
Himalayas
Alps
Swiss Alps
Urals
Crimea
Donbas
Donbass
Gaza
Gaza Strip
West Bank
Golan Heights
Kashmir
Tibet
Xinjiang
Korean Peninsula
Black Sea
Baltic Sea
Caspian Sea
South China Sea
East China Sea
Red Sea
North Sea
Sea of Japan
Indian Ocean
Pacific Ocean
Atlantic Ocean
Arctic Ocean
Euro-Atlantic
West
East
North
South
Northeast
Northwest
Southeast
Southwest
Midwest
New England
Upper Midwest
Deep South
Pacific Northwest
Mountain West
Great Plains
Rust Belt
Sun Belt
Bible Belt
Appalachia
Gulf Coast
East Coast
West Coast
Eastern Seaboard
Tidewater
LaGuardia
La Guardia
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
District of Columbia
New York City
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Francisco
San Diego
Dallas
Boston
Seattle
Miami
Atlanta
Detroit
Denver
Las Vegas
New Orleans
San Antonio
San Jose
Jacksonville
Fort Worth
Indianapolis
Charlotte
Oklahoma City
Nashville
El Paso
Louisville
Memphis
Baltimore
Milwaukee
Albuquerque
Tucson
Fresno
Sacramento
Kansas City
Omaha
Colorado Springs
Long Beach
Virginia Beach
Oakland
Minneapolis
Tulsa
Bakersfield
Wichita
Tampa
Honolulu
Anaheim
Stockton
Corpus Christi
Newark
Saint Paul
St. Paul
Santa Ana
Cincinnati
Orlando
Pittsburgh
St. Louis
St Louis
Greensboro
Jersey City
Anchorage
Plano
Toledo
Reno
Scottsdale
Spokane
Baton Rouge
Palm Beach
West Palm Beach
Fort Lauderdale
Des Moines
Little Rock
Salt Lake City
Brooklyn
Manhattan
Queens
Bronx
Staten Island
Harlem
Toronto
Montreal
Vancouver
Sydney
Melbourne
Shanghai
Guangzhou
Shenzhen
Chongqing
Wuhan
Mumbai
Bombay
Kolkata
Calcutta
Chennai
Karachi
Lahore
Istanbul
St Petersburg
St. Petersburg
Saint Petersburg
Leningrad
Vladivostok
Novosibirsk
Yekaterinburg
Kharkiv
Kharkov
Odesa
Odessa
Mariupol
Donetsk
Luhansk
Sevastopol
Frankfurt
Hamburg
Munich
Cologne
Milan
Naples
Turin
Barcelona
Marseille
Lyon
Geneva
Zurich
Rotterdam
Antwerp
Manchester
Liverpool
Birmingham
Glasgow
Edinburgh
Osaka
Yokohama
Busan
Rio de Janeiro
Sao Paulo
São Paulo
Johannesburg
Lagos
Casablanca
Alexandria
Dubai
Jeddah
Mecca
Medina
[heads]
Sea
Ocean
River
Lake
Mountain
Mountains
Mount
Hills
Valley
Island
Islands
Peninsula
Strait
Straits
Bay
Gulf
Coast
Desert
Plain
Plains
Street
Streets
Avenues
Avenue
Boulevard
Road
Square
Bridge
Airport
Port
Harbour
Harbor
Station
Stadium
Arena
Park
Province
Region
County
District
Oblast
Prefecture
Canton
Territory
Cosmodrome
Base
Palace
Plaza
Prison
Jail
Penitentiary
Beach
"""#
}
