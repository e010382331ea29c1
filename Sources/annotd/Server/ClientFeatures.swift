import AnnotationProtocol

/// The client capabilities the server acts on, read once at `initialize`.
struct ClientFeatures: Sendable {
    /// The client pulls (`textDocument/diagnostic`): it must not also be pushed the same diagnostics.
    var pullsDiagnostics = false
    var diagnosticRefresh = false
    var workspaceConfiguration = false
    var watchedFilesRegistration = false
    /// Edits may name the document version they were computed for (`documentChanges`).
    var versionedEdits = false
    var showDocument = false
    var hierarchicalSymbols = false
    /// Hovers in Markdown unless the client's `hover.contentFormat` prefers plain text (Eglot without
    /// markdown-mode offers only "plaintext" and would show the asterisks). No list: Markdown, as before
    /// LSP 3.0 clients that do not say.
    var hoverMarkdown = true

    init() {}

    init(_ c: ClientCapabilities) {
        pullsDiagnostics = c.textDocument?.diagnostic != nil
        diagnosticRefresh = c.workspace?.diagnostics?.refreshSupport == true
        workspaceConfiguration = c.workspace?.configuration == true
        watchedFilesRegistration = c.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        versionedEdits = c.workspace?.workspaceEdit?.documentChanges == true
        showDocument = c.window?.showDocument?.support == true
        hierarchicalSymbols = c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport == true
        if let formats = c.textDocument?.hover?.contentFormat,
           let first = formats.first(where: { $0 == "markdown" || $0 == "plaintext" }) {
            hoverMarkdown = first == "markdown"
        }
    }
}
