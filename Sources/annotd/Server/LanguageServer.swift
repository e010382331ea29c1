import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tunables of one server instance; tests turn stderr logging off to keep their output readable.
struct ServerOptions: Sendable {
    var logToStderr = true
    /// Frames above this are skipped unread (SPEC §11: a 50 MB single line must not take the server down).
    var maximumFrameBytes = 64 * 1024 * 1024
    /// Documents published per turn of the queue after a workspace is indexed (see `publishSlices`).
    var publishSliceSize = 64
}

/// The language server on stdio (SPEC §5): `annotd` or `annotd --stdio`.
enum LanguageServer {
    /// Serves stdin/stdout until `exit` or end of input; returns 0 after a `shutdown`, 1 otherwise.
    static func runStdio() -> Int32 {
        // A client that goes away mid-write must end the session through end-of-input, not SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let finished = DispatchSemaphore(value: 0)
        let exitCode = ExitCode()
        start(input: STDIN_FILENO, output: STDOUT_FILENO, options: ServerOptions()) { code in
            exitCode.set(code)
            finished.signal()
        }
        finished.wait()
        return exitCode.value
    }

    /// Starts a server reading frames from `input` and writing to `output`; `onExit` runs once, after the
    /// last byte was written. Tests use this with pipes to drive a server in-process.
    @discardableResult
    static func start(input: Int32, output: Int32, options: ServerOptions,
                      onExit: @escaping @Sendable (Int32) -> Void) -> Server {
        let writer = MessageWriter(fd: output)
        let server = Server(writer: writer, options: options, onExit: onExit)
        MessageReader.start(fd: input, maximumFrameBytes: options.maximumFrameBytes) { items in
            server.receive(items)
        }
        return server
    }
}

/// The exit code handed from the server's queue to the thread waiting in `runStdio`.
private final class ExitCode: @unchecked Sendable {
    private let lock = NSLock()
    private var code: Int32 = 1
    func set(_ c: Int32) { lock.lock(); code = c; lock.unlock() }
    var value: Int32 { lock.lock(); defer { lock.unlock() }; return code }
}
