import Foundation
import AnnotationCore
import AnnotationProtocol

/// Quick fixes for findings: a citation placeholder, a respelling to the workspace's dominant form, a
/// suppression comment, and "show the other figures" for a conflict. Edits are computed by the engine in
/// byte offsets against the analysed text and converted here; each names the document version it was
/// computed for, so a client whose buffer has moved on refuses it instead of corrupting the text.
extension Server {
    static let showOtherFiguresCommand = "annotd.showOtherFigures"

    func codeActions(_ p: CodeActionParams) -> [CodeAction] {
        flushAnalysis()
        // Every action here is a quick fix; a client asking only for other kinds (refactor, source) gets none.
        if let only = p.context.only, !only.contains(where: { $0.isEmpty || $0 == CodeActionKind.quickFix }) {
            return []
        }
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = completeAnalysis(id) else { return [] }
        let a = doc.text.offset(of: p.range.start, encoding), b = doc.text.offset(of: p.range.end, encoding)
        let (lo, hi) = (min(a, b), max(a, b))
        let findings = rules.findings(for: id, in: index)
        var out: [CodeAction] = []
        for finding in findings where finding.range.lowerBound <= hi && lo <= finding.range.upperBound {
            let diagnostic = clientDiagnostic(matching: finding, in: doc, p.context.diagnostics)
                ?? lspDiagnostic(finding, in: doc)
            out += actions(for: finding, diagnostic: diagnostic, in: doc, all: findings)
        }
        return out
    }

    private func actions(for f: Finding, diagnostic: Diagnostic, in doc: DocumentAnalysis,
                         all: [Finding]) -> [CodeAction] {
        func fix(_ title: String, _ edits: [TextReplacement], preferred: Bool = false) -> CodeAction {
            CodeAction(title: title, kind: CodeActionKind.quickFix, diagnostics: [diagnostic],
                       isPreferred: preferred ? true : nil, edit: workspaceEdit(doc, edits))
        }
        var out: [CodeAction] = []
        switch f.code {
        case "unsourced-figure":
            if let edits = CitationPlaceholder.edits(forFigureAt: f.range, in: doc) {
                let what = doc.format == .markdown ? "a footnote " + (edits.first?.text.prefix { $0 != "\n" && $0 != "\r" } ?? "")
                                                   : "“\(CitationPlaceholder.plainText)”"
                out.append(fix("Add \(what) to this sentence", edits, preferred: true))
            }
        case "actor-variant":
            guard let preferred = f.data?["preferred"].flatMap(Self.string) else { break }
            let current = doc.text.string(f.range)
            out.append(fix("Spell ‘\(current)’ as ‘\(preferred)’", VariantRewrite.edits([f.range], to: preferred, in: doc.text),
                           preferred: true))
            let same = all.filter { $0.code == "actor-variant" && $0.data?["preferred"].flatMap(Self.string) == preferred }
            if same.count > 1 {
                out.append(fix("Spell all \(same.count) variants in this file as ‘\(preferred)’",
                               VariantRewrite.edits(same.map(\.range), to: preferred, in: doc.text)))
            }
        case "conflicting-figure":
            let locations = f.related.compactMap(location)
            if !locations.isEmpty {
                let title = locations.count == 1 ? "Show the other figure" : "Show the \(locations.count) other figures"
                out.append(CodeAction(title: title, kind: CodeActionKind.quickFix, diagnostics: [diagnostic], isPreferred: nil,
                                      command: Command(title: title, command: Self.showOtherFiguresCommand,
                                                       arguments: locations.compactMap { Self.lspAny($0) })))
            }
        case "unused-suppression":
            if let removal = SuppressionComment.removal(ofDirectiveAt: f.range, in: doc) {
                out.append(fix("Remove this unused suppression", [removal], preferred: true))
            }
        default:
            break
        }
        // Any rule's finding may be silenced (not the hint about a suppression itself: remove that instead).
        if RuleCatalog.rule(f.code) != nil, f.code != "unused-suppression" {
            out.append(fix("Suppress \(f.code) on this line", [SuppressionComment.edit(code: f.code, findingAt: f.range.lowerBound, in: doc)]))
        }
        return out
    }

    /// Byte-offset replacements as a `WorkspaceEdit` on the text they were computed from: versioned
    /// `documentChanges` when the client takes them, else plain `changes`.
    func workspaceEdit(_ doc: DocumentAnalysis, _ edits: [TextReplacement]) -> WorkspaceEdit {
        let textEdits = edits.map { TextEdit(range: doc.text.lspRange($0.range, encoding), newText: $0.text) }
        let uri = uri(of: doc.id)
        guard client.versionedEdits else { return WorkspaceEdit(changes: [uri: textEdits]) }
        let target = OptionalVersionedTextDocumentIdentifier(uri: uri, version: documents[doc.id]?.version)
        return WorkspaceEdit(documentChanges: [TextDocumentEdit(textDocument: target, edits: textEdits)])
    }

    /// The client's own copy of the diagnostic an action fixes, when it sent one that matches (same code and
    /// range): echoing it lets the client tie the action to the squiggle it shows.
    private func clientDiagnostic(matching f: Finding, in doc: DocumentAnalysis, _ sent: [LSPAny]) -> Diagnostic? {
        let range = Self.lspAny(doc.text.lspRange(f.range, encoding))
        for d in sent where d["code"]?.stringValue == f.code && d["range"] == range {
            if let decoded = Self.decode(Diagnostic.self, from: d) { return decoded }
        }
        return nil
    }

    func lspDiagnostic(_ f: Finding, in doc: DocumentAnalysis) -> Diagnostic {
        DiagnosticConversion.diagnostic(f, text: doc.text, encoding: encoding, locate: location)
    }

    func location(_ r: RelatedLocation) -> Location? {
        guard let other = index.documents[r.document] else { return nil }
        return Location(uri: uri(of: r.document), range: other.text.lspRange(r.range, encoding))
    }

    /// `workspace/executeCommand`. "Show the other figures" opens the first in the editor when the client
    /// can be asked to (`window/showDocument`) and names them all in a message; either way the locations are
    /// the command's result, for clients that show a list themselves.
    func executeCommand(_ p: ExecuteCommandParams) throws(ResponseError) -> [Location] {
        guard p.command == Self.showOtherFiguresCommand else {
            throw .invalidParams("unknown command '\(p.command)' (known: \(Self.showOtherFiguresCommand))")
        }
        let locations = (p.arguments ?? []).compactMap { Self.decode(Location.self, from: $0) }
        guard !locations.isEmpty else { throw .invalidParams("\(p.command) takes one or more Locations as arguments") }
        if client.showDocument, let first = locations.first {
            request("window/showDocument", ShowDocumentParams(uri: first.uri, takeFocus: true, selection: first.range))
        }
        let places = locations.map { l -> String in
            let id = DocumentIdentity.id(forURI: l.uri)
            let text = index.documents[id].map { doc -> String in
                let lo = doc.text.offset(of: l.range.start, encoding), hi = doc.text.offset(of: l.range.end, encoding)
                return " “" + doc.text.string(lo..<max(lo, hi)) + "”"
            } ?? ""
            return "\(id):\(l.range.start.line + 1)\(text)"
        }
        show(.info, "Other figures for the same quantity: " + places.joined(separator: "; "))
        return locations
    }

    static func string(_ v: JSONValue) -> String? {
        if case .string(let s) = v { return s }
        return nil
    }

    static func decode<T: Decodable>(_ type: T.Type, from value: LSPAny) -> T? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }
}
