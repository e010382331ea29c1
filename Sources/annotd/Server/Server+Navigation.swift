import AnnotationCore
import AnnotationProtocol

/// Hover, references and highlights: read-only questions about a position, answered from the index after
/// pending edits are analysed (so they see the text the client sees).
extension Server {
    func hover(_ p: TextDocumentPositionParams) -> Hover? {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = completeAnalysis(id) else { return nil }
        let offset = doc.text.offset(of: p.position, encoding)
        timing?.mark("hover: flush and document")
        let found = HoverCards.card(in: doc, offset: offset, index: index)
        timing?.mark("card")
        guard let card = found else { return nil }
        let text = WorkspacePaths(roots: workspaceRoots).relativized(card.text(markdown: client.hoverMarkdown))
        timing?.mark("relativize \(text.utf8.count) bytes")
        return Hover(contents: MarkupContent(kind: client.hoverMarkdown ? "markdown" : "plaintext", value: text),
                     range: doc.text.lspRange(card.range, encoding))
    }

    func references(_ p: ReferenceParams) -> [Location] {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = index.documents[id] else { return [] }
        let offset = doc.text.offset(of: p.position, encoding)
        return index.actors.occurrences(document: id, offset: offset).compactMap { occurrence in
            guard let text = index.documents[occurrence.document]?.text else { return nil }
            return Location(uri: uri(of: occurrence.document), range: text.lspRange(occurrence.mention.range, encoding))
        }
    }

    func documentHighlights(_ p: TextDocumentPositionParams) -> [DocumentHighlight] {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = index.documents[id] else { return [] }
        let offset = doc.text.offset(of: p.position, encoding)
        return index.actors.occurrences(document: id, offset: offset)
            .filter { $0.document == id }
            .map { DocumentHighlight(range: doc.text.lspRange($0.mention.range, encoding), kind: 1) }
    }
}
