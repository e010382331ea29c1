/// One word of prose as the actor recogniser sees it: where it stands, its folded key, and the facts about
/// its spelling that decide whether it can be (part of) a name.
struct WordToken {
    struct Flags: OptionSet {
        let rawValue: UInt16
        /// First letter is a capital.
        static let capitalised = Flags(rawValue: 1 << 0)
        /// At least two letters, all capitals ("NATO", "U.S.").
        static let allCaps = Flags(rawValue: 1 << 1)
        static let hasDigit = Flags(rawValue: 1 << 2)
        /// A single capital letter with its period ("W.").
        static let initial = Flags(rawValue: 1 << 3)
        /// Followed by 's / ’s (attached or, in tokenised text, after a space).
        static let possessive = Flags(rawValue: 1 << 4)
        /// Only whitespace stands between this word and the one before (which was no possessive).
        static let joinsPrevious = Flags(rawValue: 1 << 5)
        /// First word of a sentence, or of a quotation or a clause after a colon.
        static let sentenceInitial = Flags(rawValue: 1 << 6)
        /// Looks like a web domain ("Charter97.org").
        static let domain = Flags(rawValue: 1 << 7)
        /// Has at least one letter.
        static let hasLetter = Flags(rawValue: 1 << 8)
        /// Holds an inner hyphen ("Jong-un", "G-7").
        static let hyphenated = Flags(rawValue: 1 << 9)
        /// Capitals with a plural "s" ("UAVs", "MPs"): a common noun, not a name.
        static let pluralAcronym = Flags(rawValue: 1 << 10)
        /// Ends in a contraction ("They’re", "Don’t", "I'm"): a pronoun or verb, never part of a name.
        static let contraction = Flags(rawValue: 1 << 11)
    }

    var start: Int
    /// End of the name itself: a possessive 's is not part of it.
    var end: Int
    var key: UInt64
    var flags: Flags

    @inline(__always) func has(_ f: Flags) -> Bool { flags.contains(f) }
}
