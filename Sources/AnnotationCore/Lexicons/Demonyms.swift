// Adjectives and people words for regions, blocs, religions and peoples that are not one state
// ("Western", "Asian", "Korean", "Arab"). Like the demonyms of Countries.swift they describe, they never
// act, so they are not reported. Compiled from common English usage; the people words of the US states
// from the US Government Publishing Office Style Manual (demonyms), only plural where the singular names a
// newspaper (The Oregonian, The Tennessean).
extension Lexicon {
    static let demonymsData = #"""
Alabamian
Alabamians
Alaskan
Alaskans
Arizonan
Arizonans
Arkansan
Arkansans
Californian
Californians
Coloradan
Coloradans
Delawarean
Delawareans
Floridian
Floridians
Hawaiian
Hawaiians
Idahoan
Idahoans
Illinoisan
Illinoisans
Hoosier
Hoosiers
Iowan
Iowans
Kansan
Kansans
Kentuckian
Kentuckians
Louisianian
Louisianians
Mainer
Mainers
Marylander
Marylanders
Michigander
Michiganders
Minnesotan
Minnesotans
Mississippian
Mississippians
Missourian
Missourians
Montanan
Montanans
Nebraskan
Nebraskans
Nevadan
Nevadans
Texan
Texans
Utahn
Utahns
Vermonter
Vermonters
Virginian
Virginians
Wisconsinite
Wisconsinites
Wyomingite
Wyomingites
Pennsylvanian
Pennsylvanians
New Hampshirite
New Hampshirites
New Jerseyan
New Jerseyans
New Mexican
New Mexicans
North Carolinian
North Carolinians
North Dakotan
North Dakotans
South Carolinian
South Carolinians
South Dakotan
South Dakotans
West Virginian
West Virginians
Rhode Islander
Rhode Islanders
Ohioans
Oklahomans
Oregonians
Tennesseans
Washingtonians
New Yorkers
Georgians
Massachusettsans
Connecticuters
Western
Westerner
Westerners
Eastern
Northern
Southern
Central
European
Europeans
Asian
Asians
African
Africans
American
Latin American
Latino
Latinos
Latina
Latinas
Hispanic
Hispanics
Evangelical
Evangelicals
Caribbean
Arab
Arabs
Arabic
Korean
Koreans
Slavic
Slav
Slavs
Nordic
Scandinavian
Baltic
Balkan
Caucasian
Mediterranean
Middle Eastern
Pacific
Atlantic
Transatlantic
Euro-Atlantic
Eurasian
Soviet
Tsarist
Ottoman
Byzantine
Roman
Persian
Kurdish
Kurd
Kurds
Pashtun
Uyghur
Uighur
Tatar
Chechen
Chechens
Cossack
Cossacks
Tibetan
Muslim
Muslims
Christian
Christians
Jewish
Jew
Jews
Catholic
Catholics
Protestant
Orthodox
Islamic
Islamist
Islamists
Sunni
Shia
Shiite
Hindu
Buddhist
Mormon
Mormons
Baptist
Baptists
Methodist
Lutheran
Presbyterian
Episcopalian
Pentecostal
Quaker
Amish
Sikh
Communist
Socialist
Marxist
Leninist
Stalinist
Maoist
Maoists
Nazi
Nazis
Fascist
Zionist
Bolshevik
Bolsheviks
Republican
Democrat
Anglo
Anglo-Saxon
English-speaking
Francophone
Anglophone
"""#
}
