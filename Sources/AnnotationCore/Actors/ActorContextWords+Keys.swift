/// The sections of `Lexicon.actorContextWordsData`, parsed once, each as a set of folded word keys.
enum ActorContextWords {
    static let sections: [String: [String]] = ActorLexicon.sections(Lexicon.actorContextWordsData)

    static func keys(_ section: String) -> KeySet {
        guard let words = sections[section] else { preconditionFailure("no section [\(section)] in ActorContextWords") }
        return ActorLexicon.keys(words)
    }
}
