// Capitalised nouns of news prose that name no one who acts: deities and scriptures, faiths and
// ideologies, public programmes, laws and historic events, and networks. Compiled from common English
// usage (the AP Stylebook's capitalisation entries for religions, programmes, holidays and eras).
extension Lexicon {
    static let properNounsNotActorsData = #"""
God
State of the Union
Allah
Jesus Christ
Bible
Koran
Quran
Torah
Islam
Christianity
Judaism
Hinduism
Buddhism
Catholicism
Communism
Marxism
Constitution
First Amendment
Second Amendment
Bill of Rights
Medicare
Medicaid
Social Security
Obamacare
Affordable Care Act
Brexit
Holocaust
World War I
World War II
World War One
World War Two
WWI
WWII
Great Depression
Great Recession
Cold War
Christmas
Christmas Eve
New Year
Easter
Thanksgiving
Halloween
Ramadan
Hanukkah
Passover
Lent
Internet
Web
"""#
}
