/// Runs every rule for one document of a workspace and applies configuration and suppressions.
public struct RuleEngine: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    public func severity(of code: String) -> Severity? {
        switch configuration.rules[code] {
        case .off?: return nil
        case .on(let s)?: return s
        case nil: return RuleCatalog.rule(code)?.defaultSeverity
        }
    }

    public func findings(for id: String, in index: WorkspaceIndex) -> [Finding] {
        guard index.documents[id] != nil else { return [] }
        return []
    }
}
