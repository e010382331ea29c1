import Foundation
import AnnotationCore

/// The server figures of SPEC §10, over stdio against the built binary: `initialize` round trip, time until
/// the workspace is indexed, `didChange` → `publishDiagnostics` latency on the large file, hover latency, and
/// peak memory.
struct ServerMeasurement {
    struct Result: Codable, Equatable {
        var initializeMilliseconds: Double
        /// From sending `initialize` to the server's "indexed N file(s)" log message.
        var indexedSeconds: Double
        var indexedFiles: Int
        var publishesWhileIndexing: Int
        var edit = LatencySamples()
        /// Diagnostics of other documents the server re-published per edit (conflict partners), on average.
        var otherPublishesPerEdit: Double = 0
        var diagnosticsOnBigFile = 0
        var hover = LatencySamples()
        var hoversWithCard = 0
        var peakRSSKiB: Int
        var rssKiB: Int
    }

    let binary: String
    let root: URL
    let bigFile: URL
    let edits: Int
    let hovers: Int
    let stderrLog: URL

    func run() throws -> Result {
        let session = try ServerSession(binary: binary, stderrLog: stderrLog)
        defer { session.close() }
        let rootURI = "file://" + root.path
        let capabilities: [String: Any] = [
            "general": ["positionEncodings": ["utf-16"]],
            "textDocument": ["publishDiagnostics": ["versionSupport": true], "hover": ["contentFormat": ["markdown"]]],
        ]
        let initialize = try session.request("initialize", ["processId": Int(getpid()), "rootUri": rootURI,
                                                            "capabilities": capabilities])
        let answered = try session.response(to: initialize.id)
        let initializeMs = Double(answered.arrived - initialize.sent) / 1e6
        try session.notify("initialized", [:])

        // Indexing runs in the background; the server says when it is done.
        var publishes = 0
        let indexed = try session.wait(timeout: 600, for: "'indexed' log message", seen: { m in
            if (m.json["method"] as? String) == "textDocument/publishDiagnostics" { publishes += 1 }
        }) { m in
            guard (m.json["method"] as? String) == "window/logMessage",
                  let text = (m.json["params"] as? [String: Any])?["message"] as? String else { return false }
            return text.hasPrefix("indexed ") && text.contains("from disk")
        }
        let message = ((indexed.json["params"] as? [String: Any])?["message"] as? String) ?? ""
        let indexedFiles = Int(message.split(separator: " ").dropFirst().first ?? "") ?? -1
        var result = Result(initializeMilliseconds: initializeMs,
                            indexedSeconds: Double(indexed.arrived - initialize.sent) / 1e9,
                            indexedFiles: indexedFiles, publishesWhileIndexing: publishes, peakRSSKiB: 0, rssKiB: 0)

        // Open the large file, then edit it one keystroke at a time, spread over the file: type a letter at the
        // start of a word, then delete it. (Typing a digit into a figure is the pathological case: "1,200,000"
        // becoming "71,200,000" conflicts with every claim of its kind in the workspace, and every file holding
        // one is re-published.)
        let uri = "file://" + bigFile.path
        let text = try String(contentsOf: bigFile, encoding: .utf8)
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "plaintext",
                                                                     "version": 1, "text": text]])
        let opened = try waitForPublish(session, uri: uri, version: 1)
        result.diagnosticsOnBigFile = (((opened.json["params"] as? [String: Any])?["diagnostics"]) as? [Any])?.count ?? 0

        let analysis = Analyzer().analyze(SourceText(text), id: bigFile.path)
        let lines = analysis.text.lines
        let figureStarts = analysis.figures.map { lines.position(of: $0.range.lowerBound, encoding: .utf16) }
        guard !figureStarts.isEmpty else { throw ServerSession.Failure(description: "the large file has no figures") }
        let wordStarts = Self.wordStarts(analysis.text).map { lines.position(of: $0, encoding: .utf16) }
        guard !wordStarts.isEmpty else { throw ServerSession.Failure(description: "the large file has no words") }
        var version = 1
        var others = 0
        let pairs = (edits + 1) / 2
        for k in 0..<pairs {
            if k > 0, k % 50 == 0 { BenchCommand.progress("server: \(k * 2) edits") }
            let p = wordStarts[(k * 97) % wordStarts.count]
            let at: [String: Any] = ["line": p.line, "character": p.character]
            let after: [String: Any] = ["line": p.line, "character": p.character + 1]
            for change in [["range": ["start": at, "end": at], "text": "x"],
                           ["range": ["start": at, "end": after], "text": ""]] {
                version += 1
                let sent = try session.send(["method": "textDocument/didChange", "params": [
                    "textDocument": ["uri": uri, "version": version], "contentChanges": [change]]])
                let published = try waitForPublish(session, uri: uri, version: version) { others += 1 }
                result.edit.add(nanoseconds: published.arrived - sent)
            }
        }
        result.otherPublishesPerEdit = Double(others) / Double(max(1, pairs * 2))

        // Hover over figures and actor mentions in turn (the text is back to what was analysed above).
        var targets = figureStarts
        targets += analysis.mentions.map { lines.position(of: $0.range.lowerBound, encoding: .utf16) }
        for k in 0..<hovers {
            let p = targets[(k * 11) % targets.count]
            let r = try session.request("textDocument/hover", ["textDocument": ["uri": uri],
                                                              "position": ["line": p.line, "character": p.character]])
            let answer = try session.response(to: r.id, timeout: 30)
            result.hover.add(nanoseconds: answer.arrived - r.sent)
            if answer.json["result"] is [String: Any] { result.hoversWithCard += 1 }
        }

        if let memory = session.memoryKiB() {
            result.peakRSSKiB = memory.peak
            result.rssKiB = memory.current
        }
        return result
    }

    /// Byte offsets of words that start after a space with a lower-case ASCII letter.
    static func wordStarts(_ text: SourceText) -> [Int] {
        var out: [Int] = []
        let b = text.bytes
        for i in 1..<max(1, b.count) where b[i - 1] == 0x20 && (0x61...0x7A).contains(b[i]) { out.append(i) }
        return out
    }

    private func waitForPublish(_ session: ServerSession, uri: String, version: Int,
                                other: () -> Void = {}) throws -> ServerSession.Incoming {
        try session.wait(timeout: 120, for: "diagnostics of version \(version)", seen: { m in
            if (m.json["method"] as? String) == "textDocument/publishDiagnostics" { other() }
        }) { m in
            guard (m.json["method"] as? String) == "textDocument/publishDiagnostics",
                  let params = m.json["params"] as? [String: Any] else { return false }
            return params["uri"] as? String == uri && params["version"] as? Int == version
        }
    }
}
