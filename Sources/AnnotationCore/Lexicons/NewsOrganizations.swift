// News organisations, agencies and pollsters that articles cite by name alone. Facts from the outlets'
// own mastheads and websites (and the wire agencies' corporate pages); US outlets and pollsters from Wikipedia's
// "List of newspapers in the United States", "List of United States cable and satellite television networks" and
// "List of polling organizations" pages.
//
// One organisation per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let newsOrganizationsData = #"""
Reuters|organization|
Associated Press|organization|AP
Agence France-Presse|organization|AFP
Bloomberg|organization|Bloomberg News
BBC|organization|British Broadcasting Corporation
CNN|organization|
Fox News|organization|Fox
MSNBC|organization|
NBC|organization|NBC News
CBS|organization|CBS News
ABC News|organization|
NPR|organization|
PBS|organization|
Al Jazeera|organization|
Sky News|organization|
Politico|organization|
Axios|organization|
BuzzFeed|organization|BuzzFeed News
HuffPost|organization|Huffington Post
Breitbart|organization|Breitbart News
Newsweek|organization|
Newsmax|organization|
Vox|organization|
Slate|organization|
Salon|organization|
PolitiFact|organization|Politifact
Gallup|organization|
Pew Research Center|organization|Pew
Ipsos|organization|
YouGov|organization|
Quinnipiac|organization|
WikiLeaks|organization|Wikileaks
Xinhua|organization|
Interfax|organization|
TASS|organization|Itar-Tass
RIA Novosti|organization|
Yonhap|organization|
Kyodo|organization|
FiveThirtyEight|organization|
TMZ|organization|TMZ Sports
Daily Beast|organization|
Mother Jones|organization|
ProPublica|organization|
National Review|organization|
Weekly Standard|organization|
Talking Points Memo|organization|
RealClearPolitics|organization|RealClear Politics
Drudge Report|organization|
Daily Caller|organization|
Washington Examiner|organization|
Washington Times|organization|
Daily Kos|organization|
Univision|organization|
Telemundo|organization|
C-SPAN|organization|
CNBC|organization|
ESPN|organization|
Rasmussen Reports|organization|Rasmussen
Public Policy Polling|organization|
Marist College|organization|
Monmouth University|organization|
SurveyUSA|organization|
Zogby|organization|
Emerson College|organization|
"""#
}
