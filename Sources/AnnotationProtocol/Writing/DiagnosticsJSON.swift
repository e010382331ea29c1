extension PublishDiagnosticsParams: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("uri")
        json.string(uri)
        if let version {
            json.key("version")
            json.int(version)
        }
        json.key("diagnostics")
        diagnostics.writeJSON(into: &json)
        json.endObject()
    }
}

extension Diagnostic: JSONWritable {
    public func writeJSON(into json: inout JSONWriter) {
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
            data.writeJSON(into: &json)
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
