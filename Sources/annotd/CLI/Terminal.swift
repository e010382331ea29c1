import Foundation
import AnnotationCore

/// Colour on a terminal only, never with NO_COLOR (https://no-color.org).
enum Terminal {
    static var wantsColour: Bool { wantsColour(environment: ProcessInfo.processInfo.environment, isTTY: isatty(STDOUT_FILENO) != 0) }

    /// no-color.org: NO_COLOR present and not empty, whatever its value, means no colour.
    static func wantsColour(environment: [String: String], isTTY: Bool) -> Bool {
        isTTY && (environment["NO_COLOR"] ?? "").isEmpty
    }

    static func paint(_ s: Severity) -> String {
        let code: String
        switch s {
        case .error: code = "31"
        case .warning: code = "33"
        case .information: code = "36"
        case .hint: code = "2"
        }
        return "\u{1B}[\(code)m\(s.rawValue)\u{1B}[0m"
    }
}
