import AnnotationProtocol

/// What `initialize` advertises: exactly the features this server implements, nothing planned.
enum Capabilities {
    static func server(encoding: PositionEncodingKind) -> ServerCapabilities {
        var c = ServerCapabilities()
        c.positionEncoding = encoding
        c.textDocumentSync = TextDocumentSyncOptions(openClose: true, change: TextDocumentSyncKind.incremental,
                                                     save: SaveOptions(includeText: false))
        c.hoverProvider = true
        c.referencesProvider = true
        c.documentHighlightProvider = true
        c.codeActionProvider = CodeActionOptions(codeActionKinds: [CodeActionKind.quickFix], resolveProvider: nil)
        c.inlayHintProvider = true
        c.documentSymbolProvider = true
        c.workspaceSymbolProvider = true
        c.semanticTokensProvider = SemanticTokensOptions(legend: SemanticTokenLegend.legend, range: true, full: true)
        c.executeCommandProvider = ExecuteCommandOptions(commands: [Server.showOtherFiguresCommand])
        // Findings in one file depend on others (conflicts, actor spellings), and closed files have findings too.
        c.diagnosticProvider = DiagnosticOptions(identifier: "annotd", interFileDependencies: true,
                                                 workspaceDiagnostics: true)
        c.workspace = WorkspaceServerCapabilities(
            workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true))
        return c
    }
}
