import Foundation
import AnnotationCore

/// The server figures of SPEC §10 and issue 19, over stdio against the built binary: `initialize` round trip,
/// time until the workspace is indexed, `didOpen` → first `publishDiagnostics` of a ~3 KB workspace file and of
/// the large file while the workspace is being indexed, `didChange` → `publishDiagnostics` latency on both,
/// hover latency, and peak memory.
struct ServerMeasurement {
    struct Result: Codable, Equatable {
        var initializeMilliseconds: Double
        /// From sending `initialize` to the server's "indexed N file(s)" log message.
        var indexedSeconds: Double
        var indexedFiles: Int
        var publishesWhileIndexing: Int
        /// `didOpen` → the first `publishDiagnostics` of that document, both opened right after `initialized`.
        var openSmallMilliseconds: Double = 0
        var openBigMilliseconds: Double = 0
        /// Whether both first publishes arrived before the "indexed" message (the server was still indexing).
        var openedWhileIndexing = false
        var smallFileBytes = 0
        /// Edits of the large file.
        var edit = LatencySamples()
        /// Edits of the ~3 KB workspace file.
        var smallEdit = LatencySamples()
        /// Server CPU time per edit over each edit loop (what the edits cost it, ripple included), in ms.
        var editCPUMilliseconds: Double?
        var smallEditCPUMilliseconds: Double?
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
    /// A regular file of the workspace, about 3 KB.
    let smallFile: URL
    let edits: Int
    /// Seconds the client waits before each edit.
    let editPause: Double
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

        // Open the small file, then the large one, while the workspace is indexed in the background: each
        // must be published at once, before the index is ready. Each is timed from its own didOpen; the large
        // one is sent once the small one is published, so that neither waits for the other's analysis.
        let uri = "file://" + bigFile.path
        let text = try String(contentsOf: bigFile, encoding: .utf8)
        let smallURI = "file://" + smallFile.path
        let smallText = try String(contentsOf: smallFile, encoding: .utf8)
        var publishes = 0
        var indexedMessage: ServerSession.Incoming?
        var bigDiagnostics = 0
        func countPublish(_ m: ServerSession.Incoming) {
            guard m.method == "textDocument/publishDiagnostics" else { return }
            publishes += 1
            if m.uri == uri { bigDiagnostics = (m.params?["diagnostics"] as? [Any])?.count ?? 0 }
        }
        func open(_ uri: String, _ text: String) throws -> Double {
            let sent = try session.send(["method": "textDocument/didOpen", "params": [
                "textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": text]]])
            let first = try session.wait(timeout: 120, for: "first diagnostics of \(uri)", seen: { m in
                countPublish(m)
                if Self.isIndexedMessage(m) { indexedMessage = m }
            }) { m in Self.isPublish(m, uri: uri, version: 1) }
            countPublish(first)
            return Double(first.arrived - sent) / 1e6
        }
        let openSmall = try open(smallURI, smallText)
        let openBig = try open(uri, text)
        let openedWhileIndexing = indexedMessage == nil

        // Indexing runs in the background; the server says when it is done.
        let indexed = try indexedMessage ?? session.wait(timeout: 600, for: "'indexed' log message",
                                                         seen: countPublish, until: Self.isIndexedMessage)
        let message = indexed.params?["message"] as? String ?? ""
        let indexedFiles = Int(message.split(separator: " ").dropFirst().first ?? "") ?? -1
        var result = Result(initializeMilliseconds: initializeMs,
                            indexedSeconds: Double(indexed.arrived - initialize.sent) / 1e9,
                            indexedFiles: indexedFiles, publishesWhileIndexing: publishes, peakRSSKiB: 0, rssKiB: 0)
        result.openSmallMilliseconds = openSmall
        result.openBigMilliseconds = openBig
        result.openedWhileIndexing = openedWhileIndexing
        result.smallFileBytes = smallText.utf8.count
        result.diagnosticsOnBigFile = bigDiagnostics

        // Edit the large file, then the small one, one keystroke at a time, spread over the file: type a
        // letter at the start of a word, then delete it. (Typing a digit into a figure is the pathological case:
        // "1,200,000" becoming "71,200,000" conflicts with every claim of its kind in the workspace, and every
        // file holding one is re-published.)
        let analysis = Analyzer().analyze(SourceText(text), id: bigFile.path)
        let lines = analysis.text.lines
        let figureStarts = analysis.figures.map { lines.position(of: $0.range.lowerBound, encoding: .utf16) }
        guard !figureStarts.isEmpty else { throw ServerSession.Failure(description: "the large file has no figures") }
        var others = 0
        var cpu = session.cpuSeconds()
        result.edit = try editLoop(session, uri: uri, text: text, others: &others)
        result.editCPUMilliseconds = Self.perEdit(from: cpu, to: session.cpuSeconds(), edits: result.edit.milliseconds.count)
        result.otherPublishesPerEdit = Double(others) / Double(max(1, result.edit.milliseconds.count))
        var smallOthers = 0
        cpu = session.cpuSeconds()
        result.smallEdit = try editLoop(session, uri: smallURI, text: smallText, others: &smallOthers)
        result.smallEditCPUMilliseconds = Self.perEdit(from: cpu, to: session.cpuSeconds(),
                                                       edits: result.smallEdit.milliseconds.count)

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

    /// Types a letter at the start of a word and deletes it, `edits` times in all over the document (open at
    /// version 1), waiting for the publish of each version (and then `editPause`); publishes of other documents
    /// are counted.
    private func editLoop(_ session: ServerSession, uri: String, text: String,
                          others: inout Int) throws -> LatencySamples {
        let source = SourceText(text)
        let wordStarts = Self.wordStarts(source).map { source.lines.position(of: $0, encoding: .utf16) }
        guard !wordStarts.isEmpty else { throw ServerSession.Failure(description: "\(uri) has no words") }
        var samples = LatencySamples()
        var version = 1
        let pairs = (edits + 1) / 2
        for k in 0..<pairs {
            if k > 0, k % 50 == 0 { BenchCommand.progress("server: \(k * 2) edits of \(uri)") }
            let p = wordStarts[(k * 97) % wordStarts.count]
            let at: [String: Any] = ["line": p.line, "character": p.character]
            let after: [String: Any] = ["line": p.line, "character": p.character + 1]
            for change in [["range": ["start": at, "end": at], "text": "x"],
                           ["range": ["start": at, "end": after], "text": ""]] {
                version += 1
                if editPause > 0 { Thread.sleep(forTimeInterval: editPause) }
                let sent = try session.send(["method": "textDocument/didChange", "params": [
                    "textDocument": ["uri": uri, "version": version], "contentChanges": [change]]])
                let published = try waitForPublish(session, uri: uri, version: version) { others += 1 }
                samples.add(nanoseconds: published.arrived - sent)
            }
        }
        return samples
    }

    /// CPU milliseconds per edit between two readings; nil when either could not be read.
    static func perEdit(from start: Double?, to end: Double?, edits: Int) -> Double? {
        guard let start, let end, edits > 0 else { return nil }
        return (end - start) * 1000 / Double(edits)
    }

    static func isIndexedMessage(_ m: ServerSession.Incoming) -> Bool {
        guard m.method == "window/logMessage", let text = m.params?["message"] as? String else { return false }
        return text.hasPrefix("indexed ") && text.contains("from disk")
    }

    static func isPublish(_ m: ServerSession.Incoming, uri: String, version: Int) -> Bool {
        m.method == "textDocument/publishDiagnostics" && m.uri == uri && m.version == version
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
            if m.method == "textDocument/publishDiagnostics" { other() }
        }) { m in Self.isPublish(m, uri: uri, version: version) }
    }
}
