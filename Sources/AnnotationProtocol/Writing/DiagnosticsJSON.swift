extension PublishDiagnosticsParams: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        Self.write(uri: uri, version: version, into: &json) { diagnostics.writeJSON(into: &$0) }
    }

    /// The params object, with the diagnostics array written by `diagnostics`.
    public static func write(uri: String, version: Int?, into json: inout JSONWriter,
                             diagnostics: (inout JSONWriter) -> Void) {
        json.beginObject()
        json.key("uri")
        json.string(uri)
        if let version {
            json.key("version")
            json.int(version)
        }
        json.key("diagnostics")
        diagnostics(&json)
        json.endObject()
    }
}

/// `PublishDiagnosticsParams` whose diagnostics were each written before (`Diagnostic.writeJSON` into a
/// writer of its own): the same bytes, without converting and writing again those that did not change.
public struct WrittenPublishDiagnostics: JSONWritable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [[UInt8]]

    public init(uri: String, version: Int?, diagnostics: [[UInt8]]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }

    public func writeJSON(into json: inout JSONWriter) {
        PublishDiagnosticsParams.write(uri: uri, version: version, into: &json) { json in
            json.beginArray()
            for d in diagnostics { json.value(written: d) }
            json.endArray()
        }
    }
}

extension Diagnostic: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        writeJSON(into: &json, data: data.map { data in { data.writeJSON(into: &$0) } })
    }

    /// The diagnostic with its `data` member written by `data` (left out when nil) in place of its own: a
    /// server whose data is held in another form writes it where it stands, without making an `LSPAny` of it.
    public func writeJSON(into json: inout JSONWriter, data: ((inout JSONWriter) -> Void)?) {
        json.beginObject()
        json.key("range")
        range.writeJSON(into: &json)
        if let severity {
            json.key("severity")
            json.int(severity)
        }
        if let code {
            json.key("code")
            json.string(code)
        }
        if let codeDescription {
            json.key("codeDescription")
            json.beginObject()
            json.key("href")
            json.string(codeDescription.href)
            json.endObject()
        }
        if let source {
            json.key("source")
            json.string(source)
        }
        json.key("message")
        json.string(message)
        if let relatedInformation {
            json.key("relatedInformation")
            relatedInformation.writeJSON(into: &json)
        }
        if let data {
            json.key("data")
            data(&json)
        }
        json.endObject()
    }
}

extension DiagnosticRelatedInformation: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("location")
        location.writeJSON(into: &json)
        json.key("message")
        json.string(message)
        json.endObject()
    }
}
