/// The JSON shape of a figure shared by diagnostics' `data` and `annotd claims` (SPEC §8).
public enum FigureJSON {
    public static func object(_ f: Figure) -> JSONValue {
        .object([
            ("text", .string(f.text)),
            ("value", .number(f.value)),
            ("lower", .number(f.lower)),
            ("upper", .number(f.upper)),
            ("qualifier", .string(f.qualifier.rawValue)),
            ("unit", .string(f.unit)),
            ("unitClass", .string(f.unitClass)),
            ("currency", .string(f.currency)),
            ("measure", .string(f.measure)),
            ("object", .string(f.object)),
            ("rate", .string(f.rate?.rawValue)),
            ("actors", .array(f.actors.map { .string($0) })),
            ("source", .object([
                ("status", .string(f.source.status.rawValue)),
                ("text", .string(f.source.text)),
                ("actor", .string(f.source.actor)),
            ])),
        ])
    }
}

/// The JSON shape of a claim's identity (SPEC §3.4) in `annotd claims`: what a fact-checker reads to see
/// why two figures were, or were not, compared.
public enum ClaimIdentityJSON {
    public static func object(_ id: ClaimIdentity) -> JSONValue {
        .object([
            ("counted", .string(id.head)),
            ("narrowing", .array(id.narrowing.map { .string($0) })),
            ("exclusions", .array(id.exclusions.map { .string($0) })),
            ("participants", .array(id.participants.map { .string($0) })),
            ("recipients", .array(id.recipients.map { .string($0) })),
            ("when", .array(id.anchor.marks.map { .string($0) })),
            ("measure", .string(id.measure)),
            ("form", .string(id.form.rawValue)),
            ("intent", .string(id.intent)),
            ("per", .string(id.per)),
        ])
    }
}
