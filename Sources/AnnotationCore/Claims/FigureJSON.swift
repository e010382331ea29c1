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
