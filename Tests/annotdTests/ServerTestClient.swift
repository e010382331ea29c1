import Foundation
import AnnotationProtocol
@testable import annotd
#if canImport(Glibc)
import Glibc
#endif

/// An LSP client for tests: writes frames into a server (in-process over pipes, or a spawned `annotd`) and
/// collects everything it answers. Waits are bounded by a timeout only as a guard against a hung server;
/// nothing here sleeps to let time pass.
final class ServerTestClient: @unchecked Sendable {
    static let timeout: TimeInterval = 20

    private let writeFD: Int32
    private let condition = NSCondition()
    private var received: [LSPAny] = []
    private var framingErrors: [FramingError] = []
    private var exitCode: Int32?
    private var inputClosed = false
    private var nextID = 0
    /// The in-process server, to look at its state in tests that check what no message shows.
    private(set) var server: Server?
    private var process: Process?

    private init(writeFD: Int32, readFD: Int32) {
        self.writeFD = writeFD
        let thread = Thread { [self] in readLoop(readFD) }
        thread.start()
    }

    /// A server in this process, connected through two pipes. The server's ends are never closed by the
    /// test: its reader thread may still be blocked on them, and a reused descriptor would cross tests.
    static func inProcess(options: ServerOptions = ServerOptions(logToStderr: false)) -> ServerTestClient {
        var toServer: [Int32] = [0, 0], fromServer: [Int32] = [0, 0]
        precondition(pipe(&toServer) == 0 && pipe(&fromServer) == 0)
        let client = ServerTestClient(writeFD: toServer[1], readFD: fromServer[0])
        let serverOutput = fromServer[1]
        client.server = LanguageServer.start(input: toServer[0], output: serverOutput,
                                             options: options) { code in
            client.didExit(code)
            // Everything is written (the server flushed before calling us): end the client's reader.
            close(serverOutput)
        }
        return client
    }

    /// The built `annotd` binary, spawned with `--stdio` (in `directory`, with `environment` added, if given).
    static func spawned(_ binary: URL, environment: [String: String] = [:], directory: URL? = nil) throws -> ServerTestClient {
        let stdin = Pipe(), stdout = Pipe()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--stdio"]
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let client = ServerTestClient(writeFD: dup(stdin.fileHandleForWriting.fileDescriptor),
                                      readFD: dup(stdout.fileHandleForReading.fileDescriptor))
        process.terminationHandler = { p in client.didExit(p.terminationStatus) }
        try process.run()
        try? stdin.fileHandleForWriting.close()
        try? stdout.fileHandleForReading.close()
        client.process = process
        return client
    }

    deinit {
        closeInput()
        if let process, process.isRunning { process.terminate() }
    }

    // MARK: sending

    func sendBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(writeFD, raw.baseAddress! + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Frames several bodies and writes them with one write, so the server reads them as one burst.
    func sendBodies(_ bodies: [String]) {
        sendBytes(bodies.flatMap { Array("Content-Length: \($0.utf8.count)\r\n\r\n\($0)".utf8) })
    }

    func body(method: String, id: Int? = nil, params: LSPAny? = nil) -> String {
        var message: [String: LSPAny] = ["jsonrpc": "2.0", "method": .string(method)]
        if let id { message["id"] = .int(id) }
        if let params { message["params"] = params }
        return String(decoding: try! JSONEncoder().encode(LSPAny.object(message)), as: UTF8.self)
    }

    func newID() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        return nextID
    }

    @discardableResult
    func sendRequest(_ method: String, _ params: LSPAny? = nil) -> Int {
        let id = newID()
        sendBodies([body(method: method, id: id, params: params)])
        return id
    }

    func notify(_ method: String, _ params: LSPAny? = nil) {
        sendBodies([body(method: method, params: params)])
    }

    /// Sends a request and waits for its answer.
    func request(_ method: String, _ params: LSPAny? = nil) -> LSPAny? {
        response(to: sendRequest(method, params))
    }

    func closeInput() {
        condition.lock()
        let wasClosed = inputClosed
        inputClosed = true
        condition.unlock()
        if !wasClosed { close(writeFD) }
    }

    // MARK: receiving

    private func readLoop(_ fd: Int32) {
        var decoder = FrameDecoder()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            decoder.append(buffer[..<n])
            while let event = decoder.next() {
                condition.lock()
                switch event {
                case .frame(let data):
                    if let value = try? JSONDecoder().decode(LSPAny.self, from: data) { received.append(value) }
                    else { framingErrors.append(.malformedHeader("not JSON")) }
                case .error(let e):
                    framingErrors.append(e)
                }
                condition.broadcast()
                condition.unlock()
            }
        }
        close(fd)
    }

    private func didExit(_ code: Int32) {
        condition.lock()
        exitCode = code
        condition.broadcast()
        condition.unlock()
    }

    /// Takes the first message (in arrival order) that matches, waiting for it if needed.
    func waitFor(_ what: String = "message", _ matches: (LSPAny) -> Bool) -> LSPAny? {
        let deadline = Date().addingTimeInterval(Self.timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let i = received.firstIndex(where: matches) { return received.remove(at: i) }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    /// Takes the first message that matches and every message not yet taken that arrived before it, in
    /// arrival order: what a client had seen by then (for tests of the order of messages).
    /// `timeout` is a guard against a hung server, for waits on work that grows with a workspace.
    func takeThrough(timeout: TimeInterval = ServerTestClient.timeout,
                     _ matches: (LSPAny) -> Bool) -> (before: [LSPAny], match: LSPAny)? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let i = received.firstIndex(where: matches) {
                let before = Array(received[..<i])
                let match = received[i]
                received.removeSubrange(...i)
                return (before, match)
            }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    func response(to id: Int) -> LSPAny? {
        waitFor { $0["id"] == .int(id) && $0["method"] == nil }
    }

    func notification(_ method: String, where matches: (LSPAny) -> Bool = { _ in true }) -> LSPAny? {
        waitFor { $0["method"]?.stringValue == method && $0["id"] == nil && matches($0) }
    }

    /// Every message received and not yet taken, in order.
    var pending: [LSPAny] {
        condition.lock()
        defer { condition.unlock() }
        return received
    }

    var framingErrorsSeen: [FramingError] {
        condition.lock()
        defer { condition.unlock() }
        return framingErrors
    }

    /// The server's exit code, or nil when it has not exited within `timeout` seconds (a hung server).
    func waitForExit(timeout: TimeInterval = ServerTestClient.timeout) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while exitCode == nil {
            if !condition.wait(until: deadline) { return nil }
        }
        return exitCode
    }

    // MARK: conveniences

    /// `initialize` then `initialized`; returns the initialize result.
    @discardableResult
    func initialize(capabilities: LSPAny = [:], rootURI: String? = nil, options: LSPAny? = nil) -> LSPAny? {
        var params: [String: LSPAny] = ["processId": nil, "capabilities": capabilities]
        if let rootURI { params["rootUri"] = .string(rootURI) }
        if let options { params["initializationOptions"] = options }
        let result = request("initialize", .object(params))?["result"]
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1, languageId: String = "plaintext") {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": .string(languageId),
                                                         "version": .int(version), "text": .string(text)]])
    }

    func changeBody(_ uri: String, version: Int, _ changes: [LSPAny]) -> String {
        body(method: "textDocument/didChange",
             params: ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes)])
    }

    /// A request that analyses pending edits before it answers: once its answer is in, every diagnostic the
    /// edits before it caused has been received.
    func sync() {
        _ = request("textDocument/hover", ["textDocument": ["uri": "untitled:sync"], "position": ["line": 0, "character": 0]])
    }

    func shutdownAndExit() -> Int32? {
        _ = request("shutdown")
        notify("exit")
        return waitForExit()
    }

    /// Waits until every edit is analysed and the ripple has published its last file, and the client has
    /// received all of it (the answer to a request comes after what the server sent before it).
    func settle() {
        let deadline = Date().addingTimeInterval(Self.timeout)
        repeat {
            sync()
        } while serverState({ !$0.ripple.isEmpty || $0.rippleScheduled }) == true && Date() < deadline
        sync()
    }

    /// The diagnostics of the last `publishDiagnostics` received for a URI (none: an empty list).
    func lastPublished(uri: String) -> LSPAny {
        let last = pending.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri) }
        return last?["params"]?["diagnostics"] ?? .array([])
    }

    /// The server's diagnostics for a document, computed from scratch, as the client would receive them.
    func freshDiagnostics(_ id: String) throws -> LSPAny? {
        guard let diagnostics = serverState({ $0.diagnostics(for: id) }) else { return nil }
        return try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(diagnostics))
    }

    /// What the server holds, read on its own queue (in-process only).
    func serverState<T>(_ read: (Server) -> T) -> T? {
        guard let server else { return nil }
        return server.queue.sync { read(server) }
    }
}

extension LSPAny {
    static func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> LSPAny {
        ["start": ["line": .int(l1), "character": .int(c1)], "end": ["line": .int(l2), "character": .int(c2)]]
    }

    static func position(_ line: Int, _ character: Int) -> LSPAny {
        ["line": .int(line), "character": .int(character)]
    }
}
