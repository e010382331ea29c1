import AnnotationCore
import AnnotationProtocol

/// A `Finding` as an LSP `Diagnostic`. Pure: the caller supplies how to place a location in another
/// document (its URI and text), so this knows nothing of server state.
enum DiagnosticConversion {
    static let source = "annotd"

    static func diagnostic(_ finding: Finding, text: SourceText, encoding: ColumnEncoding,
                           locate: (RelatedLocation) -> Location?) -> Diagnostic {
        let related = finding.related.compactMap { r in
            locate(r).map { DiagnosticRelatedInformation(location: $0, message: r.message) }
        }
        return Diagnostic(
            range: text.lspRange(finding.range, encoding),
            severity: finding.severity.rank,
            code: finding.code,
            codeDescription: RuleCatalog.rule(finding.code).map { CodeDescription(href: $0.helpURI) },
            source: source,
            message: finding.message,
            relatedInformation: related.isEmpty ? nil : related,
            data: finding.data.map(LSPAny.init))
    }
}
