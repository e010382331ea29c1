/// Runs every rule for one document of a workspace and applies configuration and suppressions.
public struct RuleEngine: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The configured severity of a rule; nil when it is off.
    public func severity(of code: String) -> Severity? {
        switch configuration.rules[code] {
        case .off?: return nil
        case .on(let s)?: return s
        case nil: return RuleCatalog.rule(code)?.defaultSeverity
        }
    }

    public func findings(for id: String, in index: WorkspaceIndex) -> [Finding] {
        guard let doc = index.documents[id] else { return [] }
        var all = FigureRules.findings(for: doc, engine: self)
        all += ConflictRules.findings(for: doc, index: index, engine: self)
        all += ActorRules.findings(for: doc, directory: index.actors, engine: self)
        let kept = Suppression.apply(doc.suppressions, to: all, lines: doc.text.lines,
                                     unusedSeverity: severity(of: "unused-suppression"),
                                     isOff: { severity(of: $0) == nil })
        return kept.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
    }
}
