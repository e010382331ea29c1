import Foundation
import AnnotationCore

/// `annotd claims`: JSON of every figure (claims and non-claims), actor and conflict (SPEC §8).
enum ClaimsCommand {
    static func run(_ args: [String]) -> Int32 {
        let options: LintOptions
        do { options = try LintOptions.parse(args) } catch { return CLIError.report("claims: \(error)") }
        let run: LintRun
        do { run = try LintRun.prepare(options) } catch { return CLIError.report("\(error)") }
        for s in run.skipped { CLIError.note(s.path.isEmpty ? s.why : "\(s.path): \(s.why)") }
        var files: [JSONValue] = []
        for id in run.order {
            guard let doc = run.index.documents[id] else { continue }
            // A figure's actors by the workspace's names, as the actor list below and `lint` name them.
            var workspaceName: [String: String] = [:]
            for m in doc.mentions where workspaceName[m.name] == nil {
                if let a = run.index.actors.actor(document: id, mention: m) { workspaceName[m.name] = a.name }
            }
            let figures: [JSONValue] = doc.figures.map { f in
                guard case .object(var pairs) = FigureJSON.object(f) else { return .null }
                if let i = pairs.firstIndex(where: { $0.0 == "actors" }) {
                    var seen = Set<String>()
                    let names = f.actors.map { workspaceName[$0] ?? $0 }.filter { seen.insert($0).inserted }
                    pairs[i].1 = .array(names.map { .string($0) })
                }
                pairs.insert(("range", LintFormatter.rangeJSON(run, id, f.range)), at: 1)
                pairs.append(("claim", .bool(f.isClaim)))
                pairs.append(("kind", .string(f.kind.rawValue)))
                if let id = f.identity { pairs.append(("identity", ClaimIdentityJSON.object(id))) }
                return .object(pairs)
            }
            var byName: [String: (ActorKind, [ActorMention])] = [:]
            var names: [String] = []
            for m in doc.mentions {
                // The workspace's name and kind for the actor, as `lint` and hovers give them; what the
                // workspace does not count as an actor is left out, as `lint` leaves it out.
                guard let actor = run.index.actors.actor(document: id, mention: m) else { continue }
                let name = actor.name
                if byName[name] == nil { names.append(name); byName[name] = (actor.kind, []) }
                byName[name]!.1.append(m)
            }
            let actors: [JSONValue] = names.map { name in
                let (kind, ms) = byName[name]!
                return .object([
                    ("name", .string(name)), ("kind", .string(kind.rawValue)),
                    ("mentions", .array(ms.map { .object([("text", .string($0.text)), ("range", LintFormatter.rangeJSON(run, id, $0.range))]) })),
                ])
            }
            files.append(.object([("path", .string(id)), ("figures", .array(figures)), ("actors", .array(actors))]))
        }
        let conflicts: [JSONValue] = run.index.conflictSets().map { set in
            .object([("figures", .array(set.map { ref in
                .object([("path", .string(ref.document)), ("range", LintFormatter.rangeJSON(run, ref.document, ref.figure.range)),
                         ("text", .string(ref.figure.text))])
            }))])
        }
        let doc: JSONValue = .object([("tool", LintFormatter.toolJSON), ("files", .array(files)), ("conflicts", .array(conflicts))])
        FileHandle.standardOutput.write(Data((doc.serialized + "\n").utf8))
        return 0
    }
}
