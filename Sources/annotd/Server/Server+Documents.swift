import AnnotationCore
import AnnotationProtocol

extension Server {
    func didOpen(_ p: DidOpenTextDocumentParams) {
        let item = p.textDocument
        let id = DocumentIdentity.id(forURI: item.uri)
        uris[id] = item.uri
        lastSent.removeValue(forKey: id)
        documents.open(id, OpenDocument(uri: item.uri, languageId: item.languageId, version: item.version,
                                        text: SourceText(buffer: item.text)))
        dirty.insert(id)
    }

    func didChange(_ p: DidChangeTextDocumentParams) {
        let uri = p.textDocument.uri
        let id = DocumentIdentity.id(forURI: uri)
        switch documents.change(id, uri: uri, version: p.textDocument.version, changes: p.contentChanges,
                                encoding: encoding) {
        case .success: dirty.insert(id)
        case .failure(let rejection): log(.warning, "ignored didChange for \(uri): \(rejection)")
        }
    }

    /// The buffer is gone: a file of the workspace falls back to its text on disk (so its findings stay and
    /// conflicts with it are still reported); anything else leaves the index and its diagnostics are cleared.
    func didClose(_ p: DidCloseTextDocumentParams) {
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard documents.close(id) != nil else {
            log(.warning, "didClose for a document that is not open: \(p.textDocument.uri)")
            return
        }
        dirty.remove(id)
        lastSent.removeValue(forKey: id)
        writtenFindings.removeValue(forKey: id)
        if isWorkspaceFile(id) {
            reindex(paths: [id])
        } else {
            diagnosticsChanged(removeFromIndex(id), edited: [id])
        }
    }

    /// Analyses every edited open document (latest text only) and reports what changed.
    func flushAnalysis() {
        guard !dirty.isEmpty else { return }
        let edited = dirty
        dirty.removeAll()
        var affected = Set<String>()
        timing?.mark("messages")
        for id in edited.sorted() {
            guard let (text, format, cache) = documents.takeForAnalysis(id) else { continue }
            let (analysis, sentences) = analyzer.analyze(text, id: id, format: format, reusing: consume cache)
            documents.keep(sentences, for: id, text: text)
            timing?.mark("analyse")
            let previous = index.documents[id]
            retired.analyses[id] = previous
            // Its conflict partners are published again only when what they say of it reads otherwise: a
            // keystroke that moves the buffer's figures by a byte on other lines changes no line or column
            // (a large buffer's partners were re-published, found unchanged, on every keystroke).
            let places = previous.map { EditedPlaces(before: $0.text.bytes, after: text.bytes) }
            affected.absorb(index.update(analysis, placeReadAlike: places.map { p in { p.readAlike($0, $1) } }))
            timing?.mark("fold")
        }
        retired.collecting = true
        noteIndexChanged(edited)
        diagnosticsChanged(affected, edited: edited)
        retired = Retired()
        timing?.mark("rest (\(affected.count) affected)")
    }

    /// Drops a document from the index. The result includes the document itself (the index leaves it out,
    /// as it has no findings any more) because its published diagnostics must be cleared.
    func removeFromIndex(_ id: String) -> Set<String> {
        guard index.documents[id] != nil else { return [] }
        noteIndexChanged([id])
        return index.remove(id).union([id])
    }

    /// The whole analysis of an indexed document, for what reads more than findings do (a hover, the
    /// semantic tokens, the outline, a quick fix): the index's own for an open buffer, else the document's
    /// text analysed again, since the index keeps only a compact form of a file nobody has open
    /// (`DocumentAnalysis.compacted()`).
    func completeAnalysis(_ id: String) -> DocumentAnalysis? {
        guard let doc = index.documents[id] else { return nil }
        return doc.isComplete ? doc : analyzer.analyze(doc.text, id: id, format: doc.format)
    }

    func uri(of id: String) -> String {
        uris[id] ?? DocumentIdentity.uri(forPath: id)
    }
}
