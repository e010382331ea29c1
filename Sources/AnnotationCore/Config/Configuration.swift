import Foundation

/// A rule's setting in configuration: off, or on at a severity.
public enum RuleSetting: Sendable, Hashable {
    case off
    case on(Severity)

    public init?(_ word: String) {
        if word == "off" { self = .off; return }
        guard let s = Severity(rawValue: word) else { return nil }
        self = .on(s)
    }
}

/// The settings of SPEC §7. Each field is optional so that layers can be merged: a later layer wins for
/// the fields it sets; lists of actors and cues add up.
public struct Configuration: Sendable {
    public var include: [String]?
    public var exclude: [String]?
    public var rules: [String: RuleSetting] = [:]
    public var conflictTolerance: Double?
    public var actors: [ActorDefinition] = []
    public var sourceCues: [String] = []
    public var vagueCues: [String] = []
    public var maxFileBytes: Int?
    /// Which parts of the editor's inlay hints to show (server only; the linter ignores it).
    public var inlayHints = InlayHintSettings()

    public init() {}

    public static let defaultInclude = ["**/*.txt", "**/*.text", "**/*.md", "**/*.markdown"]
    public static let defaultMaxFileBytes = 10 * 1024 * 1024
    public static let defaultConflictTolerance = 0.10

    public var effectiveInclude: [String] { include ?? Self.defaultInclude }
    public var effectiveExclude: [String] { exclude ?? [] }
    public var effectiveMaxFileBytes: Int { maxFileBytes ?? Self.defaultMaxFileBytes }
    public var effectiveTolerance: Double { conflictTolerance ?? Self.defaultConflictTolerance }

    /// This layer with `other` on top.
    public func merged(with other: Configuration) -> Configuration {
        var c = self
        if let v = other.include { c.include = v }
        if let v = other.exclude { c.exclude = v }
        for (k, v) in other.rules { c.rules[k] = v }
        if let v = other.conflictTolerance { c.conflictTolerance = v }
        c.actors += other.actors
        c.sourceCues += other.sourceCues
        c.vagueCues += other.vagueCues
        if let v = other.maxFileBytes { c.maxFileBytes = v }
        c.inlayHints = c.inlayHints.merged(with: other.inlayHints)
        return c
    }
}

/// A configuration that cannot be used, with where and why, for one clear line of output.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var origin: String
    public var key: String?
    public var problem: String
    public init(origin: String, key: String? = nil, problem: String) {
        self.origin = origin
        self.key = key
        self.problem = problem
    }
    public var description: String {
        if let key { return "\(origin): key '\(key)': \(problem)" }
        return "\(origin): \(problem)"
    }
}

extension Configuration {
    public static let knownKeys = ["include", "exclude", "rules", "conflictTolerance", "actors", "sourceCues",
                                   "vagueCues", "maxFileBytes", "inlayHints"]

    /// Parses a JSON configuration file's bytes. `origin` names the file in errors.
    public static func parse(_ data: Data, origin: String) throws -> Configuration {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ConfigurationError(origin: origin, problem: JSONErrorPlace.describe(error, in: data))
        }
        return try parse(object: object, origin: origin)
    }

    /// Parses an already-decoded JSON object (client settings arrive this way).
    public static func parse(object: Any, origin: String) throws -> Configuration {
        guard let dict = object as? [String: Any] else {
            throw ConfigurationError(origin: origin, problem: "expected a JSON object at the top level")
        }
        var c = Configuration()
        for key in dict.keys.sorted() {
            let value = dict[key]!
            func fail(_ expected: String) -> ConfigurationError {
                ConfigurationError(origin: origin, key: key, problem: "expected \(expected), got \(Self.typeName(value))")
            }
            switch key {
            case "include", "exclude", "sourceCues", "vagueCues":
                guard let list = value as? [Any], list.allSatisfy({ $0 is String }) else { throw fail("a list of strings") }
                let strings = list.map { $0 as! String }
                switch key {
                case "include": c.include = strings
                case "exclude": c.exclude = strings
                case "sourceCues": c.sourceCues = strings
                default: c.vagueCues = strings
                }
            case "rules":
                guard let rules = value as? [String: Any] else { throw fail("an object of rule code → severity") }
                for (code, setting) in rules {
                    guard RuleCatalog.rule(code) != nil else {
                        throw ConfigurationError(origin: origin, key: "rules.\(code)",
                                                 problem: "unknown rule (known: \(RuleCatalog.codes.joined(separator: ", ")))")
                    }
                    guard let word = setting as? String, let s = RuleSetting(word) else {
                        // A misspelt level is shown as written: "got 'warn'" says what to fix, "got a string" does not.
                        let got = (setting as? String).map { "'\($0)'" } ?? Self.typeName(setting)
                        throw ConfigurationError(origin: origin, key: "rules.\(code)",
                                                 problem: "expected one of off, error, warning, information, hint, got \(got)")
                    }
                    c.rules[code] = s
                }
            case "conflictTolerance":
                guard let n = Self.number(value), n >= 0, n < 10 else { throw fail("a number from 0 to 10") }
                c.conflictTolerance = n
            case "maxFileBytes":
                guard let n = Self.number(value), n >= 1, n == n.rounded() else { throw fail("a positive whole number") }
                c.maxFileBytes = Int(n)
            case "inlayHints":
                c.inlayHints = try InlayHintSettings.parse(value, origin: origin)
            case "actors":
                guard let list = value as? [Any] else { throw fail("a list of {name, kind, aliases}") }
                for (i, item) in list.enumerated() {
                    c.actors.append(try Self.actor(item, origin: origin, path: "actors[\(i)]"))
                }
            default:
                throw ConfigurationError(origin: origin, key: key,
                                         problem: "unknown key (known: \(knownKeys.joined(separator: ", ")))")
            }
        }
        return c
    }

    static func actor(_ item: Any, origin: String, path: String) throws -> ActorDefinition {
        guard let d = item as? [String: Any] else {
            throw ConfigurationError(origin: origin, key: path, problem: "expected an object {name, kind, aliases}, got \(typeName(item))")
        }
        for k in d.keys where !["name", "kind", "aliases"].contains(k) {
            throw ConfigurationError(origin: origin, key: "\(path).\(k)", problem: "unknown key (known: name, kind, aliases)")
        }
        guard let name = d["name"] as? String, !name.isEmpty else {
            throw ConfigurationError(origin: origin, key: "\(path).name", problem: "expected a non-empty string")
        }
        var kind = ActorKind.unknown
        if let k = d["kind"] {
            guard let s = k as? String, let parsed = ActorKind(rawValue: s) else {
                throw ConfigurationError(origin: origin, key: "\(path).kind", problem: "expected one of person, organization, state, unknown")
            }
            kind = parsed
        }
        var aliases: [String] = []
        if let a = d["aliases"] {
            guard let list = a as? [Any], list.allSatisfy({ $0 is String }) else {
                throw ConfigurationError(origin: origin, key: "\(path).aliases", problem: "expected a list of strings")
            }
            aliases = list.map { $0 as! String }
        }
        return ActorDefinition(name: name, kind: kind, aliases: aliases)
    }

    static func number(_ v: Any) -> Double? {
        // On Linux an NSNumber holding 0 or 1 also casts to Bool, so the boolean test must read the
        // number's own type first: `"conflictTolerance": 0` is a number.
        if let n = v as? NSNumber { return CFGetTypeIDIfAvailable(n) ? n.doubleValue : nil }
        if v is Bool { return nil }
        if let d = v as? Double { return d }
        if let i = v as? Int { return Double(i) }
        return nil
    }

    // JSONSerialization gives NSNumber for both booleans and numbers; a boolean is never a number here.
    static func CFGetTypeIDIfAvailable(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) != "c"
    }

    static func typeName(_ v: Any) -> String {
        switch v {
        case is String: return "a string"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        case let n as NSNumber: return String(cString: n.objCType) == "c" ? "a boolean" : "a number"
        default: return "\(type(of: v))"
        }
    }

    static func describeJSONError(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
