// Large companies that news names without saying what they are. Facts from the companies' own names as
// published in the Fortune Global 500 and Forbes Global 2000 lists and on their corporate websites.
//
// One company per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let companiesData = #"""
Apple|organization|Apple Inc.
Google|organization|Alphabet
Microsoft|organization|
Amazon|organization|Amazon.com
Facebook|organization|Meta
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
Toyota|organization|
Honda|organization|
Nissan|organization|
Volkswagen|organization|VW
BMW|organization|
Daimler|organization|
Mercedes-Benz|organization|
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
Rolls-Royce|organization|
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
Lloyds|organization|
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
"""#
}
