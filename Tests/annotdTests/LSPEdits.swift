import AnnotationCore
import AnnotationProtocol
@testable import annotd

/// Applies a `WorkspaceEdit` the server returned to a text, the way a client would: every range refers to
/// the text before the edit, and inserts at one position keep their order in the list.
enum LSPEdits {
    /// The edits for one URI, from `documentChanges` or `changes`, and the version they were computed for
    /// (`documentChanges` only).
    static func edits(_ workspaceEdit: LSPAny?, uri: String) -> (edits: [LSPAny], version: LSPAny?) {
        if let changes = workspaceEdit?["documentChanges"]?.arrayValue {
            let mine = changes.filter { $0["textDocument"]?["uri"]?.stringValue == uri }
            return (mine.flatMap { $0["edits"]?.arrayValue ?? [] }, mine.first?["textDocument"]?["version"])
        }
        return (workspaceEdit?["changes"]?[uri]?.arrayValue ?? [], nil)
    }

    static func apply(_ workspaceEdit: LSPAny?, uri: String, to text: String, encoding: ColumnEncoding = .utf16) -> String? {
        let list = edits(workspaceEdit, uri: uri).edits
        var changes: [(Int, TextDocumentContentChangeEvent)] = []
        for (i, e) in list.enumerated() {
            guard let r = e["range"], let newText = e["newText"]?.stringValue,
                  let sl = r["start"]?["line"]?.intValue, let sc = r["start"]?["character"]?.intValue,
                  let el = r["end"]?["line"]?.intValue, let ec = r["end"]?["character"]?.intValue else { return nil }
            let range = LSPRange(start: Position(line: sl, character: sc), end: Position(line: el, character: ec))
            changes.append((i, TextDocumentContentChangeEvent(range: range, text: newText)))
        }
        // From the end backwards, so earlier ranges stay valid; of two inserts at one place, the later first.
        changes.sort {
            let a = $0.1.range!.start, b = $1.1.range!.start
            return (a.line, a.character, $0.0) > (b.line, b.character, $1.0)
        }
        var current = SourceText(text)
        for (_, change) in changes {
            guard case .success(let next) = DocumentStore.apply(change, to: current, encoding: encoding) else { return nil }
            current = next
        }
        return current.string
    }
}
