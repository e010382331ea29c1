import Foundation
import AnnotationCore

/// Finds and merges the configuration layers of SPEC §7 for the command line: the user's file, then the
/// nearest `.annotd.json` walking up from a start folder (or `--config FILE` in its place).
enum ConfigurationLoader {
    static let fileName = ".annotd.json"

    static func userConfigPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/annotd/config.json" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/annotd/config.json"
    }

    /// The nearest `.annotd.json` at or above `folder`.
    static func nearest(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    static func load(_ path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(origin: path, problem: "cannot read configuration file")
        }
        return try Configuration.parse(data, origin: path)
    }

    /// user ⊕ (explicit or nearest project file). `explicit` replaces the search; `useFiles` false skips both.
    static func resolve(startFolder: String, explicit: String?, useFiles: Bool) throws -> Configuration {
        var config = Configuration()
        guard useFiles else { return config }
        let user = userConfigPath()
        if FileManager.default.fileExists(atPath: user) { config = config.merged(with: try load(user)) }
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit) else {
                throw ConfigurationError(origin: explicit, problem: "no such configuration file")
            }
            config = config.merged(with: try load(explicit))
        } else if let project = nearest(from: startFolder) {
            config = config.merged(with: try load(project))
        }
        return config
    }
}
