import Foundation
import AnnotationCore
import AnnotationProtocol

/// The one owner of the server's mutable state. Every property below is read and written only on `queue`
/// (a serial queue); the reader thread and background indexing reach it only by enqueueing work. That is
/// what `@unchecked Sendable` stands for here: exclusivity by confinement, which the compiler cannot see.
final class Server: @unchecked Sendable {
    let queue = DispatchQueue(label: "annotd.server")
    let writer: MessageWriter
    let options: ServerOptions
    private let onExit: @Sendable (Int32) -> Void

    /// Messages the reader has delivered and the queue has not taken yet (guarded by `inboxLock`, the only
    /// state touched off the queue). Taking the whole inbox at once is what coalesces a burst of edits.
    private let inboxLock = NSLock()
    private var inbox: [Inbound] = []
    /// When the oldest message of `inbox` arrived (guarded by `inboxLock`; kept only with `ServerTiming`).
    private var inboxSince: UInt64 = 0
    /// Set when `ANNOTD_TIMING` asks for the queue's timings on stderr.
    let timing: ServerTiming? = ServerTiming.enabled ? ServerTiming() : nil

    var lifecycle = Lifecycle.uninitialized
    var encoding = ColumnEncoding.utf16
    var client = ClientFeatures()
    var documents = DocumentStore()
    var index = WorkspaceIndex()
    /// The client's layer of configuration (initializationOptions, then didChangeConfiguration).
    var configuration = Configuration()
    var analyzer = Analyzer()
    var rules = RuleEngine()
    var trace = "off"
    /// The client's spelling of each document's URI, kept after close so later messages about it match.
    var uris: [String: String] = [:]
    /// Open documents edited since their last analysis.
    var dirty: Set<String> = []
    /// Documents that were last published with at least one diagnostic (so clearing them is needed).
    var publishedNonEmpty: Set<String> = []
    /// What the last `publishDiagnostics` sent for each document said (`Server.send(_:for:)`); forgotten when
    /// the document is opened or closed, since an editor may clear what it showed then.
    var lastSent: [String: SentBody] = [:]
    /// Each open document's findings as last published (`WrittenFindings`), valid for this `index` and
    /// `rules`: dropped when either is replaced, and when the document closes.
    var writtenFindings: [String: WrittenFindings] = [:]
    /// What an edit replaced (the analysis the index held, the findings last written), kept until the edited
    /// buffer's diagnostics are sent: freeing a 100 KB document's figures and written diagnostics took
    /// longer than the keystroke's reply should wait.
    var retired = Retired()
    /// How many diagnostics the last open-buffer publications wrote rather than carried over (timing log).
    var writtenAnew = 0
    /// Unopened documents whose findings an edit changed, published a few at a time between messages (see
    /// `publishRipple`), and whether a job to do so is queued.
    var ripple: Set<String> = []
    var rippleScheduled = false
    /// Pull diagnostics: a document's result id changes whenever its findings may have changed.
    var diagnosticsGeneration = 0
    var resultGeneration: [String: Int] = [:]
    let sessionTag = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    /// `workspace/diagnostic` requests held open until something changes (long poll), with what the client had.
    var parkedWorkspaceDiagnostics: [(id: RequestID, previous: [String: String])] = []
    var workspaceRoots: [String] = []
    /// Bumped when configuration changes, so results of an indexing pass with an old analyzer are dropped.
    var indexingEpoch = 0
    /// Folds of files read from disk running off the queue (see `finishIndexing`), each with the documents
    /// the queue has changed in the index since the fold copied it.
    var foldsInFlight: [Int: Set<String>] = [:]
    var nextFold = 0
    var nextOutgoingID = 0
    var pendingClientRequests: [RequestID: (ResponseMessage) -> Void] = [:]

    init(writer: MessageWriter, options: ServerOptions, onExit: @escaping @Sendable (Int32) -> Void) {
        self.writer = writer
        self.options = options
        self.onExit = onExit
    }

    /// Called on the reader thread.
    func receive(_ items: [Inbound]) {
        inboxLock.lock()
        if timing != nil, inbox.isEmpty { inboxSince = ServerTiming.now() }
        inbox.append(contentsOf: items)
        inboxLock.unlock()
        queue.async { self.drainInbox() }
    }

    var inboxIsEmpty: Bool {
        inboxLock.lock()
        defer { inboxLock.unlock() }
        return inbox.isEmpty
    }

    private func drainInbox() {
        inboxLock.lock()
        let batch = inbox
        let since = inboxSince
        inbox.removeAll()
        inboxLock.unlock()
        guard !batch.isEmpty else { return }
        guard let timing else { return process(batch) }
        let start = ServerTiming.now()
        timing.beginJob()
        process(batch)
        timing.endJob("batch", started: start,
                      detail: "waited \(ServerTiming.ms(start &- since)) ms: \(batch.map(Self.describe).joined(separator: " "))")
    }

    /// A message's method (or what it is), for the timing log.
    private static func describe(_ item: Inbound) -> String {
        switch item {
        case .message(.request(let r)): return r.method
        case .message(.notification(let n)): return n.method
        case .message(.response): return "response"
        case .invalid: return "invalid"
        case .framing: return "framing"
        case .endOfInput: return "end"
        }
    }

    /// Handles a batch in order. A request whose cancellation is already in the batch is answered -32800
    /// without being run; edits are applied at once but analysed after the batch (or before the first request
    /// that reads results), so a burst of changes to a document is analysed once, at its latest version.
    func process(_ batch: [Inbound]) {
        let cancelled = Set(batch.compactMap(Self.cancelledID))
        for item in batch {
            guard lifecycle != .exited else { return }
            switch item {
            case .message(.request(let request)):
                if cancelled.contains(request.id) {
                    send(error: .requestCancelled, id: request.id)
                } else {
                    handle(request)
                }
            case .message(.notification(let notification)):
                handle(notification)
            case .message(.response(let response)):
                handle(response)
            case .invalid(let invalid):
                log(.warning, "rejected a message: \(invalid.error.message)")
                send(error: invalid.error, id: invalid.id)
            case .framing(let error):
                log(.warning, "input framing: \(error)")
            case .endOfInput:
                log(.info, "input closed")
                exit()
            }
        }
        guard lifecycle != .exited else { return }
        flushAnalysis()
    }

    private static func cancelledID(_ item: Inbound) -> RequestID? {
        guard case .message(.notification(let n)) = item, n.method == "$/cancelRequest" else { return nil }
        return try? n.params(CancelParams.self).id
    }

    func handle(_ request: RequestMessage) {
        switch lifecycle {
        case .uninitialized where request.method != "initialize":
            send(error: .serverNotInitialized, id: request.id)
            return
        case .shutDown:
            send(error: .invalidRequest("the server is shut down; only 'exit' is accepted"), id: request.id)
            return
        default:
            break
        }
        do {
            try dispatch(request)
        } catch let error as ResponseError {
            if error.code != ResponseError.methodNotFoundCode {
                log(.warning, "\(request.method) failed: \(error.message)")
            }
            send(error: error, id: request.id)
        } catch {
            send(error: .internalError("\(error)"), id: request.id)
        }
    }

    private func dispatch(_ r: RequestMessage) throws {
        switch r.method {
        case "initialize": try initialize(r)
        case "shutdown": shutdown(r)
        case "textDocument/hover":
            writer.send(OutgoingMessage.response(id: r.id, written: hover(try r.params())))
            timing?.mark("write")
        case "textDocument/references": respond(r.id, references(try r.params()))
        case "textDocument/documentHighlight": respond(r.id, documentHighlights(try r.params()))
        case "textDocument/diagnostic": respond(r.id, documentDiagnostics(try r.params()))
        case "workspace/diagnostic": workspaceDiagnostics(r.id, try r.params())
        case "textDocument/codeAction": respond(r.id, codeActions(try r.params()))
        case "workspace/executeCommand": respond(r.id, try executeCommand(try r.params()))
        case "textDocument/inlayHint": respond(r.id, inlayHints(try r.params()))
        case "textDocument/documentSymbol": respond(r.id, documentSymbols(try r.params()))
        case "workspace/symbol": respond(r.id, workspaceSymbols(try r.params()))
        case "textDocument/semanticTokens/full": respond(r.id, semanticTokens(try r.params(SemanticTokensParams.self)))
        case "textDocument/semanticTokens/range": respond(r.id, semanticTokens(try r.params(SemanticTokensRangeParams.self)))
        default: throw ResponseError.methodNotFound(r.method)
        }
    }

    func handle(_ n: NotificationMessage) {
        if n.method == "exit" {
            exit()
            return
        }
        // Before initialize and after shutdown, notifications are dropped (LSP 3.17 §Lifecycle).
        guard lifecycle == .running else { return }
        do {
            switch n.method {
            case "initialized": didInitialize()
            case "textDocument/didOpen": didOpen(try n.params())
            case "textDocument/didChange": didChange(try n.params())
            case "textDocument/didSave": break // The buffer is analysed on every change; saving adds nothing.
            case "textDocument/didClose": didClose(try n.params())
            case "workspace/didChangeConfiguration": didChangeConfiguration(try n.params())
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(try n.params())
            case "workspace/didChangeWorkspaceFolders": didChangeWorkspaceFolders(try n.params())
            case "$/cancelRequest": cancel(try n.params(CancelParams.self).id)
            case "$/setTrace": trace = try n.params(SetTraceParams.self).value
            default: break // Unknown notifications are ignored, as LSP requires.
            }
        } catch {
            log(.warning, "ignored \(n.method): \(error.message)")
        }
    }

    func handle(_ response: ResponseMessage) {
        guard let id = response.id, let handler = pendingClientRequests.removeValue(forKey: id) else { return }
        handler(response)
    }

    // MARK: output

    func respond(_ id: RequestID, _ result: some Encodable) {
        writer.send(OutgoingMessage.response(id: id, result: result))
    }

    func send(error: ResponseError, id: RequestID?) {
        writer.send(OutgoingMessage.error(id: id, error))
    }

    func notify(_ method: String, _ params: some Encodable) {
        writer.send(OutgoingMessage.notification(method: method, params: params))
    }

    /// Sends a request to the client; `onResponse` runs on the queue when (if) it answers.
    func request(_ method: String, _ params: (some Encodable)?, onResponse: @escaping (ResponseMessage) -> Void = { _ in }) {
        nextOutgoingID += 1
        let id = RequestID.string("annotd-\(nextOutgoingID)")
        pendingClientRequests[id] = onResponse
        if let params {
            writer.send(OutgoingMessage.request(id: id, method: method, params: params))
        } else {
            writer.send(OutgoingMessage.request(id: id, method: method))
        }
    }

    /// Ends the session: code 0 if `shutdown` came first, 1 otherwise (LSP 3.17 §exit).
    func exit() {
        guard lifecycle != .exited else { return }
        let code: Int32 = lifecycle == .shutDown ? 0 : 1
        lifecycle = .exited
        writer.flush()
        onExit(code)
    }
}
