// Advocacy groups, unions, think tanks and campaign committees that US news cites by name alone, with no
// head word ("Party", "Institute") to say they are organisations. Facts from Wikipedia's "List of
// political advocacy groups in the United States", "List of think tanks in the United States" and
// "List of labor unions in the United States" pages, and the groups' own websites for their short names.
//
// Names joined by "for" or "of" ("Club for Growth") are left out: the connector rule already makes them
// organisations, and a listed phrase would cut a longer name around it ("Wisconsin Club for Growth").
//
// One organisation per line: canonical name | kind | aliases ; …
extension Lexicon {
    static let advocacyGroupsData = #"""
Planned Parenthood|organization|
National Rifle Association|organization|NRA
American Civil Liberties Union|organization|ACLU
Southern Poverty Law Center|organization|SPLC
Anti-Defamation League|organization|ADL
Human Rights Campaign|organization|
Sierra Club|organization|
Greenpeace|organization|
Amnesty International|organization|
Human Rights Watch|organization|
MoveOn|organization|MoveOn.org
FreedomWorks|organization|
Heritage Action|organization|
Judicial Watch|organization|
Citizens United|organization|
Common Cause|organization|
Public Citizen|organization|
Emily's List|organization|EMILY's List
NARAL Pro-Choice America|organization|NARAL
Susan B. Anthony List|organization|
Black Lives Matter|organization|
Moms Demand Action|organization|
Brady Campaign|organization|
Everytown|organization|
AARP|organization|
AFL-CIO|organization|
Teamsters|organization|
SEIU|organization|
NAACP|organization|
Brookings Institution|organization|
RAND Corporation|organization|RAND
Heritage Foundation|organization|
"""#
}
