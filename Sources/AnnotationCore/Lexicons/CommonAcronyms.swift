// Acronyms that news writes for things, measures, times and kinds of body rather than for one actor:
// time zones, economic measures, diseases and disorders, job titles, media and generic committee types. Compiled from common
// English usage (the AP Stylebook's abbreviations entries and the IANA time-zone abbreviations).
extension Lexicon {
    static let commonAcronymsData = #"""
TV
MSM
PAC
PACs
CEO
CFO
COO
GDP
GNP
CPI
VAT
GMT
BST
CET
EST
EDT
CST
CDT
PST
PDT
UTC
DNA
HIV
AIDS
PTSD
ADHD
COPD
OCD
IQ
PhD
MP
MEP
VIP
ID
PR
AI
UFO
ATM
GPS
PC
SUV
LGBT
LGBTQ
OK
"""#
}
