import AnnotationCore

/// A document the client has open: its text is the client's buffer, not the file on disk, and it is what the
/// server analyses (on every change, not on save).
struct OpenDocument: Sendable {
    var uri: String
    var languageId: String
    var version: Int
    var text: SourceText
    /// The sentence-level results of the last analysis of this buffer: the next edit re-reads only the
    /// sentences it changed.
    var sentences = SentenceCache()

    /// The editor's language wins over the file name: an `untitled:` Markdown buffer has no extension.
    func format(id: String) -> DocumentFormat {
        switch languageId.lowercased() {
        case "markdown", "mdx": return .markdown
        case "plaintext", "text": return .plain
        default: return DocumentFormat(path: id)
        }
    }
}
