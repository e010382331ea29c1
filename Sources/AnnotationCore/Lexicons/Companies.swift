// Large companies that news names without saying what they are (a firm named alone, "Shares in Unilever
// rose", is typed as a person or split without a list). Facts: the companies' own names as published in
// public index and ranking lists: the Fortune Global 500 and Forbes Global 2000, the constituents of the
// S&P 500, FTSE 100, DAX 40, CAC 40, Euro Stoxx 50 and the largest of the Nikkei 225, the largest listed
// firms of China, Korea, India, Switzerland, the Netherlands, the Nordic countries, Canada, Australia and
// Brazil, and large private firms news names often (Cargill, Mars, Koch, Bosch, IKEA, Aldi, Lidl), with the
// short forms the firms themselves use.
//
// Left out on purpose: any name or alias that alone is an ordinary English word, a common given name or
// surname, or a place ("Target", "Next", "Gap", "Sky", "Boots", "Reliance", "Santander", "Tata"): such a
// firm is listed only in a longer form ("Target Corporation", "Banco Santander", "Tata Group"), because a
// wrong entry flags every article that uses the word. One-word names were checked against
// DictionaryWords.swift and GivenNames.swift. Short forms in capitals ("AIG", "SAP") match only text in
// capitals; short forms that fold to another common abbreviation (M&S and MS, H&M and HM, S&P 500 the
// index, UPS, NEC, BCG) are left out.
//
// One company per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let companiesData = #"""
Apple|organization|Apple Inc.
Google|organization|Alphabet
Microsoft|organization|
Amazon|organization|Amazon.com
Facebook|organization|Meta;Meta Platforms
Twitter|organization|
Instagram|organization|
YouTube|organization|
WhatsApp|organization|
Netflix|organization|
Uber|organization|
Airbnb|organization|
Tesla|organization|
SpaceX|organization|
Intel|organization|
IBM|organization|
Oracle|organization|
Cisco|organization|
Nvidia|organization|
Samsung|organization|Samsung Electronics
Sony|organization|
Huawei|organization|
Alibaba|organization|
Tencent|organization|
Baidu|organization|
Toyota|organization|Toyota Motor
Honda|organization|
Nissan|organization|
Volkswagen|organization|VW;Volkswagen Group
BMW|organization|
Daimler|organization|
Mercedes-Benz|organization|Mercedes-Benz Group
Renault|organization|
Peugeot|organization|
Fiat|organization|
Ford|organization|Ford Motor;Ford Motor Company
General Motors|organization|GM
Chrysler|organization|
Boeing|organization|
Airbus|organization|
Lockheed Martin|organization|
Raytheon|organization|
Rolls-Royce|organization|Rolls-Royce Holdings
Siemens|organization|
Unilever|organization|
Nestle|organization|Nestlé
Procter & Gamble|organization|P&G
Coca-Cola|organization|
PepsiCo|organization|Pepsi
McDonald's|organization|
Starbucks|organization|
Walmart|organization|Wal-Mart
Costco|organization|
Tesco|organization|
Sainsbury's|organization|
Carrefour|organization|
Ikea|organization|IKEA
Gazprom|organization|
Rosneft|organization|
Lukoil|organization|
ExxonMobil|organization|Exxon;Exxon Mobil
Chevron|organization|
BP|organization|
Royal Dutch Shell|organization|
TotalEnergies|organization|
Saudi Aramco|organization|Aramco
Goldman Sachs|organization|
JPMorgan Chase|organization|JPMorgan;JP Morgan;JP Morgan Chase;J.P. Morgan
Morgan Stanley|organization|
Citigroup|organization|Citi;Citibank
Wells Fargo|organization|
Barclays|organization|
HSBC|organization|
Lloyds|organization|Lloyds Banking Group
Deutsche Bank|organization|
Credit Suisse|organization|
UBS|organization|
BlackRock|organization|
Berkshire Hathaway|organization|
Pfizer|organization|
Moderna|organization|
AstraZeneca|organization|
Johnson & Johnson|organization|
Novartis|organization|
Roche|organization|
Bayer|organization|
GlaxoSmithKline|organization|GSK
Verizon|organization|
Comcast|organization|
Vodafone|organization|
Deutsche Telekom|organization|
Nokia|organization|
Ericsson|organization|
Disney|organization|Walt Disney
Visa|organization|
Mastercard|organization|
PayPal|organization|
Nike|organization|
Adidas|organization|
Halliburton|organization|
Koch Industries|organization|
Eli Lilly|organization|Eli Lilly and Company
Broadcom|organization|Broadcom Inc
UnitedHealth Group|organization|UnitedHealth
Home Depot|organization|The Home Depot
Merck & Co|organization|Merck
AbbVie|organization|
Adobe Inc|organization|Adobe Systems
Salesforce|organization|
Advanced Micro Devices|organization|AMD
Bank of America|organization|BofA;Bank of America Merrill Lynch;BofA Merrill Lynch
Thermo Fisher Scientific|organization|Thermo Fisher
Accenture|organization|
Linde plc|organization|
Abbott Laboratories|organization|
Intuit Inc|organization|
Texas Instruments|organization|
Qualcomm|organization|
Caterpillar Inc|organization|
Danaher Corporation|organization|
Amgen|organization|
Union Pacific|organization|Union Pacific Railroad
Honeywell|organization|Honeywell International
Philip Morris|organization|Philip Morris International
Altria|organization|Altria Group
ConocoPhillips|organization|
Lowe's Companies|organization|
S&P Global|organization|
American Express|organization|AmEx
RTX Corporation|organization|
General Electric|organization|GE
Charles Schwab Corporation|organization|
Gilead Sciences|organization|
Booking Holdings|organization|Booking.com
Medtronic|organization|
Stryker Corporation|organization|
Deere & Company|organization|John Deere
Bristol-Myers Squibb|organization|Bristol Myers Squibb
CVS Health|organization|CVS
Cigna|organization|
Elevance Health|organization|
Humana|organization|
Marsh & McLennan|organization|Marsh McLennan
Prologis|organization|
American Tower|organization|
Zoetis|organization|
Regeneron|organization|Regeneron Pharmaceuticals
Vertex Pharmaceuticals|organization|
Boston Scientific|organization|
Intuitive Surgical|organization|
Analog Devices|organization|
Micron Technology|organization|
Applied Materials|organization|
Lam Research|organization|
KLA Corporation|organization|
ServiceNow|organization|
Palo Alto Networks|organization|
Fortinet|organization|
Synopsys|organization|
Cadence Design Systems|organization|
Autodesk|organization|
Workday Inc|organization|
Palantir|organization|Palantir Technologies
Lyft|organization|
DoorDash|organization|
eBay|organization|
Etsy|organization|
Zoom Video Communications|organization|
Dropbox|organization|
Snap Inc|organization|
Pinterest|organization|
Electronic Arts|organization|
Activision Blizzard|organization|Activision
Take-Two Interactive|organization|
Warner Bros.|organization|Warner Bros;Warner Brothers;Warner Bros. Discovery
Paramount Global|organization|Paramount Pictures
Fox Corporation|organization|21st Century Fox;Fox Corp
News Corp|organization|News Corporation
Charter Communications|organization|
T-Mobile|organization|T-Mobile US
AT&T|organization|
Dish Network|organization|
Stellantis|organization|
Harley-Davidson|organization|
Rivian|organization|
Lucid Motors|organization|
Northrop Grumman|organization|
General Dynamics|organization|
L3Harris|organization|L3Harris Technologies
Textron|organization|
Huntington Ingalls Industries|organization|
FedEx|organization|
United Parcel Service|organization|
Delta Air Lines|organization|Delta Airlines
American Airlines|organization|
United Airlines|organization|
Southwest Airlines|organization|
JetBlue|organization|JetBlue Airways
Alaska Airlines|organization|
Spirit Airlines|organization|
Frontier Airlines|organization|
Hawaiian Airlines|organization|
Marriott International|organization|
Hilton Worldwide|organization|Hilton Hotels
Hyatt Hotels|organization|
Wyndham Hotels|organization|
Las Vegas Sands|organization|
MGM Resorts|organization|MGM Resorts International
Wynn Resorts|organization|
Caesars Entertainment|organization|
Carnival Corporation|organization|Carnival Corp
Royal Caribbean|organization|Royal Caribbean Cruises
Norwegian Cruise Line|organization|
Expedia|organization|
TripAdvisor|organization|
Yum! Brands|organization|Yum Brands
KFC|organization|
Domino's Pizza|organization|
Burger King|organization|
Pizza Hut|organization|
Taco Bell|organization|
Papa John's|organization|
Chipotle Mexican Grill|organization|
Darden Restaurants|organization|
Kraft Heinz|organization|
Mondelez|organization|Mondelez International
General Mills|organization|
Kellogg Company|organization|Kellanova
Hershey Company|organization|
Tyson Foods|organization|
Archer Daniels Midland|organization|ADM
Bunge|organization|
Cargill|organization|
Mars Inc|organization|Mars Incorporated
Colgate-Palmolive|organization|
Kimberly-Clark|organization|
Estée Lauder Companies|organization|Estee Lauder Companies
Anheuser-Busch InBev|organization|AB InBev;Anheuser-Busch
Molson Coors|organization|
Constellation Brands|organization|
Brown-Forman|organization|
Walgreens|organization|Walgreens Boots Alliance
Target Corporation|organization|
Kroger|organization|
Albertsons|organization|
Dollar General|organization|
Dollar Tree|organization|
Best Buy|organization|
Macy's|organization|
Nordstrom Inc|organization|
TJX Companies|organization|
Ross Stores|organization|
Publix|organization|
DuPont de Nemours|organization|
Corteva|organization|
Nucor|organization|
U.S. Steel|organization|United States Steel
Alcoa|organization|
Freeport-McMoRan|organization|
Newmont|organization|
Occidental Petroleum|organization|
Marathon Petroleum|organization|
Marathon Oil|organization|
Valero Energy|organization|
Phillips 66|organization|
EOG Resources|organization|
Schlumberger|organization|SLB
Baker Hughes|organization|
Kinder Morgan|organization|
Williams Companies|organization|
Cheniere Energy|organization|
Transocean|organization|
Chesapeake Energy|organization|
Devon Energy|organization|
Pioneer Natural Resources|organization|
Hess Corporation|organization|
Anadarko|organization|Anadarko Petroleum
Duke Energy|organization|
NextEra Energy|organization|NextEra
Southern Company|organization|
Dominion Energy|organization|
Exelon|organization|
Pacific Gas and Electric|organization|PG&E
Edison International|organization|
Southern California Edison|organization|
Consolidated Edison|organization|Con Edison
Entergy|organization|
FirstEnergy|organization|
American Electric Power|organization|
Xcel Energy|organization|
Sempra|organization|Sempra Energy
Capital One|organization|
U.S. Bancorp|organization|US Bancorp
PNC Financial Services|organization|PNC
Truist|organization|
American International Group|organization|AIG
MetLife|organization|
Prudential Financial|organization|
Travelers Companies|organization|
Allstate|organization|
Aflac|organization|
State Street Corporation|organization|
Bank of New York Mellon|organization|BNY Mellon
Northern Trust|organization|
Fannie Mae|organization|
Freddie Mac|organization|
Lehman Brothers|organization|
Bear Stearns|organization|
Merrill Lynch|organization|
Countrywide Financial|organization|
Washington Mutual|organization|
Wachovia|organization|
Fidelity Investments|organization|
Vanguard Group|organization|
Invesco|organization|
Franklin Templeton|organization|
KKR|organization|
Blackstone|organization|Blackstone Group
Carlyle Group|organization|
Apollo Global Management|organization|
TPG Capital|organization|
Bain Capital|organization|
Warburg Pincus|organization|
Cerberus Capital Management|organization|
Elliott Management|organization|
Pershing Square Capital Management|organization|
Icahn Enterprises|organization|
Bridgewater Associates|organization|
Renaissance Technologies|organization|
Two Sigma|organization|
Sequoia Capital|organization|
Andreessen Horowitz|organization|
Tiger Global Management|organization|
Moody's|organization|Moody's Investors Service
Fitch Ratings|organization|
Standard & Poor's|organization|
Nasdaq Inc|organization|
New York Stock Exchange|organization|NYSE
Intercontinental Exchange|organization|
CME Group|organization|
Cboe Global Markets|organization|
Discover Financial|organization|
Synchrony Financial|organization|
Ally Financial|organization|
Fiserv|organization|
Fidelity National Information Services|organization|
Western Union|organization|
MoneyGram|organization|
Coinbase|organization|
Robinhood|organization|Robinhood Markets
Johnson Controls|organization|
Emerson Electric|organization|
Illinois Tool Works|organization|
Eaton Corporation|organization|
Parker Hannifin|organization|
Cummins Inc|organization|
Paccar|organization|
Navistar|organization|
Waste Management Inc|organization|
Otis Worldwide|organization|Otis Elevator
Carrier Global|organization|
Trane Technologies|organization|
Rockwell Automation|organization|
Whirlpool Corporation|organization|
Xerox|organization|
Hewlett-Packard|organization|HP Inc;Hewlett Packard
Hewlett Packard Enterprise|organization|
Dell Technologies|organization|Dell Inc
Western Digital|organization|
Seagate|organization|Seagate Technology
Motorola|organization|Motorola Solutions
Corning Inc|organization|
Juniper Networks|organization|
Arista Networks|organization|
VMware|organization|
Twilio|organization|
CrowdStrike|organization|
Cloudflare|organization|
Datadog|organization|
MongoDB|organization|
Roblox|organization|
OpenAI|organization|
Anthropic|organization|
DeepMind|organization|Google DeepMind
Blue Origin|organization|
Anduril|organization|
Marvell Technology|organization|
GlobalFoundries|organization|
Jabil|organization|
HCA Healthcare|organization|
McKesson|organization|
AmerisourceBergen|organization|Cencora
Cardinal Health|organization|
Centene|organization|
Molina Healthcare|organization|
Biogen|organization|
Illumina|organization|
Baxter International|organization|
Becton Dickinson|organization|
Edwards Lifesciences|organization|
Zimmer Biomet|organization|
Quest Diagnostics|organization|
LabCorp|organization|
Purdue Pharma|organization|
Mallinckrodt|organization|
Allergan|organization|
Mylan|organization|
Viatris|organization|
Novavax|organization|
Perrigo|organization|
Bechtel|organization|
Fluor Corporation|organization|
Jacobs Engineering|organization|
AECOM|organization|
Lennar|organization|
D.R. Horton|organization|
PulteGroup|organization|
Toll Brothers|organization|
BNSF Railway|organization|BNSF
CSX|organization|
Norfolk Southern|organization|
Amtrak|organization|
Greyhound Lines|organization|
XPO Logistics|organization|
Instacart|organization|
Hertz Global|organization|
Avis Budget Group|organization|
Cognizant Technology Solutions|organization|
DXC Technology|organization|
ManpowerGroup|organization|
Omnicom|organization|
Interpublic Group|organization|
FactSet|organization|
MSCI|organization|
Equifax|organization|
TransUnion|organization|
Experian|organization|
Hasbro|organization|
Mattel|organization|
Clorox|organization|
Church & Dwight|organization|
Newell Brands|organization|
Stanley Black & Decker|organization|
Black & Decker|organization|
Tapestry Inc|organization|
Capri Holdings|organization|
Tiffany & Co.|organization|Tiffany & Co
Under Armour|organization|
Lululemon|organization|Lululemon Athletica
VF Corporation|organization|
Levi Strauss & Co.|organization|Levi Strauss & Co
Foot Locker|organization|
Skechers|organization|
Reebok|organization|
Sears Holdings|organization|
Kmart|organization|
J.C. Penney|organization|JCPenney
Rite Aid|organization|
Family Dollar|organization|
Bed Bath & Beyond|organization|
Neiman Marcus|organization|
Saks Fifth Avenue|organization|
Bloomingdale's|organization|
Dillard's|organization|
Sephora|organization|
Ulta Beauty|organization|
Victoria's Secret|organization|
Bath & Body Works|organization|
Abercrombie & Fitch|organization|
American Eagle Outfitters|organization|
Urban Outfitters|organization|
Williams-Sonoma|organization|
AutoZone|organization|
O'Reilly Automotive|organization|
CarMax|organization|
GameStop|organization|
Barnes & Noble|organization|
Office Depot|organization|
Wayfair|organization|
Zillow|organization|
Groupon|organization|
GoPro|organization|
Fitbit|organization|
Nortel|organization|
Research In Motion|organization|
Sun Microsystems|organization|
Compaq|organization|
Eastman Kodak|organization|Kodak
Atari|organization|
Cambridge Analytica|organization|
Theranos|organization|
FTX|organization|
Binance|organization|
Chick-fil-A|organization|
In-N-Out Burger|organization|
Epic Games|organization|
Valve Corporation|organization|
Riot Games|organization|
Rockstar Games|organization|
Monster Beverage|organization|
Keurig Dr Pepper|organization|
Smithfield Foods|organization|
Hormel Foods|organization|
Conagra Brands|organization|
Campbell Soup Company|organization|
McCormick & Company|organization|
Beyond Meat|organization|
Impossible Foods|organization|
Restaurant Brands International|organization|
Yum China|organization|
Aramark|organization|
SC Johnson|organization|
Bloomberg LP|organization|
Live Nation Entertainment|organization|Live Nation
Ticketmaster|organization|
Universal Music Group|organization|
Warner Music Group|organization|
Sony Music Entertainment|organization|Sony Music
Sony Pictures|organization|
Universal Pictures|organization|
Lionsgate|organization|
DreamWorks|organization|
Pixar|organization|
Marvel Studios|organization|Marvel Entertainment
Lucasfilm|organization|
Hulu|organization|
Roku|organization|
AMC Entertainment|organization|AMC Theatres
Imax|organization|
World Wrestling Entertainment|organization|WWE
Liberty Media|organization|
Creative Artists Agency|organization|
NBCUniversal|organization|
ViacomCBS|organization|Viacom
Six Flags|organization|
SeaWorld Entertainment|organization|
DraftKings|organization|
FanDuel|organization|
Spectrum Brands|organization|
Eastman Chemical|organization|
Celanese|organization|
Huntsman Corporation|organization|
LyondellBasell|organization|
Air Products|organization|Air Products and Chemicals
PPG Industries|organization|
Sherwin-Williams|organization|
CF Industries|organization|
Monsanto|organization|
International Flavors & Fragrances|organization|
Albemarle Corporation|organization|
MP Materials|organization|
Peabody Energy|organization|
Cleveland-Cliffs|organization|
Spirit AeroSystems|organization|
Pratt & Whitney|organization|
Sikorsky|organization|
Lordstown Motors|organization|
Chevrolet|organization|
Buick|organization|
Westinghouse Electric|organization|Westinghouse
Goodyear|organization|Goodyear Tire
Lear Corporation|organization|
BorgWarner|organization|
Aptiv|organization|
Wabtec|organization|
LinkedIn|organization|
Reddit|organization|
Tumblr|organization|
Quora|organization|
Myspace|organization|
Deloitte|organization|
PricewaterhouseCoopers|organization|PwC
Ernst & Young|organization|EY
KPMG|organization|
McKinsey & Company|organization|McKinsey
Boston Consulting Group|organization|
Bain & Company|organization|
Grant Thornton|organization|
Baker McKenzie|organization|
Kirkland & Ellis|organization|
Latham & Watkins|organization|
Skadden|organization|Skadden, Arps
DLA Piper|organization|
Rio Tinto|organization|
Glencore|organization|
Diageo|organization|
British American Tobacco|organization|
Reckitt|organization|Reckitt Benckiser
RELX|organization|Reed Elsevier
London Stock Exchange Group|organization|LSEG;London Stock Exchange
National Grid|organization|
NatWest|organization|NatWest Group
Royal Bank of Scotland|organization|RBS
Standard Chartered|organization|
Prudential plc|organization|
Legal & General|organization|
Aviva|organization|
BT Group|organization|
Marks & Spencer|organization|
Associated British Foods|organization|
Primark|organization|
Compass Group|organization|
BAE Systems|organization|
Imperial Brands|organization|Imperial Tobacco
Anglo American plc|organization|
InterContinental Hotels Group|organization|IHG
Whitbread|organization|
Burberry|organization|
Kingfisher plc|organization|
Taylor Wimpey|organization|
Barratt Developments|organization|Barratt Redrow
Berkeley Group|organization|
Bellway|organization|
Persimmon plc|organization|
Sage Group|organization|
Smiths Group|organization|
Smith & Nephew|organization|
Severn Trent|organization|
United Utilities|organization|
Centrica|organization|
Rentokil|organization|Rentokil Initial
Intertek|organization|
Croda|organization|
Informa|organization|
WPP|organization|
Pearson plc|organization|
Rightmove|organization|
Ocado|organization|
JD Sports|organization|
Entain|organization|
Flutter Entertainment|organization|
Paddy Power|organization|
Betfair|organization|
Ladbrokes|organization|
Bet365|organization|
888 Holdings|organization|
easyJet|organization|
International Airlines Group|organization|IAG
British Airways|organization|
Virgin Atlantic|organization|
Virgin Group|organization|
Virgin Media|organization|Virgin Media O2
Virgin Money|organization|
Virgin Trains|organization|
Jet2|organization|
Flybe|organization|
Melrose Industries|organization|
Hargreaves Lansdown|organization|
Schroders|organization|
Man Group|organization|
Baillie Gifford|organization|
3i Group|organization|
Admiral Group|organization|
Phoenix Group|organization|
Hiscox|organization|
Coca-Cola HBC|organization|
Mondi|organization|
Spirax-Sarco|organization|
Bunzl|organization|
Weir Group|organization|
Howden Joinery|organization|
Frasers Group|organization|Sports Direct
Haleon|organization|
Games Workshop|organization|
Morrisons|organization|
Asda|organization|
Waitrose|organization|
John Lewis Partnership|organization|
Greggs|organization|
JD Wetherspoon|organization|Wetherspoon;Wetherspoons
Royal Mail|organization|
Thames Water|organization|
Jaguar Land Rover|organization|JLR
Aston Martin|organization|
Arm Holdings|organization|
Deliveroo|organization|
Just Eat|organization|Just Eat Takeaway
Cadbury|organization|
Thomas Cook Group|organization|
British Steel|organization|
British Gas|organization|
Northern Rock|organization|
Santander UK|organization|
Nationwide Building Society|organization|
Coventry Building Society|organization|
Yorkshire Building Society|organization|
Co-operative Group|organization|
Specsavers|organization|
Superdry|organization|
Arcadia Group|organization|
Debenhams|organization|
Topshop|organization|
Poundland|organization|
Carillion|organization|
Octopus Energy|organization|
EDF Energy|organization|
Scottish Power|organization|
SSE plc|organization|
Ovo Energy|organization|
Capita plc|organization|
Serco|organization|
G4S|organization|
Mitie|organization|
Balfour Beatty|organization|
Kier Group|organization|
Laing O'Rourke|organization|
JCB|organization|
Dyson Ltd|organization|
Tate & Lyle|organization|
Premier Foods|organization|
Greencore|organization|
Warburtons|organization|
Currys|organization|Dixons Carphone
B&Q|organization|
Wickes|organization|
Screwfix|organization|
Dunelm|organization|
Halfords|organization|
WHSmith|organization|WH Smith
Waterstones|organization|
HMV|organization|
House of Fraser|organization|
Harrods|organization|
Selfridges|organization|
Fortnum & Mason|organization|
Poundstretcher|organization|
TK Maxx|organization|
TJ Maxx|organization|
Mitchells & Butlers|organization|
Costa Coffee|organization|
Pret A Manger|organization|
Travelodge|organization|
Premier Inn|organization|
Cunard|organization|
P&O Ferries|organization|
P&O Cruises|organization|
Stena Line|organization|
Eurotunnel|organization|Getlink
Eurostar|organization|
Network Rail|organization|
FirstGroup|organization|
Stagecoach Group|organization|
Go-Ahead Group|organization|
National Express|organization|
Arriva|organization|
Heathrow Airport Holdings|organization|
Lloyd's of London|organization|
RSA Insurance|organization|
Direct Line Group|organization|
Beazley plc|organization|
Abrdn|organization|
Clifford Chance|organization|
Linklaters|organization|
Allen & Overy|organization|
Freshfields|organization|Freshfields Bruckhaus Deringer
Slaughter and May|organization|
Herbert Smith Freehills|organization|
Darktrace|organization|
Autonomy Corporation|organization|
Revolut|organization|
Monzo|organization|
Starling Bank|organization|
Metro Bank|organization|
TSB|organization|TSB Bank
Bradford & Bingley|organization|
HBOS|organization|
Halifax Bank|organization|
Ryanair|organization|
Aer Lingus|organization|
CRH|organization|
Kerry Group|organization|
Smurfit Kappa|organization|Smurfit Westrock
Allied Irish Banks|organization|AIB
Bank of Ireland|organization|
Kingspan|organization|
Tullow Oil|organization|
Cairn Energy|organization|
Harbour Energy|organization|
Premier Oil|organization|
Johnson Matthey|organization|
Kantar|organization|
Gymshark|organization|
ASOS|organization|
Boohoo|organization|
Mulberry Group|organization|
Hays plc|organization|
Allianz|organization|
BASF|organization|
Beiersdorf|organization|
Brenntag|organization|
Commerzbank|organization|
Continental AG|organization|
Covestro|organization|
Daimler Truck|organization|
Deutsche Börse|organization|Deutsche Boerse
Deutsche Post|organization|Deutsche Post DHL;DHL
E.ON SE|organization|E.ON
Fresenius|organization|
Hannover Re|organization|
Heidelberg Materials|organization|HeidelbergCement
Henkel|organization|
Infineon|organization|Infineon Technologies
Merck KGaA|organization|
MTU Aero Engines|organization|
Munich Re|organization|
Porsche|organization|
Qiagen|organization|
Rheinmetall|organization|
RWE|organization|
SAP SE|organization|SAP
Sartorius|organization|
Siemens Energy|organization|
Siemens Healthineers|organization|
Siemens Gamesa|organization|
Symrise|organization|
Vonovia|organization|
Zalando|organization|
Robert Bosch GmbH|organization|Bosch
Aldi|organization|Aldi Nord;Aldi Süd;Aldi Sud
Lidl|organization|
Schwarz Group|organization|Schwarz Gruppe
Metro AG|organization|
Thyssenkrupp|organization|ThyssenKrupp
Lufthansa|organization|Deutsche Lufthansa
Deutsche Bahn|organization|
Audi|organization|
Opel|organization|
Uniper|organization|
TUI Group|organization|TUI
Hugo Boss|organization|
Puma SE|organization|
Wirecard|organization|
Bertelsmann|organization|
Axel Springer|organization|
Evonik|organization|
Lanxess|organization|
Knorr-Bremse|organization|
Hapag-Lloyd|organization|
Deutsche Wohnen|organization|
Edeka|organization|
Rewe|organization|
Otto Group|organization|
Dr. Oetker|organization|
Haribo|organization|
Miele|organization|
ZF Friedrichshafen|organization|
Boehringer Ingelheim|organization|
BioNTech|organization|
CureVac|organization|
Liebherr|organization|
Heraeus|organization|
Salzgitter AG|organization|
Hochtief|organization|
Sixt|organization|
Kuka|organization|
DB Schenker|organization|
Fraport|organization|
Traton|organization|
Vattenfall|organization|
GfK|organization|
OMV|organization|
Erste Group|organization|
Raiffeisen Bank International|organization|Raiffeisen
Red Bull|organization|Red Bull GmbH
Voestalpine|organization|
Strabag|organization|
ABB|organization|
Zurich Insurance Group|organization|Zurich Insurance
Swiss Re|organization|
Holcim|organization|LafargeHolcim
Richemont|organization|
Swatch Group|organization|
Lonza|organization|
Givaudan|organization|
Sika AG|organization|
Schindler Group|organization|
Syngenta|organization|
Logitech|organization|
Swisscom|organization|
Swiss Life|organization|
Partners Group|organization|
Geberit|organization|
Kuehne + Nagel|organization|Kuehne+Nagel
Adecco|organization|
Julius Baer|organization|
Vitol|organization|
Trafigura|organization|
Gunvor|organization|
Rolex|organization|
Swiss International Air Lines|organization|Swiss Air Lines
Lindt & Sprüngli|organization|Lindt
Barry Callebaut|organization|
Stadler Rail|organization|
Accor|organization|
Air Liquide|organization|
ArcelorMittal|organization|
AXA|organization|
BNP Paribas|organization|
Bouygues|organization|
Capgemini|organization|
Crédit Agricole|organization|Credit Agricole
Danone|organization|
Dassault Systèmes|organization|Dassault Systemes
Edenred|organization|
Engie|organization|
EssilorLuxottica|organization|Luxottica
Eurofins Scientific|organization|
Hermès|organization|Hermes International
Kering|organization|
L'Oréal|organization|L'Oreal
Legrand SA|organization|
LVMH|organization|Moët Hennessy Louis Vuitton
Michelin Group|organization|
Orange SA|organization|
Pernod Ricard|organization|
Publicis|organization|Publicis Groupe
Safran|organization|
Saint-Gobain|organization|
Sanofi|organization|
Schneider Electric|organization|
Société Générale|organization|Societe Generale;SocGen
STMicroelectronics|organization|
Teleperformance|organization|
Thales|organization|Thales Group
Unibail-Rodamco-Westfield|organization|
Veolia|organization|
Vinci SA|organization|
Vivendi|organization|
Alstom|organization|
Électricité de France|organization|EDF;Electricite de France
Air France-KLM|organization|Air France
KLM|organization|
Lagardère|organization|Lagardere
Christian Dior|organization|
Citroën|organization|Citroen
SNCF|organization|
Orano|organization|
Areva|organization|
Atos|organization|
Ubisoft|organization|
Auchan|organization|
Intermarché|organization|
Sodexo|organization|
Vallourec|organization|
Naval Group|organization|
Dassault Aviation|organization|
Lactalis|organization|
Natixis|organization|
Arkema|organization|
Valeo|organization|
Faurecia|organization|Forvia
Europcar|organization|
Havas|organization|
Mazars|organization|
Rémy Cointreau|organization|Remy Cointreau
Iveco|organization|
Euronext|organization|
MBDA|organization|
Aéroports de Paris|organization|Groupe ADP
KBC|organization|KBC Group
Solvay|organization|
Umicore|organization|
Proximus|organization|
Ageas|organization|
Delhaize|organization|
Dexia|organization|
Fortis|organization|
RTL Group|organization|
ASML|organization|
Heineken|organization|
ING Group|organization|ING
ABN AMRO|organization|
Rabobank|organization|
Aegon|organization|
NN Group|organization|
Wolters Kluwer|organization|
AkzoNobel|organization|Akzo Nobel
DSM-Firmenich|organization|
KPN|organization|
Ahold Delhaize|organization|Albert Heijn
Prosus|organization|
Adyen|organization|
TomTom|organization|
Exor|organization|
NXP Semiconductors|organization|NXP
Royal Philips|organization|Philips
PostNL|organization|
FrieslandCampina|organization|
Abellio|organization|
Novo Nordisk|organization|
A.P. Moller-Maersk|organization|Maersk
Carlsberg|organization|
Vestas|organization|
Ørsted|organization|Orsted
Danske Bank|organization|
DSV|organization|
Coloplast|organization|
Lego Group|organization|
Equinor|organization|Statoil
Norsk Hydro|organization|
Telenor|organization|
DNB|organization|DNB Bank
Yara International|organization|
Aker BP|organization|
Kongsberg Gruppen|organization|
Norges Bank Investment Management|organization|
Volvo|organization|Volvo Group
Volvo Cars|organization|
Saab|organization|
Scania AB|organization|
Hennes & Mauritz|organization|
Spotify|organization|
Atlas Copco|organization|
Sandvik|organization|
SKF|organization|
Electrolux|organization|
Investor AB|organization|
Securitas|organization|
Skanska|organization|
Swedbank|organization|
Handelsbanken|organization|
Skandinaviska Enskilda Banken|organization|SEB
Nordea|organization|
Kone|organization|
UPM|organization|
Stora Enso|organization|
Neste|organization|
Fortum|organization|
Wärtsilä|organization|Wartsila
Finnair|organization|
Scandinavian Airlines|organization|
Norwegian Air Shuttle|organization|Norwegian Air
Klarna|organization|
Northvolt|organization|
Novozymes|organization|
Essity|organization|
Assa Abloy|organization|
Alfa Laval|organization|
Epiroc|organization|
Kinnevik|organization|
Tele2|organization|
Telia|organization|Telia Company
Swedish Match|organization|
SSAB|organization|
Outokumpu|organization|
Arla Foods|organization|
ISS A/S|organization|
Husqvarna|organization|
Supercell|organization|
Rovio|organization|
Iberdrola|organization|
Repsol|organization|
Telefónica|organization|Telefonica
Banco Santander|organization|
BBVA|organization|
CaixaBank|organization|
Inditex|organization|
Mapfre|organization|
Ferrovial|organization|
Acciona|organization|
Endesa|organization|
Naturgy|organization|
Aena|organization|
Amadeus IT Group|organization|
Grifols|organization|
Mercadona|organization|
El Corte Inglés|organization|El Corte Ingles
Iberia Airlines|organization|
Abengoa|organization|
Abertis|organization|
Eni|organization|
Enel|organization|
Intesa Sanpaolo|organization|
UniCredit|organization|
Generali|organization|Assicurazioni Generali
Ferrari|organization|
Pirelli|organization|
Leonardo SpA|organization|
Fincantieri|organization|
Telecom Italia|organization|
Mediobanca|organization|
Monte dei Paschi|organization|Monte dei Paschi di Siena;Banca Monte dei Paschi di Siena
Banco BPM|organization|
Poste Italiane|organization|
Prada|organization|
Gucci|organization|
Moncler|organization|
Campari|organization|
Barilla|organization|
Ferrero|organization|
Benetton Group|organization|
Atlantia|organization|
Autostrade per l'Italia|organization|
Snam|organization|
Saipem|organization|
Prysmian|organization|
Alitalia|organization|
ITA Airways|organization|
Lamborghini|organization|
Maserati|organization|
Ducati|organization|
Piaggio|organization|
Lavazza|organization|
Mediaset|organization|
Alfa Romeo|organization|
Lancia|organization|
Energias de Portugal|organization|EDP
Galp|organization|Galp Energia
Jerónimo Martins|organization|Jeronimo Martins
TAP Air Portugal|organization|
Millennium BCP|organization|Banco Comercial Português
Banco Espírito Santo|organization|Banco Espirito Santo
Aegean Airlines|organization|
Piraeus Bank|organization|
Eurobank|organization|
National Bank of Greece|organization|
Alpha Bank|organization|
OPAP|organization|
PKN Orlen|organization|Orlen
PKO Bank Polski|organization|
PZU|organization|
LOT Polish Airlines|organization|
CD Projekt|organization|
CEZ|organization|CEZ Group
Škoda Auto|organization|Skoda;Škoda
Sberbank|organization|
VTB|organization|VTB Bank
Gazprombank|organization|
Alfa-Bank|organization|
Novatek|organization|
Norilsk Nickel|organization|Nornickel
Rusal|organization|
Severstal|organization|
Yandex|organization|
Kaspersky Lab|organization|Kaspersky
Rosatom|organization|
Rostec|organization|
Alrosa|organization|
Surgutneftegas|organization|
Transneft|organization|
Mechel|organization|
Magnit|organization|
MegaFon|organization|
Aeroflot|organization|
Polymetal|organization|
Polyus|organization|
Almaz-Antey|organization|
Sukhoi|organization|
Wagner Group|organization|
Naftogaz|organization|
Turkish Airlines|organization|
Koç Holding|organization|Koc Holding
Sabancı Holding|organization|Sabanci Holding
Turkcell|organization|
Garanti BBVA|organization|
Teva|organization|Teva Pharmaceutical
Check Point Software|organization|
Elbit Systems|organization|
Israel Aerospace Industries|organization|
Rafael Advanced Defense Systems|organization|
Mobileye|organization|
Wix.com|organization|
NSO Group|organization|
Mitsubishi|organization|Mitsubishi Corporation
Mitsubishi UFJ Financial Group|organization|MUFG
Mitsui & Co|organization|Mitsui
Sumitomo Mitsui Financial Group|organization|SMBC
Sumitomo Corporation|organization|Sumitomo
Mizuho|organization|Mizuho Financial Group
Nomura Holdings|organization|
Daiwa Securities|organization|
SoftBank|organization|SoftBank Group
Hitachi|organization|
Toshiba|organization|
Panasonic|organization|
Sharp Corporation|organization|
Canon Inc|organization|
Nikon|organization|
Fujitsu|organization|
Fujifilm|organization|
NEC Corporation|organization|
Nintendo|organization|
Sega|organization|
Bandai Namco|organization|
Square Enix|organization|
Konami|organization|
Capcom|organization|
Mazda|organization|
Subaru|organization|
Suzuki Motor|organization|
Mitsubishi Motors|organization|
Yamaha|organization|
Kawasaki Heavy Industries|organization|
Denso|organization|
Bridgestone|organization|
Komatsu Ltd|organization|
Kubota Corporation|organization|
Daikin|organization|
Keyence|organization|
Fanuc|organization|
Tokyo Electron|organization|
Shin-Etsu Chemical|organization|
Murata Manufacturing|organization|
Kyocera|organization|
Recruit Holdings|organization|
Fast Retailing|organization|
Uniqlo|organization|
Seven & i Holdings|organization|
Takeda Pharmaceutical|organization|
Astellas|organization|Astellas Pharma
Daiichi Sankyo|organization|
Chugai Pharmaceutical|organization|
Eisai|organization|
Otsuka Holdings|organization|
Shiseido|organization|
Kao Corporation|organization|
Asahi Group|organization|
Kirin|organization|Kirin Holdings
Suntory|organization|
Japan Tobacco|organization|
Nippon Telegraph and Telephone|organization|NTT
NTT Data|organization|
KDDI|organization|
Tokyo Electric Power|organization|Tepco
Kansai Electric Power|organization|
Japan Airlines|organization|JAL
All Nippon Airways|organization|
Nippon Steel|organization|
JFE Holdings|organization|
Marubeni|organization|
Itochu|organization|
Orix|organization|
Dai-ichi Life|organization|
Nippon Life|organization|
Tokio Marine|organization|
Rakuten|organization|
Olympus Corporation|organization|
Ricoh|organization|
Isuzu|organization|
Hino Motors|organization|
Nidec|organization|
Advantest|organization|
Renesas|organization|Renesas Electronics
Lixil|organization|
Sekisui House|organization|
Daiwa House|organization|
Mitsubishi Heavy Industries|organization|
Mitsubishi Electric|organization|
Mitsubishi Chemical|organization|
Sumitomo Chemical|organization|
Toray|organization|Toray Industries
Kobe Steel|organization|
Unicharm|organization|
Terumo|organization|
Dentsu|organization|
Yaskawa Electric|organization|
Japan Exchange Group|organization|
Hyundai|organization|Hyundai Motor
Kia|organization|Kia Motors
LG Electronics|organization|
LG Chem|organization|
LG Group|organization|
SK Hynix|organization|
SK Group|organization|
SK Telecom|organization|
Posco|organization|
Lotte Group|organization|
Hanwha|organization|
Doosan|organization|
Naver|organization|
Kakao|organization|
Celltrion|organization|
Samsung Biologics|organization|
Samsung Life|organization|
Samsung C&T|organization|
Korean Air|organization|
Asiana Airlines|organization|
Coupang|organization|
Hyundai Heavy Industries|organization|HD Hyundai
Daewoo|organization|
Shinhan Financial Group|organization|
KB Financial Group|organization|
Hana Financial Group|organization|
Korea Electric Power Corporation|organization|KEPCO
Industrial and Commercial Bank of China|organization|ICBC
China Construction Bank|organization|
Agricultural Bank of China|organization|
Bank of China|organization|
Bank of Communications|organization|
China Merchants Bank|organization|
Ping An|organization|Ping An Insurance
China Life Insurance|organization|
PetroChina|organization|
Sinopec|organization|
CNOOC|organization|
China National Petroleum Corporation|organization|CNPC
State Grid Corporation of China|organization|State Grid
China Mobile|organization|
China Telecom|organization|
China Unicom|organization|
ZTE|organization|
Xiaomi|organization|
Lenovo|organization|
BYD|organization|
Geely|organization|
SAIC Motor|organization|
Great Wall Motor|organization|
Nio|organization|
XPeng|organization|
Contemporary Amperex Technology|organization|CATL
JD.com|organization|
Pinduoduo|organization|PDD Holdings
Meituan|organization|
ByteDance|organization|
TikTok|organization|
NetEase|organization|
Kuaishou|organization|
Didi Chuxing|organization|
Ant Group|organization|Ant Financial
Haier|organization|
Midea|organization|
Gree Electric|organization|
Kweichow Moutai|organization|
China Evergrande|organization|Evergrande
Country Garden Holdings|organization|
China Vanke|organization|Vanke
Sunac|organization|
Dalian Wanda|organization|Wanda Group
Fosun|organization|Fosun International
Anbang|organization|
HNA Group|organization|
COSCO|organization|COSCO Shipping
China Railway Group|organization|
CRRC|organization|
China State Construction Engineering|organization|
Sinochem|organization|
ChemChina|organization|
China Shenhua|organization|
CITIC|organization|CITIC Group
Air China|organization|
China Southern Airlines|organization|
China Eastern Airlines|organization|
Commercial Aircraft Corporation of China|organization|COMAC
Aviation Industry Corporation of China|organization|AVIC
Norinco|organization|
Semiconductor Manufacturing International Corporation|organization|SMIC
Hikvision|organization|
DJI|organization|
Shein|organization|
Temu|organization|
Anta Sports|organization|
China Baowu Steel Group|organization|Baowu
Zijin Mining|organization|
Ganfeng Lithium|organization|
Tianqi Lithium|organization|
Sany Heavy Industry|organization|
Zoomlion|organization|
Sinovac|organization|
Sinopharm|organization|
WH Group|organization|
Tsingtao Brewery|organization|
China Investment Corporation|organization|
Jardine Matheson|organization|
Swire Group|organization|
CK Hutchison|organization|
Cathay Pacific|organization|
AIA Group|organization|
Hang Seng Bank|organization|
Sun Hung Kai Properties|organization|
Li & Fung|organization|
MTR Corporation|organization|
Hong Kong Exchanges and Clearing|organization|
Galaxy Entertainment|organization|
Sands China|organization|
Taiwan Semiconductor Manufacturing Company|organization|TSMC
Foxconn|organization|Hon Hai
MediaTek|organization|
Asus|organization|
Acer|organization|
HTC|organization|
Evergreen Marine|organization|
Yang Ming|organization|
Formosa Plastics|organization|
Pegatron|organization|
Quanta Computer|organization|
Wistron|organization|
Reliance Industries|organization|
Tata Group|organization|Tata Sons
Tata Motors|organization|
Tata Steel|organization|
Tata Consultancy Services|organization|TCS
Infosys|organization|
Wipro|organization|
HCL Technologies|organization|
Tech Mahindra|organization|
Mahindra & Mahindra|organization|
HDFC Bank|organization|HDFC
ICICI Bank|organization|ICICI
State Bank of India|organization|
Axis Bank|organization|
Kotak Mahindra Bank|organization|
Bajaj Auto|organization|
Bajaj Finance|organization|
Adani Group|organization|
Adani Enterprises|organization|
Larsen & Toubro|organization|
Bharti Airtel|organization|Airtel
Hindustan Unilever|organization|
Maruti Suzuki|organization|
Oil and Natural Gas Corporation|organization|ONGC
Indian Oil Corporation|organization|
NTPC|organization|
Coal India|organization|
Sun Pharmaceutical|organization|Sun Pharma
Dr. Reddy's Laboratories|organization|
Cipla|organization|
Asian Paints|organization|
UltraTech Cement|organization|
Vedanta Resources|organization|
JSW Steel|organization|
Hero MotoCorp|organization|
Paytm|organization|
Flipkart|organization|
Zomato|organization|
Swiggy|organization|
Byju's|organization|
Reliance Jio|organization|Jio
Air India|organization|
Jet Airways|organization|
Kingfisher Airlines|organization|
Godrej Group|organization|
Bharat Petroleum|organization|
Hindustan Aeronautics|organization|
Aditya Birla Group|organization|
Serum Institute of India|organization|
Bharat Biotech|organization|
Vodafone Idea|organization|
Royal Bank of Canada|organization|RBC
Toronto-Dominion Bank|organization|TD Bank
Bank of Nova Scotia|organization|Scotiabank
Bank of Montreal|organization|BMO
Canadian Imperial Bank of Commerce|organization|CIBC
Manulife|organization|
Sun Life Financial|organization|
Brookfield Asset Management|organization|
Enbridge|organization|
TC Energy|organization|TransCanada
Suncor|organization|Suncor Energy
Canadian Natural Resources|organization|
Cenovus|organization|
Imperial Oil|organization|
Husky Energy|organization|
Canadian National Railway|organization|
Canadian Pacific Kansas City|organization|Canadian Pacific
Shopify|organization|
Thomson Reuters|organization|
BCE Inc|organization|Bell Canada
Rogers Communications|organization|
Telus|organization|
Magna International|organization|
Bombardier Inc|organization|
Nutrien|organization|
Barrick Gold|organization|
Teck Resources|organization|
First Quantum Minerals|organization|
Alimentation Couche-Tard|organization|Couche-Tard
Loblaw|organization|
Canadian Tire|organization|
Air Canada|organization|
WestJet|organization|
SNC-Lavalin|organization|
Tim Hortons|organization|
Power Corporation of Canada|organization|
Fairfax Financial|organization|
Great-West Lifeco|organization|
Cameco|organization|
Hydro-Québec|organization|Hydro-Quebec
Kinross Gold|organization|
Agnico Eagle|organization|
Onex|organization|
BHP|organization|
Commonwealth Bank|organization|Commonwealth Bank of Australia
Westpac|organization|
ANZ|organization|Australia and New Zealand Banking Group
National Australia Bank|organization|
Macquarie Group|organization|
CSL|organization|
Wesfarmers|organization|
Woolworths|organization|Woolworths Group
Telstra|organization|
Fortescue Metals Group|organization|
Woodside Energy|organization|
Santos Ltd|organization|
Qantas|organization|
Virgin Australia|organization|
Transurban|organization|
Goodman Group|organization|
Newcrest Mining|organization|
South32|organization|
Origin Energy|organization|
AGL Energy|organization|
Amcor|organization|
Aristocrat Leisure|organization|
Atlassian|organization|
Canva|organization|
Afterpay|organization|
Crown Resorts|organization|
Lendlease|organization|
Scentre Group|organization|
QBE Insurance|organization|
Suncorp|organization|
Insurance Australia Group|organization|
Orica|organization|
Ramsay Health Care|organization|
Treasury Wine Estates|organization|
Lynas|organization|
Xero|organization|
Fonterra|organization|
Air New Zealand|organization|
Optus|organization|
Petrobras|organization|
Vale SA|organization|
Itaú Unibanco|organization|Itau Unibanco
Bradesco|organization|
Banco do Brasil|organization|
Ambev|organization|
JBS|organization|
BRF|organization|
Embraer|organization|
Eletrobras|organization|
Gerdau|organization|
Magazine Luiza|organization|
Odebrecht|organization|Novonor
Braskem|organization|
Cosan|organization|
Nubank|organization|
Marfrig|organization|
Raízen|organization|Raizen
Pemex|organization|Petróleos Mexicanos;Petroleos Mexicanos
América Movil|organization|America Movil
Telmex|organization|
Cemex|organization|
Grupo Bimbo|organization|
Femsa|organization|
Grupo México|organization|Grupo Mexico
Grupo Televisa|organization|
Aeroméxico|organization|Aeromexico
YPF|organization|
Codelco|organization|
SQM|organization|
LATAM Airlines|organization|
MercadoLibre|organization|Mercado Libre
Avianca|organization|
Ecopetrol|organization|
SABIC|organization|Saudi Basic Industries
Etihad Airways|organization|
Emirates Airline|organization|
Qatar Airways|organization|
QatarEnergy|organization|Qatar Petroleum
Abu Dhabi National Oil Company|organization|ADNOC
Kuwait Petroleum Corporation|organization|
National Iranian Oil Company|organization|
Emirates NBD|organization|
DP World|organization|
Etisalat|organization|
Mubadala|organization|
Public Investment Fund|organization|
Qatar Investment Authority|organization|
Abu Dhabi Investment Authority|organization|
Saudi Telecom|organization|
Almarai|organization|
Royal Jordanian|organization|
EgyptAir|organization|
Sasol|organization|
Naspers|organization|
MTN Group|organization|
De Beers|organization|
Standard Bank|organization|
Shoprite|organization|
Vodacom|organization|
Eskom|organization|
Sibanye-Stillwater|organization|
Gold Fields|organization|
AngloGold Ashanti|organization|
Impala Platinum|organization|
Anglo American Platinum|organization|
South African Airways|organization|
Dangote Group|organization|Dangote Cement
Safaricom|organization|
Ethiopian Airlines|organization|
Kenya Airways|organization|
Sonatrach|organization|
Sonangol|organization|
Nigerian National Petroleum Corporation|organization|NNPC
Kazatomprom|organization|
Singapore Airlines|organization|
DBS Bank|organization|DBS Group
OCBC|organization|OCBC Bank
United Overseas Bank|organization|UOB
Singtel|organization|
Grab Holdings|organization|
Sea Limited|organization|
Temasek|organization|Temasek Holdings
Wilmar International|organization|
Olam|organization|Olam International
Petronas|organization|
Malaysia Airlines|organization|
AirAsia|organization|
Maybank|organization|
Sime Darby|organization|
1MDB|organization|
Genting Group|organization|
Charoen Pokphand|organization|CP Group
Thai Airways|organization|
Garuda Indonesia|organization|
Pertamina|organization|
Gojek|organization|
Tokopedia|organization|
Bank Central Asia|organization|
Astra International|organization|
Jollibee|organization|Jollibee Foods
San Miguel Corporation|organization|
Ayala Corporation|organization|
Vingroup|organization|
VinFast|organization|
Viettel|organization|
Philippine Airlines|organization|
Vietnam Airlines|organization|
"""#
}
