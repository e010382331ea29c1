import Foundation
import AnnotationCore
import AnnotationProtocol

extension Server {
    /// Takes the client's `annotd` settings (from initializationOptions, didChangeConfiguration or a
    /// workspace/configuration answer). A bad configuration is shown to the user and the previous one kept:
    /// a typo in settings must never take the server down or silently reset it.
    func applySettings(_ settings: LSPAny, origin: String, reconfiguring: Bool = true) {
        guard !settings.isNull else { return }
        // An empty answer says nothing: lsp-mode sends `{}` for a section it has nothing registered under,
        // and taking that as the whole configuration would wipe what the client gave at initialize.
        if case .object(let members) = settings, members.isEmpty, reconfiguring {
            log(.info, "\(origin): empty annotd settings; the current ones are kept")
            return
        }
        do {
            configuration = try Configuration.parse(object: settings.foundationObject, origin: origin)
        } catch {
            show(.error, "annotd configuration: \(error)")
            return
        }
        if reconfiguring { reconfigure() }
    }

    /// The layers of SPEC §7 the server sees: the user's file, the client's settings, then the workspace's
    /// `.annotd.json` (the first folder's).
    func effectiveConfiguration() -> Configuration {
        var c = Configuration()
        let user = ConfigurationLoader.userConfigPath()
        if FileManager.default.fileExists(atPath: user) {
            do { c = c.merged(with: try ConfigurationLoader.load(user)); reportConfigurationFile(user, nil) }
            catch { show(.error, "\(error)"); reportConfigurationFile(user, error) }
        }
        c = c.merged(with: configuration)
        if let project = workspaceConfigurationFile() {
            do { c = c.merged(with: try ConfigurationLoader.load(project)); reportConfigurationFile(project, nil) }
            catch { show(.error, "\(error)"); reportConfigurationFile(project, error) }
        }
        return c
    }

    /// The workspace's `.annotd.json`: the one in the first folder. The command line walks up from a file to
    /// the nearest one; the server does not look above its folders, and refuses (and logs) one that is a link
    /// to a file outside them — SPEC §11: it reads only inside its workspace folders. The user's own file
    /// (`$XDG_CONFIG_HOME/annotd/config.json`) is the one layer outside them that SPEC §7 names.
    func workspaceConfigurationFile() -> String? {
        guard let root = workspaceRoots.first else { return nil }
        let candidate = URL(fileURLWithPath: root).appendingPathComponent(ConfigurationLoader.fileName).path
        switch WorkspaceConfinement(roots: workspaceRoots).judge(candidate) {
        case .inside: return candidate
        case .missing: return nil
        case .outside:
            log(.warning, WorkspaceConfinement.refusal(candidate))
            return nil
        }
    }

    /// Rebuilds the engine for the current configuration and re-analyses every indexed document (open ones
    /// from their buffers, the others from the text they were indexed with), then re-reads the folders so
    /// that changed include/exclude globs take effect.
    func reconfigure() {
        let effective = effectiveConfiguration()
        analyzer = Analyzer(configuration: effective)
        rules = RuleEngine(configuration: effective)
        writtenFindings.removeAll()
        index.tolerance = effective.effectiveTolerance
        indexingEpoch += 1
        // The bump makes any indexing still in flight stale (it used the old settings), so the folders are
        // always read again — also when nothing is indexed yet, or the workspace would stay empty.
        defer { indexWorkspace(roots: workspaceRoots, configuration: effective) }
        guard lifecycle == .running, !index.documents.isEmpty else { return }
        var affected = Set<String>()
        for (id, analysis) in index.documents {
            let fresh: DocumentAnalysis
            if let doc = documents[id] {
                fresh = analyzer.analyze(doc.text, id: id, format: doc.format(id: id))
            } else {
                fresh = analyzer.analyzeCompacted(analysis.text, id: id, format: analysis.format)
            }
            affected.absorb(index.update(fresh))
        }
        dirty.removeAll()
        diagnosticsChanged(affected, edited: [])
    }

    func didChangeConfiguration(_ p: DidChangeConfigurationParams) {
        if let section = p.settings?["annotd"] {
            applySettings(section, origin: "workspace/didChangeConfiguration")
        } else if client.workspaceConfiguration {
            // Pull-model clients send an empty notification and expect us to ask.
            pullConfiguration()
        }
    }

    func pullConfiguration() {
        request("workspace/configuration", ConfigurationParams(items: [ConfigurationItem(section: "annotd")])) { [weak self] response in
            guard let self else { return }
            if let error = response.error {
                self.log(.warning, "workspace/configuration failed: \(error.message)")
                return
            }
            guard let settings = response.result?[0], !settings.isNull else { return }
            self.applySettings(settings, origin: "workspace/configuration")
            self.flushAnalysis()
        }
    }
}
