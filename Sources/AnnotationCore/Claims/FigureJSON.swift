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

/// The figure's shape written straight into bytes, for `annotd claims`, which prints every figure of every
/// file: members in the order of `object` above (`OutputWriterTests` fail if the two drift apart).
extension FigureJSON {
    /// The members after `text` (and after the `range` that `claims` puts second): `value` … `source`, with
    /// `actors` as the caller names them.
    public static func writeMembers(_ f: Figure, actors: [String], into out: inout JSONOutput) {
        out.key("value")
        out.number(f.value)
        out.key("lower")
        out.number(f.lower)
        out.key("upper")
        out.number(f.upper)
        out.key("qualifier")
        out.string(f.qualifier.rawValue)
        out.key("unit")
        out.string(f.unit)
        out.key("unitClass")
        out.string(f.unitClass)
        out.key("currency")
        out.string(f.currency)
        out.key("measure")
        out.string(f.measure)
        out.key("object")
        out.string(f.object)
        out.key("rate")
        out.string(f.rate?.rawValue)
        out.key("actors")
        out.strings(actors)
        out.key("source")
        out.beginObject()
        out.key("status")
        out.string(f.source.status.rawValue)
        out.key("text")
        out.string(f.source.text)
        out.key("actor")
        out.string(f.source.actor)
        out.endObject()
    }
}

/// The JSON shape of a claim's identity (SPEC §3.4) in `annotd claims`: what a fact-checker reads to see
/// why two figures were, or were not, compared.
public enum ClaimIdentityJSON {
    public static func write(_ id: ClaimIdentity, into out: inout JSONOutput) {
        out.beginObject()
        out.key("counted")
        out.string(id.head)
        out.key("narrowing")
        out.strings(id.narrowing)
        out.key("exclusions")
        out.strings(id.exclusions)
        out.key("participants")
        out.strings(id.participants)
        out.key("recipients")
        out.strings(id.recipients)
        out.key("when")
        out.strings(id.anchor.marks)
        out.key("measure")
        out.string(id.measure)
        out.key("form")
        out.string(id.form.rawValue)
        out.key("intent")
        out.string(id.intent)
        out.key("per")
        out.string(id.per)
        out.endObject()
    }
}
