import Foundation
import AnnotationProtocol
#if canImport(Glibc)
import Glibc
#endif

/// A language-server client over the real stdio protocol: spawns the `annotd` binary with pipes, writes
/// `Content-Length` frames and reads them back. Each incoming frame is timestamped by the reader thread the
/// moment its last byte arrives, before any JSON parsing, so latencies measure the server and the pipe and not
/// this client's parser.
final class ServerSession: @unchecked Sendable {
    /// One frame from the server. What the client matches on is read from the bytes (`FramePeek`); the
    /// body is parsed whole only for a frame whose other members are read.
    final class Incoming {
        let arrived: UInt64
        let body: Data
        /// Nil when the reader could not follow the body: then every member comes from `json`.
        let peek: FramePeek?

        init(arrived: UInt64, body: Data) {
            self.arrived = arrived
            self.body = body
            peek = FramePeek(body)
        }

        lazy var json: [String: Any] = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]

        var method: String? { peek.map(\.method) ?? json["method"] as? String }
        var hasID: Bool { peek?.hasID ?? (json["id"] != nil) }
        var id: Int? { peek.map(\.id) ?? json["id"] as? Int }
        var params: [String: Any]? { json["params"] as? [String: Any] }
        var uri: String? { peek.map(\.uri) ?? params?["uri"] as? String }
        var version: Int? { peek.map(\.version) ?? params?["version"] as? Int }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let lock = NSCondition()
    /// Guarded by `lock`: frames read and not taken yet, and whether the server's output has ended.
    private var frames: [(UInt64, Data)] = []
    /// Frames before `head` are taken (a queue without O(n) removals while thousands of publishes arrive).
    private var head = 0
    private var ended = false
    private var nextID = 0

    init(binary: String, stderrLog: URL) throws {
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--stdio"]
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        // The server logs every note to stderr; it goes to a file so that a full pipe can never stall it.
        _ = FileManager.default.createFile(atPath: stderrLog.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderrLog)
        try process.run()
        let fd = stdoutPipe.fileHandleForReading.fileDescriptor
        let thread = Thread { [self] in readLoop(fd) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    var pid: Int32 { process.processIdentifier }

    private func readLoop(_ fd: Int32) {
        var decoder = FrameDecoder(maximumBodyLength: 512 * 1024 * 1024)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            let arrived = BenchClock.now()
            decoder.append(buffer[0..<n])
            var got: [(UInt64, Data)] = []
            while let event = decoder.next() {
                if case .frame(let body) = event { got.append((arrived, body)) }
            }
            if !got.isEmpty {
                lock.lock()
                frames.append(contentsOf: got)
                lock.broadcast()
                lock.unlock()
            }
        }
        lock.lock()
        ended = true
        lock.broadcast()
        lock.unlock()
    }

    // MARK: sending

    /// Writes one frame; returns the time just before the write, from which latencies are measured.
    @discardableResult
    func send(_ message: [String: Any]) throws -> UInt64 {
        var full = message
        full["jsonrpc"] = "2.0"
        let body = try JSONSerialization.data(withJSONObject: full)
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        let start = BenchClock.now()
        try stdinPipe.fileHandleForWriting.write(contentsOf: frame)
        return start
    }

    func notify(_ method: String, _ params: [String: Any]) throws {
        try send(["method": method, "params": params])
    }

    /// Sends a request; returns its id and the send time.
    func request(_ method: String, _ params: [String: Any]) throws -> (id: Int, sent: UInt64) {
        nextID += 1
        let sent = try send(["id": nextID, "method": method, "params": params])
        return (nextID, sent)
    }

    // MARK: receiving

    /// The next frame, parsed; nil when the server's output ended or `timeout` seconds passed.
    func next(timeout: Double) -> Incoming? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        lock.lock()
        while head == frames.count && !ended {
            if !lock.wait(until: deadline) { break }
        }
        guard head < frames.count else { lock.unlock(); return nil }
        let (arrived, body) = frames[head]
        head += 1
        if head > 1024, head * 2 > frames.count {
            frames.removeFirst(head)
            head = 0
        }
        lock.unlock()
        return Incoming(arrived: arrived, body: body)
    }

    /// Reads frames until one matches; answers the server's own requests (registerCapability,
    /// workspace/configuration) on the way, as an editor would. `seen` sees every frame skipped.
    func wait(timeout: Double = 120, for what: String, seen: (Incoming) -> Void = { _ in },
              until match: (Incoming) -> Bool) throws -> Incoming {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0, let m = next(timeout: left) else {
                throw Failure(description: "no \(what) from the server within \(Int(timeout)) s")
            }
            if match(m) { return m }
            if m.hasID, m.method != nil, let id = m.json["id"] {
                let result: Any = m.method == "workspace/configuration" ? [NSNull()] : NSNull()
                try send(["id": id, "result": result])
            }
            seen(m)
        }
    }

    func response(to id: Int, timeout: Double = 120) throws -> Incoming {
        try wait(timeout: timeout, for: "response to request \(id)") { m in
            m.method == nil && m.id == id
        }
    }

    /// Peak and current resident memory of the server process in KiB, from /proc (Linux).
    func memoryKiB() -> (peak: Int, current: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "")
        }
        guard let peak = field("VmHWM"), let current = field("VmRSS") else { return nil }
        return (peak, current)
    }

    /// User + system CPU seconds the server process has used so far, from /proc (Linux; clock ticks, so
    /// read it over many messages). Unlike latencies, it barely moves when other jobs share the cores.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// `shutdown` then `exit`; kills the server if it does not leave within a few seconds.
    func close() {
        if let r = try? request("shutdown", [:]) { _ = try? response(to: r.id, timeout: 10) }
        _ = try? send(["method": "exit"])
        try? stdinPipe.fileHandleForWriting.close()
        let deadline = Date(timeIntervalSinceNow: 5)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate() }
    }
}
