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
        findings(for: id, in: index, reusing: nil, keep: false).findings
    }

    /// The findings, and the parts of them that hang on the document's analysis and on its conflicts, for
    /// the next call to reuse. A change elsewhere in the workspace (a file that starts naming an actor this
    /// one names) changes the actor counts of a large open buffer, not its figures' findings or conflicts:
    /// recomputing those made each such edit wait for the buffer's whole set of findings. `parts` must come
    /// from this engine, and from this index or an earlier state of it (not from a copy updated apart).
    public func findings(for id: String, in index: WorkspaceIndex,
                         reusing parts: FindingParts?) -> (findings: [Finding], parts: FindingParts?) {
        findings(for: id, in: index, reusing: parts, keep: true)
    }

    /// `keep`: whether the parts are wanted (a caller that drops them need not collect what the figures' findings
    /// say for the next call).
    private func findings(for id: String, in index: WorkspaceIndex, reusing parts: FindingParts?,
                          keep: Bool) -> (findings: [Finding], parts: FindingParts?) {
        guard let doc = index.documents[id], let revision = index.revision(of: id) else { return ([], nil) }
        let conflictRevision = index.conflictRevision(of: id)
        func figuresAndConflicts() -> (figures: [Finding], conflicts: [Finding], said: FigureRules.Said?) {
            var said = keep ? FigureRules.Said() : nil
            let figures: [Finding]
            if parts?.revision == revision {
                figures = parts!.figures
                said = parts!.said
            } else {
                figures = FigureRules.findings(for: doc, engine: self, earlier: parts?.said, said: &said)
            }
            let conflicts = parts?.revision == revision && parts?.conflictRevision == conflictRevision
                ? parts!.conflicts : ConflictRules.findings(for: doc, index: index, engine: self)
            return (figures, conflicts, said)
        }
        func actors() -> [Finding] { ActorRules.findings(for: doc, directory: index.actors, engine: self) }
        // A large open buffer (the caller keeps its parts) waits for these after every keystroke: the figures'
        // and the actors' rules read nothing of each other (the actor cache they share locks), so they run at
        // once. The linter's documents already share the cores among them.
        let ((figures, conflicts, said), named) = keep && doc.text.count >= Analyzer.twoThreadBytes
            ? TwoThreads.run(figuresAndConflicts, actors) : (figuresAndConflicts(), actors())
        var all = figures
        all += conflicts
        all += named
        let kept = Suppression.apply(doc.suppressions, to: all, lines: doc.text.lines,
                                     unusedSeverity: severity(of: "unused-suppression"),
                                     isOff: { severity(of: $0) == nil })
        let sorted = kept.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
        return (sorted, FindingParts(revision: revision, conflictRevision: conflictRevision, figures: figures,
                                     conflicts: conflicts, said: said))
    }
}

/// A document's figure and conflict findings, with the index revisions they were computed at
/// (`RuleEngine.findings(for:in:reusing:)`).
public struct FindingParts: Sendable {
    public let revision: Int
    public let conflictRevision: Int
    let figures: [Finding]
    let conflicts: [Finding]
    /// What each of `figures` says, by what it is said from (`FigureRules.Said`).
    let said: FigureRules.Said?
}
