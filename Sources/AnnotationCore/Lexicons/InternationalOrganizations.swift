// Major international and well-known national organisations that news names by acronym or short form.
// Facts from the organisations' own names and acronyms (un.org system chart, nato.int, europa.eu, and the
// organisations' websites). The national bodies are the ones wire copy names without introducing them.
//
// One organisation per line: canonical name | kind | aliases ; …
// An alias written in capitals (WHO, UN) only matches text written in capitals, so "who" stays a pronoun.
extension Lexicon {
    static let organizationsData = #"""
United Nations|organization|UN;U.N.;United Nations Organization
United Nations Security Council|organization|UN Security Council;U.N. Security Council;UNSC;Security Council
United Nations General Assembly|organization|UN General Assembly;U.N. General Assembly;UNGA;General Assembly
NATO|organization|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato;OTAN
European Union|organization|EU;E.U.
European Commission|organization|EC
European Parliament|organization|
House of Representatives|organization|House;U.S. House;US House
House of Commons|organization|
House of Lords|organization|
Joint Chiefs of Staff|organization|Joint Chiefs
European Central Bank|organization|ECB
Council of Europe|organization|
BRICS|organization|Brics
G-7|organization|G7;Group of Seven;G-7 countries
G-8|organization|G8;Group of Eight
G-20|organization|G20;Group of Twenty;Group of 20
OPEC|organization|Organization of the Petroleum Exporting Countries;Opec;OPEC+
International Monetary Fund|organization|IMF
World Bank|organization|
World Health Organization|organization|WHO;World Health Organisation
International Atomic Energy Agency|organization|IAEA
Organization for Security and Co-operation in Europe|organization|OSCE;Organization for Security and Cooperation in Europe
ASEAN|organization|Association of Southeast Asian Nations;Asean
African Union|organization|AU
World Trade Organization|organization|WTO;World Trade Organisation
OECD|organization|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development
Arab League|organization|League of Arab States
Shanghai Cooperation Organisation|organization|SCO;Shanghai Cooperation Organization
Collective Security Treaty Organization|organization|CSTO
Eurasian Economic Union|organization|EAEU;EEU
Commonwealth of Independent States|organization|CIS
Gulf Cooperation Council|organization|GCC
APEC|organization|Asia-Pacific Economic Cooperation
Mercosur|organization|
UNESCO|organization|
UNICEF|organization|
UNHCR|organization|UN Refugee Agency
International Committee of the Red Cross|organization|ICRC;Red Cross
International Criminal Court|organization|ICC
International Court of Justice|organization|ICJ
Interpol|organization|INTERPOL
Amnesty International|organization|Amnesty
Human Rights Watch|organization|HRW
Hamas|organization|
Hezbollah|organization|Hizbollah
Taliban|organization|
Islamic State|organization|ISIS;ISIL;Daesh
al-Qaeda|organization|al Qaeda;Al Qaeda;Al-Qaeda
Central Intelligence Agency|organization|CIA
Federal Bureau of Investigation|organization|FBI
National Security Agency|organization|NSA
Pentagon|organization|
KGB|organization|
FSB|organization|Federal Security Service
GRU|organization|
State Department|organization|US State Department;U.S. State Department;Department of State
Reuters|organization|
Associated Press|organization|AP
Agence France-Presse|organization|AFP
TASS|organization|Tass;ITAR-TASS;Itar-Tass
Xinhua|organization|
Interfax|organization|
"""#
}
