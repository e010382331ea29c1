import Foundation
import AnnotationCore
import AnnotationProtocol

extension Server {
    /// Shows a configuration file's state as diagnostics on that file (SPEC §7: an error is a warning
    /// diagnostic on the config file): the error at the offending key, or nothing once the file is fixed.
    /// Pushed whatever the client's diagnostic model, since the file is not one of the indexed documents.
    func reportConfigurationFile(_ path: String, _ error: Error?) {
        let id = URL(fileURLWithPath: path).standardizedFileURL.path
        // Published here, not by `send(_:for:)`: what that last sent for this path is no longer what the client has.
        lastSent.removeValue(forKey: id)
        guard let error else {
            // Clear only what was published, so that a healthy file costs no traffic.
            guard publishedNonEmpty.remove(id) != nil else { return }
            notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri(of: id), version: nil, diagnostics: []))
            return
        }
        let text = SourceText(decoding: FileManager.default.contents(atPath: path) ?? Data())
        let range = Self.keyRange((error as? ConfigurationError)?.key, in: text)
        let diagnostic = Diagnostic(range: text.lspRange(range, encoding), severity: Severity.warning.rank,
                                    code: "configuration", codeDescription: nil, source: DiagnosticConversion.source,
                                    message: (error as? ConfigurationError)?.problemWithKey ?? "\(error)",
                                    relatedInformation: nil, data: nil)
        publishedNonEmpty.insert(id)
        notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri(of: id), version: nil, diagnostics: [diagnostic]))
    }

    /// Where a key stands: the first `"name"` of its last path component (`rules.x` → `"x"`,
    /// `actors[0].kind` → `"kind"`); else the first line, for errors about the whole file.
    static func keyRange(_ key: String?, in text: SourceText) -> Range<Int> {
        let firstLine = text.lines.contentRange(ofLine: 0)
        guard let key else { return firstLine }
        let last = key.split(separator: ".").last.map { String($0.split(separator: "[").first ?? $0) } ?? key
        let needle = Array("\"\(last)\"".utf8)
        let bytes = text.bytes
        guard needle.count <= bytes.count else { return firstLine }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<i + needle.count]) == needle {
            return i..<i + needle.count
        }
        return firstLine
    }
}

extension ConfigurationError {
    /// The message without the file name, which the diagnostic's location already shows.
    var problemWithKey: String {
        key.map { "key '\($0)': \(problem)" } ?? problem
    }
}
