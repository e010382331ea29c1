// Sports clubs that news names without saying what they are ("Bayern Munich beat Hertha Berlin 2-1", "the
// Texas Rangers won"): without a list a club is typed as a person or cut to its city. Facts: the leagues'
// published club lists for the 2024-25 season (and clubs of the same divisions in recent seasons): the
// English Premier League, EFL Championship, League One and League Two; the Scottish Premiership and
// Championship; LaLiga, Serie A, the Bundesliga, Ligue 1, the Eredivisie and the Primeira Liga; a few other
// European clubs often in the news (from the UEFA club lists); and the teams of the NFL, NBA, MLB, NHL and
// MLS, by full name.
//
// Left out on purpose: a one-word club name that is a city or town ("Liverpool", "Chelsea", "Everton",
// "Dortmund", "Porto"): a city is a place in most news, so such a club is listed only in its full form;
// nicknames that are ordinary words ("Rangers", "Giants", "Jets", "Kings", "Senators", "Hearts", "Wolves",
// "Spurs"); a full name that is also a place, a work or another body ("Ross County" in Ohio, "Colorado
// Rockies" the mountains, "Queen of the South" the series). Nicknames listed ("Yankees", "Dodgers",
// "Celtics") are no ordinary word, or are only the team when capitalised.
//
// One club per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let sportsClubsData = #"""
Manchester United|organization|Man United;Man Utd
Manchester City|organization|Man City
Aston Villa|organization|
Tottenham Hotspur|organization|
Newcastle United|organization|
West Ham United|organization|West Ham
Crystal Palace|organization|
Brighton & Hove Albion|organization|Brighton and Hove Albion
Nottingham Forest|organization|
Wolverhampton Wanderers|organization|
Leicester City|organization|
Ipswich Town|organization|
AFC Bournemouth|organization|
Leeds United|organization|
Sheffield United|organization|
Sheffield Wednesday|organization|
Norwich City|organization|
Stoke City|organization|
Swansea City|organization|
Cardiff City|organization|
Hull City|organization|
Coventry City|organization|
Birmingham City|organization|
West Bromwich Albion|organization|West Brom
Queens Park Rangers|organization|QPR
Blackburn Rovers|organization|
Bristol City|organization|
Bristol Rovers|organization|
Preston North End|organization|
Derby County|organization|
Plymouth Argyle|organization|
Luton Town|organization|
Oxford United|organization|
Cambridge United|organization|
Charlton Athletic|organization|
Huddersfield Town|organization|
Bolton Wanderers|organization|
Wigan Athletic|organization|
Peterborough United|organization|
Stockport County|organization|
Wycombe Wanderers|organization|
Exeter City|organization|
Lincoln City|organization|
Mansfield Town|organization|
Northampton Town|organization|
Rotherham United|organization|
Shrewsbury Town|organization|
Burton Albion|organization|
Crawley Town|organization|
Leyton Orient|organization|
Wrexham AFC|organization|
Cheltenham Town|organization|
Port Vale|organization|
Milton Keynes Dons|organization|MK Dons
Doncaster Rovers|organization|
Crewe Alexandra|organization|
Notts County|organization|
Grimsby Town|organization|
Colchester United|organization|
Swindon Town|organization|
Tranmere Rovers|organization|
Accrington Stanley|organization|
Harrogate Town|organization|
Bradford City|organization|
Carlisle United|organization|
Newport County AFC|organization|
Salford City|organization|
Fleetwood Town|organization|
Barrow AFC|organization|
Forest Green Rovers|organization|
Sutton United|organization|
AFC Wimbledon|organization|
Hartlepool United|organization|
Scunthorpe United|organization|
Southend United|organization|
Oldham Athletic|organization|
Yeovil Town|organization|
Torquay United|organization|
Dagenham & Redbridge|organization|
Glasgow Celtic|organization|Celtic FC
Glasgow Rangers|organization|Rangers FC
Heart of Midlothian|organization|
Dundee United|organization|
St Mirren|organization|
St Johnstone|organization|
Inverness Caledonian Thistle|organization|Inverness CT
Partick Thistle|organization|
Hamilton Academical|organization|
Raith Rovers|organization|
Dunfermline Athletic|organization|
Greenock Morton|organization|
Ayr United|organization|
Real Madrid|organization|
FC Barcelona|organization|Barça;Barca
Atlético Madrid|organization|Atletico Madrid;Atlético de Madrid;Atletico de Madrid
Athletic Bilbao|organization|Athletic Club
Real Sociedad|organization|
Real Betis|organization|Betis
Sevilla FC|organization|
Villarreal CF|organization|
Valencia CF|organization|
Celta Vigo|organization|Celta de Vigo
Deportivo La Coruña|organization|Deportivo La Coruna;Deportivo de La Coruña
Espanyol|organization|RCD Espanyol
Osasuna|organization|CA Osasuna
Rayo Vallecano|organization|
Real Mallorca|organization|RCD Mallorca
UD Las Palmas|organization|
Deportivo Alavés|organization|Deportivo Alaves;Alavés;Alaves
Girona FC|organization|
Real Valladolid|organization|
Granada CF|organization|
Cádiz CF|organization|Cadiz CF
Elche CF|organization|
Levante UD|organization|
Real Zaragoza|organization|
Sporting Gijón|organization|Sporting Gijon
Racing Santander|organization|
Getafe CF|organization|
CD Leganés|organization|CD Leganes
Juventus|organization|
Inter Milan|organization|Internazionale
AC Milan|organization|
AS Roma|organization|
SS Lazio|organization|
SSC Napoli|organization|
Atalanta BC|organization|
Fiorentina|organization|ACF Fiorentina
Torino FC|organization|
Sampdoria|organization|
Genoa CFC|organization|
Udinese|organization|
Bologna FC|organization|
US Sassuolo|organization|
Hellas Verona|organization|
Cagliari Calcio|organization|
Empoli FC|organization|
US Lecce|organization|
AC Monza|organization|
Salernitana|organization|
Spezia Calcio|organization|
Venezia FC|organization|
Parma Calcio|organization|
Como 1907|organization|
Chievo Verona|organization|
Cremonese|organization|
Bayern Munich|organization|Bayern München;Bayern Munchen;FC Bayern;Bayern
Borussia Dortmund|organization|BVB
RB Leipzig|organization|
Bayer Leverkusen|organization|Bayer 04 Leverkusen
Eintracht Frankfurt|organization|
VfB Stuttgart|organization|
VfL Wolfsburg|organization|
Borussia Mönchengladbach|organization|Borussia Monchengladbach;Borussia Moenchengladbach
SC Freiburg|organization|
TSG Hoffenheim|organization|
Werder Bremen|organization|
FC Augsburg|organization|
Union Berlin|organization|
Hertha Berlin|organization|Hertha BSC
FC Köln|organization|FC Koln;FC Cologne
Mainz 05|organization|FSV Mainz
Schalke 04|organization|Schalke
Hamburger SV|organization|Hamburg SV
VfL Bochum|organization|
FC Heidenheim|organization|
Holstein Kiel|organization|
FC St. Pauli|organization|St. Pauli;St Pauli
Darmstadt 98|organization|
Fortuna Düsseldorf|organization|Fortuna Dusseldorf
Hannover 96|organization|
1860 Munich|organization|TSV 1860 Munich;TSV 1860 München
FC Kaiserslautern|organization|
FC Nürnberg|organization|FC Nurnberg
Arminia Bielefeld|organization|
Dynamo Dresden|organization|
Karlsruher SC|organization|
MSV Duisburg|organization|
Hansa Rostock|organization|
Eintracht Braunschweig|organization|
Paris Saint-Germain|organization|PSG;Paris St Germain;Paris St-Germain;Paris SG
Olympique de Marseille|organization|Olympique Marseille
Olympique Lyonnais|organization|Olympique Lyon
AS Monaco|organization|
Lille OSC|organization|LOSC
Stade Rennais|organization|
OGC Nice|organization|
RC Lens|organization|
Stade de Reims|organization|
Montpellier HSC|organization|
RC Strasbourg|organization|
FC Nantes|organization|
Toulouse FC|organization|
Stade Brestois|organization|
AJ Auxerre|organization|
Le Havre AC|organization|
Angers SCO|organization|
AS Saint-Étienne|organization|AS Saint-Etienne
Girondins de Bordeaux|organization|
FC Lorient|organization|
FC Metz|organization|
Clermont Foot|organization|
ES Troyes AC|organization|
AC Ajaccio|organization|
SM Caen|organization|
Nîmes Olympique|organization|Nimes Olympique
EA Guingamp|organization|
Ajax Amsterdam|organization|AFC Ajax
PSV Eindhoven|organization|PSV
Feyenoord|organization|
AZ Alkmaar|organization|
FC Twente|organization|
FC Utrecht|organization|
Vitesse Arnhem|organization|
SC Heerenveen|organization|
FC Groningen|organization|
Sparta Rotterdam|organization|
NEC Nijmegen|organization|
Go Ahead Eagles|organization|
Heracles Almelo|organization|
Fortuna Sittard|organization|
PEC Zwolle|organization|
Willem II Tilburg|organization|
RKC Waalwijk|organization|
Almere City|organization|
NAC Breda|organization|
FC Volendam|organization|
Excelsior Rotterdam|organization|
ADO Den Haag|organization|
Roda JC|organization|
Benfica|organization|SL Benfica
FC Porto|organization|
Sporting CP|organization|Sporting Lisbon;Sporting Clube de Portugal
SC Braga|organization|
Vitória Guimarães|organization|Vitoria Guimaraes
Boavista FC|organization|
Rio Ave|organization|
Gil Vicente FC|organization|
Moreirense|organization|
FC Famalicão|organization|FC Famalicao
Estoril Praia|organization|
Casa Pia|organization|
Portimonense|organization|
CS Marítimo|organization|CS Maritimo
Paços de Ferreira|organization|Pacos de Ferreira
Spartak Moscow|organization|
CSKA Moscow|organization|
Lokomotiv Moscow|organization|
Dynamo Moscow|organization|
Zenit St Petersburg|organization|Zenit St. Petersburg;Zenit Saint Petersburg
Dynamo Kyiv|organization|Dynamo Kiev
Shakhtar Donetsk|organization|
Galatasaray|organization|
Fenerbahçe|organization|Fenerbahce
Beşiktaş|organization|Besiktas
Olympiacos|organization|
Panathinaikos|organization|
Red Star Belgrade|organization|
Partizan Belgrade|organization|
RSC Anderlecht|organization|
Club Brugge|organization|
Red Bull Salzburg|organization|
Rapid Vienna|organization|
Austria Vienna|organization|
FC Basel|organization|
BSC Young Boys|organization|
FC Copenhagen|organization|
Dinamo Zagreb|organization|
Sparta Prague|organization|
Slavia Prague|organization|
Legia Warsaw|organization|
Steaua Bucharest|organization|FCSB
Arizona Cardinals|organization|
Atlanta Falcons|organization|
Baltimore Ravens|organization|
Buffalo Bills|organization|
Carolina Panthers|organization|
Chicago Bears|organization|
Cincinnati Bengals|organization|Bengals
Cleveland Browns|organization|
Dallas Cowboys|organization|
Denver Broncos|organization|
Detroit Lions|organization|
Green Bay Packers|organization|
Houston Texans|organization|
Indianapolis Colts|organization|
Jacksonville Jaguars|organization|
Kansas City Chiefs|organization|
Las Vegas Raiders|organization|Oakland Raiders
Los Angeles Chargers|organization|San Diego Chargers
Los Angeles Rams|organization|St. Louis Rams
Miami Dolphins|organization|
Minnesota Vikings|organization|
New England Patriots|organization|
New Orleans Saints|organization|
New York Giants|organization|
New York Jets|organization|
Philadelphia Eagles|organization|
Pittsburgh Steelers|organization|Steelers
San Francisco 49ers|organization|49ers
Seattle Seahawks|organization|Seahawks
Tampa Bay Buccaneers|organization|
Tennessee Titans|organization|
Washington Commanders|organization|Washington Redskins
Atlanta Hawks|organization|
Boston Celtics|organization|Celtics
Brooklyn Nets|organization|
Charlotte Hornets|organization|
Chicago Bulls|organization|
Cleveland Cavaliers|organization|
Dallas Mavericks|organization|
Denver Nuggets|organization|
Detroit Pistons|organization|
Golden State Warriors|organization|
Houston Rockets|organization|
Indiana Pacers|organization|
Los Angeles Clippers|organization|LA Clippers
Los Angeles Lakers|organization|LA Lakers;Lakers
Memphis Grizzlies|organization|
Miami Heat|organization|
Milwaukee Bucks|organization|
Minnesota Timberwolves|organization|
New Orleans Pelicans|organization|
New York Knicks|organization|Knicks
Oklahoma City Thunder|organization|
Orlando Magic|organization|
Philadelphia 76ers|organization|76ers;Sixers
Phoenix Suns|organization|
Portland Trail Blazers|organization|
Sacramento Kings|organization|
San Antonio Spurs|organization|
Toronto Raptors|organization|
Utah Jazz|organization|
Washington Wizards|organization|
Arizona Diamondbacks|organization|Diamondbacks
Atlanta Braves|organization|
Baltimore Orioles|organization|
Boston Red Sox|organization|Red Sox
Chicago Cubs|organization|
Chicago White Sox|organization|White Sox
Cincinnati Reds|organization|
Cleveland Guardians|organization|Cleveland Indians
Detroit Tigers|organization|
Houston Astros|organization|Astros
Kansas City Royals|organization|
Los Angeles Angels|organization|
Los Angeles Dodgers|organization|Dodgers
Miami Marlins|organization|Florida Marlins
Milwaukee Brewers|organization|
Minnesota Twins|organization|
New York Mets|organization|Mets
New York Yankees|organization|Yankees
Oakland Athletics|organization|
Philadelphia Phillies|organization|Phillies
Pittsburgh Pirates|organization|
San Diego Padres|organization|
San Francisco Giants|organization|
Seattle Mariners|organization|
St. Louis Cardinals|organization|
Tampa Bay Rays|organization|
Texas Rangers|organization|
Toronto Blue Jays|organization|Blue Jays
Washington Nationals|organization|
Anaheim Ducks|organization|
Boston Bruins|organization|Bruins
Buffalo Sabres|organization|
Calgary Flames|organization|
Carolina Hurricanes|organization|
Chicago Blackhawks|organization|Blackhawks
Colorado Avalanche|organization|
Columbus Blue Jackets|organization|
Dallas Stars|organization|
Detroit Red Wings|organization|Red Wings
Edmonton Oilers|organization|Oilers
Florida Panthers|organization|
Los Angeles Kings|organization|
Minnesota Wild|organization|
Montreal Canadiens|organization|
Nashville Predators|organization|
New Jersey Devils|organization|
New York Islanders|organization|
New York Rangers|organization|
Ottawa Senators|organization|
Philadelphia Flyers|organization|
Pittsburgh Penguins|organization|
San Jose Sharks|organization|
Seattle Kraken|organization|
St. Louis Blues|organization|
Tampa Bay Lightning|organization|
Toronto Maple Leafs|organization|Maple Leafs
Utah Hockey Club|organization|
Vancouver Canucks|organization|
Vegas Golden Knights|organization|Golden Knights
Washington Capitals|organization|
Winnipeg Jets|organization|
Atlanta United|organization|
Austin FC|organization|
Charlotte FC|organization|
Chicago Fire FC|organization|
FC Cincinnati|organization|
Colorado Rapids|organization|
Columbus Crew|organization|
D.C. United|organization|DC United
FC Dallas|organization|
Houston Dynamo|organization|
Inter Miami|organization|Inter Miami CF
LA Galaxy|organization|Los Angeles Galaxy
Los Angeles FC|organization|LAFC
Minnesota United|organization|
CF Montréal|organization|CF Montreal
Nashville SC|organization|
New England Revolution|organization|
New York City FC|organization|
New York Red Bulls|organization|
Orlando City|organization|
Philadelphia Union|organization|
Portland Timbers|organization|
Real Salt Lake|organization|
San Jose Earthquakes|organization|
Seattle Sounders|organization|
Sporting Kansas City|organization|
St. Louis City SC|organization|
Toronto FC|organization|
Vancouver Whitecaps|organization|
San Diego FC|organization|
"""#
}
