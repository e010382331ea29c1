/// `inlayHints: {figures, sources}`: whether the hint after a claim shows its normalised reading
/// ("≈6.0M"), its source status ("unsourced", "State Department"), or both (the default). A layer that
/// leaves a part unset keeps the lower layer's choice.
public struct InlayHintSettings: Sendable, Hashable {
    public var figures: Bool?
    public var sources: Bool?

    public init(figures: Bool? = nil, sources: Bool? = nil) {
        self.figures = figures
        self.sources = sources
    }

    public var showsFigures: Bool { figures ?? true }
    public var showsSources: Bool { sources ?? true }

    public func merged(with other: InlayHintSettings) -> InlayHintSettings {
        InlayHintSettings(figures: other.figures ?? figures, sources: other.sources ?? sources)
    }

    public static let knownKeys = ["figures", "sources"]

    /// Validated like every other key: an unknown part or a value that is not a boolean is an error that
    /// names it (`inlayHints.figure`), never silently ignored.
    static func parse(_ value: Any, origin: String) throws -> InlayHintSettings {
        guard let d = value as? [String: Any] else {
            throw ConfigurationError(origin: origin, key: "inlayHints",
                                     problem: "expected an object {figures, sources}, got \(Configuration.typeName(value))")
        }
        var s = InlayHintSettings()
        for key in d.keys.sorted() {
            guard knownKeys.contains(key) else {
                throw ConfigurationError(origin: origin, key: "inlayHints.\(key)",
                                         problem: "unknown key (known: \(knownKeys.joined(separator: ", ")))")
            }
            guard Configuration.typeName(d[key]!) == "a boolean", let flag = d[key] as? Bool else {
                throw ConfigurationError(origin: origin, key: "inlayHints.\(key)",
                                         problem: "expected true or false, got \(Configuration.typeName(d[key]!))")
            }
            if key == "figures" { s.figures = flag } else { s.sources = flag }
        }
        return s
    }
}
