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
        FileHandle.standardOutput.write(Data(render(run)))
        KeptUntilExit.keep(run)
        return 0
    }

    /// `{"tool","files":[{"path","figures","actors"}],"conflicts"}` and a newline, written straight into bytes.
    static func render(_ run: LintRun) -> [UInt8] {
        var out = JSONOutput(capacity: 1 << 16)
        out.beginObject()
        out.key("tool")
        LintFormatter.writeTool(&out)
        out.key("files")
        out.beginArray()
        for id in run.order {
            guard let doc = run.index.documents[id] else { continue }
            out.beginObject()
            out.key("path")
            out.string(id)
            out.key("figures")
            figures(&out, run, id, doc)
            out.key("actors")
            actors(&out, run, id, doc)
            out.endObject()
        }
        out.endArray()
        out.key("conflicts")
        out.beginArray()
        for set in run.index.conflictSets() {
            out.beginObject()
            out.key("figures")
            out.beginArray()
            for ref in set {
                out.beginObject()
                out.key("path")
                out.string(ref.document)
                out.key("range")
                LintFormatter.writeRange(&out, run.lines(ref.document), ref.figure.range)
                out.key("text")
                out.string(ref.figure.text)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.newline()
        return out.bytes
    }

    /// Every figure: `text`, `range`, the members of `FigureJSON`, then `claim`, `kind` and its identity.
    static func figures(_ out: inout JSONOutput, _ run: LintRun, _ id: String, _ doc: DocumentAnalysis) {
        let lines = doc.text.lines
        // A figure's actors by the workspace's names, as the actor list below and `lint` name them.
        var workspaceName: [String: String] = [:]
        for m in doc.mentions where workspaceName[m.name] == nil {
            if let a = run.index.actors.actor(document: id, mention: m) { workspaceName[m.name] = a.name }
        }
        out.beginArray()
        for f in doc.figures {
            var seen = Set<String>()
            let names = f.actors.map { workspaceName[$0] ?? $0 }.filter { seen.insert($0).inserted }
            out.beginObject()
            out.key("text")
            out.string(f.text)
            out.key("range")
            LintFormatter.writeRange(&out, lines, f.range)
            FigureJSON.writeMembers(f, actors: names, into: &out)
            out.key("claim")
            out.bool(f.isClaim)
            out.key("kind")
            out.string(f.kind.rawValue)
            if let identity = f.identity {
                out.key("identity")
                ClaimIdentityJSON.write(identity, into: &out)
            }
            out.endObject()
        }
        out.endArray()
    }

    /// The document's actors by the workspace's name and kind, as `lint` and hovers give them, each with
    /// its mentions here; what the workspace does not count as an actor is left out, as `lint` leaves it out.
    static func actors(_ out: inout JSONOutput, _ run: LintRun, _ id: String, _ doc: DocumentAnalysis) {
        var byName: [String: (ActorKind, [ActorMention])] = [:]
        var names: [String] = []
        for m in doc.mentions {
            guard let actor = run.index.actors.actor(document: id, mention: m) else { continue }
            let name = actor.name
            if byName[name] == nil { names.append(name); byName[name] = (actor.kind, []) }
            byName[name]!.1.append(m)
        }
        let lines = doc.text.lines
        out.beginArray()
        for name in names {
            let (kind, mentions) = byName[name]!
            out.beginObject()
            out.key("name")
            out.string(name)
            out.key("kind")
            out.string(kind.rawValue)
            out.key("mentions")
            out.beginArray()
            for m in mentions {
                out.beginObject()
                out.key("text")
                out.string(m.text)
                out.key("range")
                LintFormatter.writeRange(&out, lines, m.range)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
    }
}
