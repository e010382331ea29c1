/// `named-actor` and `actor-variant` (SPEC §4).
enum ActorRules {
    static func findings(for doc: DocumentAnalysis, directory: ActorDirectory, engine: RuleEngine) -> [Finding] {
        []
    }
}
