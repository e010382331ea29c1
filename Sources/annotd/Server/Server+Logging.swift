import Foundation
import AnnotationProtocol

enum LogLevel: Int {
    case error = 1, warning = 2, info = 3, log = 4
}

extension Server {
    /// Logs to stderr and, once the client has said hello, to `window/logMessage`. Never to stdout: that is
    /// the protocol stream.
    func log(_ level: LogLevel, _ message: String) {
        if options.logToStderr {
            FileHandle.standardError.write(Data("annotd: \(message)\n".utf8))
        }
        if lifecycle != .uninitialized, lifecycle != .exited {
            notify("window/logMessage", LogMessageParams(type: level.rawValue, message: message))
        }
    }

    /// For what the user must see (a broken configuration): a popup as well as the log.
    func show(_ level: LogLevel, _ message: String) {
        log(level, message)
        if lifecycle != .uninitialized, lifecycle != .exited {
            notify("window/showMessage", ShowMessageParams(type: level.rawValue, message: message))
        }
    }
}
