import AnnotationCore
import AnnotationProtocol

extension Server {
    /// The findings of `affected` may have changed. A push client is sent them; a pull client gets new
    /// result ids, its held workspace request is answered, and it is asked to refresh when documents other
    /// than the ones it just edited changed (it re-pulls the edited ones itself).
    func diagnosticsChanged(_ affected: Set<String>, edited: Set<String>) {
        guard !affected.isEmpty else { return }
        if client.pullsDiagnostics {
            diagnosticsGeneration += 1
            for id in affected { resultGeneration[id] = diagnosticsGeneration }
            answerParkedWorkspaceDiagnostics()
            if client.diagnosticRefresh, !affected.subtracting(edited).isEmpty {
                request("workspace/diagnostic/refresh", Optional<LSPAny>.none)
            }
        } else {
            for id in affected.sorted() { publish(id) }
        }
    }

    /// Pushes one document's diagnostics, with the version of the open buffer they were computed from. Files
    /// that are not open are published only when they have something to say (or had, and must be cleared).
    func publish(_ id: String) {
        let items = diagnostics(for: id)
        let version = documents[id]?.version
        guard version != nil || !items.isEmpty || publishedNonEmpty.contains(id) else { return }
        if items.isEmpty { publishedNonEmpty.remove(id) } else { publishedNonEmpty.insert(id) }
        notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri(of: id), version: version, diagnostics: items))
    }

    func diagnostics(for id: String) -> [Diagnostic] {
        guard let doc = index.documents[id] else { return [] }
        return rules.findings(for: id, in: index).map { finding in
            DiagnosticConversion.diagnostic(finding, text: doc.text, encoding: encoding) { related in
                guard let other = index.documents[related.document] else { return nil }
                return Location(uri: uri(of: related.document), range: other.text.lspRange(related.range, encoding))
            }
        }
    }

    func resultID(_ id: String) -> String {
        "\(sessionTag)-\(resultGeneration[id] ?? 0)"
    }

    func documentDiagnostics(_ p: DocumentDiagnosticParams) -> DocumentDiagnosticReport {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        let current = resultID(id)
        if p.previousResultId == current { return .unchanged(resultId: current) }
        return .full(resultId: current, items: diagnostics(for: id))
    }

    /// Every indexed document's report. When the client already has all of them, the request is held until
    /// something changes (the long poll LSP intends), so a client that re-asks at once does not spin.
    func workspaceDiagnostics(_ requestID: RequestID, _ p: WorkspaceDiagnosticParams) {
        flushAnalysis()
        var previous: [String: String] = [:]
        for r in p.previousResultIds { previous[DocumentIdentity.id(forURI: r.uri)] = r.value }
        let report = workspaceReport(previous: previous)
        let allUnchanged = !previous.isEmpty && report.items.allSatisfy {
            if case .unchanged = $0.report { return true } else { return false }
        }
        if allUnchanged {
            parkedWorkspaceDiagnostics.append((id: requestID, previous: previous))
        } else {
            respond(requestID, report)
        }
    }

    func workspaceReport(previous: [String: String]) -> WorkspaceDiagnosticReport {
        var ids = Set(index.documents.keys)
        // A document the client knows of but that left the index is reported empty, which clears it.
        ids.formUnion(previous.keys)
        let items = ids.sorted().map { id -> WorkspaceDocumentDiagnosticReport in
            let current = resultID(id)
            let report: DocumentDiagnosticReport = previous[id] == current
                ? .unchanged(resultId: current) : .full(resultId: current, items: diagnostics(for: id))
            return WorkspaceDocumentDiagnosticReport(uri: uri(of: id), version: documents[id]?.version, report: report)
        }
        return WorkspaceDiagnosticReport(items: items)
    }

    func answerParkedWorkspaceDiagnostics() {
        let parked = parkedWorkspaceDiagnostics
        parkedWorkspaceDiagnostics.removeAll()
        for p in parked { respond(p.id, workspaceReport(previous: p.previous)) }
    }
}
