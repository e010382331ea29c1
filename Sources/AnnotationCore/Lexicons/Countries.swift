// The world's states: the 193 UN member states, the two observer states (Holy See, Palestine) and states or
// territories news commonly treats as actors (Taiwan, Kosovo, Hong Kong…), plus former states still named
// in history (Soviet Union, Yugoslavia). Facts from the UN's list of member states (un.org/en/about-us/
// member-states), ISO 3166-1 short names, and each country's capital as listed there; common English short
// forms and abbreviations as used by Reuters/AP style guides. Demonyms and adjectives are listed so that
// "Russian" or "Soviet" are recognised as words about a state, never reported as actors themselves.
//
// One state per line: canonical name | kind | aliases ; … | capitals and seats of government ; … | demonyms ; …
// An alias written in capitals (DPRK, US) only matches text written in capitals, so "us" stays a pronoun.
extension Lexicon {
    static let countriesData = #"""
Afghanistan|state|Islamic Emirate of Afghanistan|Kabul|Afghan;Afghans;Afghani
Albania|state|Republic of Albania|Tirana|Albanian;Albanians
Algeria|state||Algiers|Algerian;Algerians
Andorra|state||Andorra la Vella|Andorran
Angola|state||Luanda|Angolan;Angolans
Antigua and Barbuda|state|Antigua||Antiguan
Argentina|state|Argentine Republic|Buenos Aires|Argentine;Argentinian;Argentines;Argentinians
Armenia|state||Yerevan|Armenian;Armenians
Australia|state|Commonwealth of Australia|Canberra|Australian;Australians;Aussie
Austria|state||Vienna|Austrian;Austrians
Azerbaijan|state||Baku|Azerbaijani;Azeri;Azerbaijanis;Azeris
Bahamas|state|The Bahamas|Nassau|Bahamian
Bahrain|state||Manama|Bahraini;Bahrainis
Bangladesh|state||Dhaka|Bangladeshi;Bangladeshis
Barbados|state||Bridgetown|Barbadian
Belarus|state|Byelorussia;Belorussia|Minsk|Belarusian;Belarusians;Belorussian
Belgium|state||Brussels|Belgian;Belgians
Belize|state||Belmopan|Belizean
Benin|state||Porto-Novo|Beninese
Bhutan|state||Thimphu|Bhutanese
Bolivia|state||La Paz;Sucre|Bolivian;Bolivians
Bosnia and Herzegovina|state|Bosnia;Bosnia-Herzegovina;BiH|Sarajevo|Bosnian;Bosnians
Botswana|state||Gaborone|Botswanan
Brazil|state|Federative Republic of Brazil|Brasilia;Brasília|Brazilian;Brazilians
Brunei|state|Brunei Darussalam|Bandar Seri Begawan|Bruneian
Bulgaria|state|||Bulgarian;Bulgarians
Burkina Faso|state||Ouagadougou|Burkinabe
Burundi|state||Gitega|Burundian
Cabo Verde|state|Cape Verde|Praia|Cape Verdean
Cambodia|state|Kampuchea|Phnom Penh|Cambodian;Cambodians;Khmer
Cameroon|state||Yaounde;Yaoundé|Cameroonian;Cameroonians
Canada|state||Ottawa|Canadian;Canadians
Central African Republic|state||Bangui|Central African
Chad|state||N'Djamena|Chadian;Chadians
Chile|state||Santiago|Chilean;Chileans
China|state|People's Republic of China;PRC;Mainland China|Beijing;Peking;Zhongnanhai|Chinese;Sino
Colombia|state||Bogota;Bogotá|Colombian;Colombians
Comoros|state||Moroni|Comoran;Comorian
Republic of the Congo|state|Congo-Brazzaville;Congo Republic|Brazzaville|Congolese
Democratic Republic of the Congo|state|DR Congo;DRC;D.R. Congo;Congo-Kinshasa;Zaire|Kinshasa|Congolese
Costa Rica|state||San Jose;San José|Costa Rican;Costa Ricans
Cote d'Ivoire|state|Côte d'Ivoire;Ivory Coast|Yamoussoukro;Abidjan|Ivorian;Ivorians
Croatia|state||Zagreb|Croatian;Croatians;Croat;Croats
Cuba|state||Havana|Cuban;Cubans
Cyprus|state||Nicosia|Cypriot;Cypriots
Czech Republic|state|Czechia|Prague|Czech;Czechs
Denmark|state||Copenhagen|Danish;Dane;Danes
Djibouti|state||Djibouti City|Djiboutian
Dominica|state||Roseau|Dominican
Dominican Republic|state||Santo Domingo|Dominican;Dominicans
Ecuador|state||Quito|Ecuadorian;Ecuadorean;Ecuadorians
Egypt|state|Arab Republic of Egypt|Cairo|Egyptian;Egyptians
El Salvador|state|Salvador|San Salvador|Salvadoran;Salvadorean;Salvadorans
Equatorial Guinea|state||Malabo|Equatoguinean
Eritrea|state||Asmara|Eritrean;Eritreans
Estonia|state||Tallinn|Estonian;Estonians
Eswatini|state|Swaziland|Mbabane|Swazi
Ethiopia|state||Addis Ababa|Ethiopian;Ethiopians
Fiji|state||Suva|Fijian;Fijians
Finland|state||Helsinki|Finnish;Finn;Finns
France|state|French Republic|Paris;Elysee;Élysée;Elysee Palace;Élysée Palace|French;Frenchman;Frenchmen
Gabon|state||Libreville|Gabonese
Gambia|state|The Gambia|Banjul|Gambian;Gambians
Georgia|state||Tbilisi|Georgian;Georgians
Germany|state|Federal Republic of Germany;FRG|Berlin;Bonn|German;Germans
Ghana|state||Accra|Ghanaian;Ghanaians
Greece|state|Hellenic Republic|Athens|Greek;Greeks;Hellenic
Grenada|state||St. George's|Grenadian
Guatemala|state||Guatemala City|Guatemalan;Guatemalans
Guinea|state||Conakry|Guinean;Guineans
Guinea-Bissau|state||Bissau|Bissau-Guinean
Guyana|state||Georgetown|Guyanese
Haiti|state||Port-au-Prince|Haitian;Haitians
Holy See|state|Vatican;Vatican City|Vatican|Vatican
Honduras|state||Tegucigalpa|Honduran;Hondurans
Hungary|state||Budapest|Hungarian;Hungarians;Magyar
Iceland|state||Reykjavik;Reykjavík|Icelandic;Icelander;Icelanders
India|state|Republic of India;Bharat|New Delhi|Indian;Indians
Indonesia|state||Jakarta|Indonesian;Indonesians
Iran|state|Islamic Republic of Iran;Persia|Tehran;Teheran|Iranian;Iranians;Persian
Iraq|state||Baghdad|Iraqi;Iraqis
Ireland|state|Republic of Ireland;Eire;Éire|Dublin|Irish;Irishman
Israel|state|State of Israel|Jerusalem|Israeli;Israelis
Italy|state|Italian Republic|Rome|Italian;Italians
Jamaica|state||Kingston|Jamaican;Jamaicans
Japan|state||Tokyo|Japanese
Jordan|state|Hashemite Kingdom of Jordan|Amman|Jordanian;Jordanians
Kazakhstan|state||Astana;Almaty|Kazakh;Kazakhs;Kazakhstani
Kenya|state||Nairobi|Kenyan;Kenyans
Kiribati|state||Tarawa|I-Kiribati
North Korea|state|DPRK;D.P.R.K.;Democratic People's Republic of Korea;N. Korea;N.Korea|Pyongyang|North Korean;North Koreans
South Korea|state|ROK;Republic of Korea;S. Korea;S.Korea|Seoul|South Korean;South Koreans
Kosovo|state|Republic of Kosovo|Pristina|Kosovar;Kosovan;Kosovars
Kuwait|state||Kuwait City|Kuwaiti;Kuwaitis
Kyrgyzstan|state|Kyrgyz Republic;Kirghizia|Bishkek|Kyrgyz
Laos|state|Lao PDR;Lao People's Democratic Republic|Vientiane|Lao;Laotian;Laotians
Latvia|state||Riga|Latvian;Latvians
Lebanon|state||Beirut|Lebanese
Lesotho|state||Maseru|Basotho
Liberia|state||Monrovia|Liberian;Liberians
Libya|state||Tripoli|Libyan;Libyans
Liechtenstein|state||Vaduz|Liechtensteiner
Lithuania|state||Vilnius|Lithuanian;Lithuanians
Luxembourg|state||Luxembourg City|Luxembourger;Luxembourgish
Madagascar|state||Antananarivo|Malagasy
Malawi|state||Lilongwe|Malawian;Malawians
Malaysia|state||Kuala Lumpur;Putrajaya|Malaysian;Malaysians
Maldives|state|||Maldivian
Mali|state||Bamako|Malian;Malians
Malta|state||Valletta|Maltese
Marshall Islands|state||Majuro|Marshallese
Mauritania|state||Nouakchott|Mauritanian;Mauritanians
Mauritius|state||Port Louis|Mauritian
Mexico|state|United Mexican States|Mexico City|Mexican;Mexicans
Micronesia|state|Federated States of Micronesia|Palikir|Micronesian
Moldova|state|Republic of Moldova|Chisinau;Chișinău|Moldovan;Moldovans
Monaco|state||Monaco-Ville|Monegasque
Mongolia|state||Ulaanbaatar;Ulan Bator|Mongolian;Mongolians
Montenegro|state||Podgorica|Montenegrin;Montenegrins
Morocco|state||Rabat|Moroccan;Moroccans
Mozambique|state||Maputo|Mozambican;Mozambicans
Myanmar|state|Burma|Naypyidaw;Naypyitaw;Yangon;Rangoon|Burmese;Myanmarese
Namibia|state||Windhoek|Namibian;Namibians
Nauru|state||Yaren|Nauruan
Nepal|state||Kathmandu|Nepali;Nepalese
Netherlands|state|Holland;The Netherlands|Amsterdam;The Hague|Dutch;Dutchman
New Zealand|state|NZ|Wellington|New Zealander;New Zealanders;Kiwi
Nicaragua|state||Managua|Nicaraguan;Nicaraguans
Niger|state||Niamey|Nigerien
Nigeria|state||Abuja|Nigerian;Nigerians
North Macedonia|state|Macedonia;FYROM|Skopje|Macedonian;Macedonians
Norway|state||Oslo|Norwegian;Norwegians
Oman|state||Muscat|Omani;Omanis
Pakistan|state||Islamabad|Pakistani;Pakistanis
Palau|state||Ngerulmud|Palauan
Palestine|state|State of Palestine;Palestinian Authority|Ramallah|Palestinian;Palestinians
Panama|state||Panama City|Panamanian;Panamanians
Papua New Guinea|state|PNG|Port Moresby|Papua New Guinean
Paraguay|state||Asuncion;Asunción|Paraguayan;Paraguayans
Peru|state||Lima|Peruvian;Peruvians
Philippines|state|The Philippines|Manila|Philippine;Filipino;Filipinos
Poland|state||Warsaw|Polish;Pole;Poles
Portugal|state||Lisbon|Portuguese
Qatar|state||Doha|Qatari;Qataris
Romania|state|Rumania|Bucharest|Romanian;Romanians
Russia|state|Russian Federation|Moscow;Kremlin|Russian;Russians
Rwanda|state||Kigali|Rwandan;Rwandans
Saint Kitts and Nevis|state|St Kitts and Nevis;St. Kitts and Nevis|Basseterre|Kittitian
Saint Lucia|state|St Lucia;St. Lucia|Castries|Saint Lucian
Saint Vincent and the Grenadines|state|St Vincent and the Grenadines|Kingstown|Vincentian
Samoa|state||Apia|Samoan;Samoans
San Marino|state||City of San Marino|Sammarinese
Sao Tome and Principe|state|São Tomé and Príncipe|São Tomé|Santomean
Saudi Arabia|state|Kingdom of Saudi Arabia;KSA|Riyadh|Saudi;Saudis
Senegal|state||Dakar|Senegalese
Serbia|state||Belgrade|Serbian;Serb;Serbs;Serbians
Seychelles|state|||Seychellois
Sierra Leone|state||Freetown|Sierra Leonean
Singapore|state|Republic of Singapore||Singaporean;Singaporeans
Slovakia|state|Slovak Republic|Bratislava|Slovak;Slovaks;Slovakian
Slovenia|state||Ljubljana|Slovenian;Slovene;Slovenes;Slovenians
Solomon Islands|state||Honiara|Solomon Islander
Somalia|state||Mogadishu|Somali;Somalis
South Africa|state|Republic of South Africa;RSA|Pretoria;Cape Town|South African;South Africans
South Sudan|state||Juba|South Sudanese
Spain|state|Kingdom of Spain|Madrid|Spanish;Spaniard;Spaniards
Sri Lanka|state|Ceylon|Colombo;Sri Jayawardenepura Kotte|Sri Lankan;Sri Lankans
Sudan|state||Khartoum|Sudanese
Suriname|state|Surinam|Paramaribo|Surinamese
Sweden|state||Stockholm|Swedish;Swede;Swedes
Switzerland|state|Swiss Confederation|Bern;Berne|Swiss
Syria|state|Syrian Arab Republic|Damascus|Syrian;Syrians
Taiwan|state|Republic of China;ROC|Taipei|Taiwanese
Tajikistan|state||Dushanbe|Tajik;Tajiks;Tajikistani
Tanzania|state|United Republic of Tanzania|Dodoma;Dar es Salaam|Tanzanian;Tanzanians
Thailand|state|Siam|Bangkok|Thai;Thais
Timor-Leste|state|East Timor|Dili|Timorese;East Timorese
Togo|state||Lome;Lomé|Togolese
Tonga|state||Nuku'alofa|Tongan
Trinidad and Tobago|state|Trinidad||Trinidadian;Trinidadians
Tunisia|state||Tunis|Tunisian;Tunisians
Turkey|state|Türkiye;Turkiye;Republic of Turkey|Ankara|Turkish;Turk;Turks
Turkmenistan|state||Ashgabat|Turkmen
Tuvalu|state||Funafuti|Tuvaluan
Uganda|state||Kampala|Ugandan;Ugandans
Ukraine|state||Kyiv;Kiev|Ukrainian;Ukrainians
United Arab Emirates|state|UAE;U.A.E.;Emirates|Abu Dhabi|Emirati;Emiratis
United Kingdom|state|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|London;Downing Street;Whitehall|British;Briton;Britons;Brit;Brits;English;Scottish;Welsh
United States|state|US;U.S.;USA;U.S.A.;United States of America;America;U.S.A|Washington;White House;Washington D.C.;Washington DC|American;Americans;U.S.-based
Uruguay|state||Montevideo|Uruguayan;Uruguayans
Uzbekistan|state||Tashkent|Uzbek;Uzbeks;Uzbekistani
Vanuatu|state||Port Vila|Ni-Vanuatu
Venezuela|state||Caracas|Venezuelan;Venezuelans
Vietnam|state|Viet Nam|Hanoi|Vietnamese
Yemen|state||Sanaa;Sana'a|Yemeni;Yemenis
Zambia|state||Lusaka|Zambian;Zambians
Zimbabwe|state||Harare|Zimbabwean;Zimbabweans
Hong Kong|state|HKSAR||Hongkonger;Hong Konger
Macau|state|Macao||Macanese
Northern Cyprus|state|Turkish Republic of Northern Cyprus|North Nicosia|Turkish Cypriot
Western Sahara|state|Sahrawi Arab Democratic Republic||Sahrawi;Sahrawis
Soviet Union|state|USSR;U.S.S.R.;Union of Soviet Socialist Republics||Soviet;Soviets
Yugoslavia|state|Federal Republic of Yugoslavia||Yugoslav;Yugoslavs;Yugoslavian
Czechoslovakia|state|||Czechoslovak
East Germany|state|GDR;German Democratic Republic||East German;East Germans
West Germany|state|||West German;West Germans
"""#
}
