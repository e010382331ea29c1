import Foundation
import AnnotationCore
import AnnotationProtocol

extension Server {
    /// The findings of `affected` may have changed. A push client is sent them; a pull client gets new
    /// result ids, its held workspace request is answered, and it is asked to refresh when documents other
    /// than the ones it just edited changed (it re-pulls the edited ones itself).
    func diagnosticsChanged(_ affected: Set<String>, edited: Set<String>) {
        guard !affected.isEmpty else { return }
        if client.pullsDiagnostics {
            diagnosticsGeneration += 1
            for id in affected { resultGeneration[id] = diagnosticsGeneration }
            answerParkedWorkspaceDiagnostics()
            if client.diagnosticRefresh, !affected.subtracting(edited).isEmpty {
                request("workspace/diagnostic/refresh", Optional<LSPAny>.none)
            }
        } else if !edited.isEmpty {
            // The editor waits for the edited buffer's diagnostics; documents that are not open change only
            // in workspace counts or conflicts, and can follow a moment later without holding up the next edit.
            // Other open buffers are published right after the edited ones, not before in path order: a
            // 100 KB buffer's findings (~35 ms) published first were the slow tail of edits to a small file
            // sharing an actor with it. Of the rest, only those whose diagnostics did change are sent (see `send`).
            // The edited and open documents among the affected, found from the few open ones.
            let now = edited.union(documents.open.keys).filter(affected.contains)
            writtenAnew = 0
            publishAll(now.intersection(edited), unlessUnchanged: true)
            timing?.mark("publish edited (\(writtenAnew) written anew)")
            let others = now.subtracting(edited)
            publishAll(others, unlessUnchanged: true)
            if !others.isEmpty { timing?.mark("publish open \(others.sorted().joined(separator: ","))") }
            // The rest of `affected`, as a copy of its storage less the few just published rather than a set
            // built anew: an edit naming an actor that thousands of files name hashed each path twice here.
            var rest = affected
            for id in now { rest.remove(id) }
            ripple.absorb(rest)
            scheduleRipple()
        } else {
            publishAll(affected)
        }
    }

    func publishAll(_ affected: Set<String>, unlessUnchanged: Bool = false) {
        let ids = affected.sorted()
        guard ids.count >= Self.parallelPublishThreshold else {
            for id in ids { publish(id, unlessUnchanged: unlessUnchanged) }
            return
        }
        // Many documents at once (the workspace was just indexed, or a claim many files share changed):
        // findings are computed and encoded on all cores, then sent in order. The workers only read; the
        // queue waits for them, so nothing changes underneath.
        let slots = ResultSlots<Publication?>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in slots.set(i, self.publication(ids[i])) }
        for (i, id) in ids.enumerated() {
            if let p = slots.get(i)! { send(p, for: id, unlessUnchanged: unlessUnchanged) }
        }
    }

    func scheduleRipple() {
        guard !ripple.isEmpty, !rippleScheduled else { return }
        rippleScheduled = true
        queue.async { self.publishRipple() }
    }

    /// Publishes ripple documents one at a time for a few milliseconds, then queues itself behind whatever
    /// arrived meanwhile: a message waiting in the inbox (the next keystroke, a hover) is handled before the
    /// next document, so it waits for at most one document's findings.
    func publishRipple() {
        rippleScheduled = false
        guard lifecycle == .running, !ripple.isEmpty else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + Self.rippleSliceNanoseconds
        var published = 0
        while !ripple.isEmpty, inboxIsEmpty, DispatchTime.now().uptimeNanoseconds < deadline {
            publish(ripple.removeFirst(), unlessUnchanged: true)
            published += 1
        }
        timing?.endJob("ripple", started: start, detail: "\(published) published, \(ripple.count) left")
        scheduleRipple()
    }

    /// How long one turn of the ripple may hold the queue when nothing else is waiting.
    static var rippleSliceNanoseconds: UInt64 { 5_000_000 }

    /// Below this many documents, publishing on the queue costs less than spreading the work.
    static var parallelPublishThreshold: Int { 16 }

    /// An open document's findings as last published, for the publication after (`openPublication`): the
    /// figure and conflict findings the rules carry over, and each finding's diagnostic as it was written.
    struct WrittenFindings {
        var parts: FindingParts
        /// The document's text they were written from.
        var text: SourceText
        var byFinding: [Key: [UInt8]]

        /// A finding as a key, hashed by its code, place and message length alone (equality compares all of
        /// it): hashing each finding's data, strings normalised, was a seventh of such a publication.
        struct Key: Hashable {
            var finding: Finding

            func hash(into hasher: inout Hasher) {
                hasher.combine(finding.code.utf8.count)
                hasher.combine(finding.range.lowerBound)
                hasher.combine(finding.range.upperBound)
                hasher.combine(finding.message.utf8.count)
            }

            /// The same four numbers mixed with the table's seed without a `Hasher` (see `IntegerKey`): a
            /// large buffer's publication asks this for each of its hundreds of findings.
            func _rawHashValue(seed: Int) -> Int {
                func mix(_ x: UInt64, _ n: Int) -> UInt64 {
                    let y = (x ^ UInt64(UInt(bitPattern: n))) &* 0x9E37_79B9_7F4A_7C15
                    return y ^ (y >> 29)
                }
                let x = mix(mix(mix(mix(UInt64(UInt(bitPattern: seed)), finding.code.utf8.count), finding.range.lowerBound),
                                finding.range.upperBound), finding.message.utf8.count)
                return Int(truncatingIfNeeded: x)
            }
        }

        /// A finding is written from itself, its document's text and, for a related place in another document,
        /// that document's text. At the same revisions (`FindingParts`) the document's text is the same, and
        /// so are the texts of the documents its conflicts name; other related places are written anew.
        func holds(for now: FindingParts?) -> Bool {
            now?.revision == parts.revision && now?.conflictRevision == parts.conflictRevision
        }

        static func keeps(_ f: Finding, of id: String) -> Bool {
            f.code == "conflicting-figure" || f.related.allSatisfy { $0.document == id }
        }

        /// The finding and every place it names lie in document `id`, within its first `n` bytes.
        static func lies(_ f: Finding, before n: Int, in id: String) -> Bool {
            f.range.upperBound <= n && f.related.allSatisfy { $0.document == id && $0.range.upperBound <= n }
        }

        /// The lines of a text after the one where an edit ended, when they stand at the same line numbers
        /// as before the edit: the bytes the edit changed held no line break before it and hold none after
        /// (nor does it split or join a CR LF pair), so a place on those lines has the line and column it had,
        /// `moved` bytes on.
        struct LinesAfter {
            /// The first byte of the first line after the edit.
            var start: Int
            var moved: Int

            init?(_ old: [UInt8], _ new: [UInt8], prefix: Int) {
                let suffix = CommonAffix.suffix(old, new, notBefore: prefix)
                let oldEnd = old.count - suffix, newEnd = new.count - suffix
                func breaks(_ b: ArraySlice<UInt8>) -> Bool { b.contains(0x0A) || b.contains(0x0D) }
                guard !breaks(old[prefix..<oldEnd]), !breaks(new[prefix..<newEnd]),
                      prefix == 0 || new[prefix - 1] != 0x0D, newEnd == new.count || new[newEnd] != 0x0A,
                      let lineBreak = new[newEnd...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
                start = lineBreak + 1
                moved = new.count - old.count
            }

            /// The finding and every place it names lie in document `id`, on the lines after the edit.
            func holds(_ f: Finding, in id: String) -> Bool {
                f.range.lowerBound >= start && f.related.allSatisfy { $0.document == id && $0.range.lowerBound >= start }
            }
        }
    }

    /// A document's encoded `publishDiagnostics`, what `send` keeps of it, and whether it had any diagnostic.
    struct Publication {
        var body: Data
        var sent: SentBody
        var nonEmpty: Bool
    }

    /// A body as `send` remembers it (`sentBody(_:of:)`).
    enum SentBody: Equatable {
        case body(Data)
        case digest(Int)
    }

    /// Pushes one document's diagnostics, with the version of the open buffer they were computed from. Files
    /// that are not open are published only when they have something to say (or had, and must be cleared).
    func publish(_ id: String, unlessUnchanged: Bool = false) {
        let p = documents[id] != nil ? openPublication(id) : publication(id)
        if let p { send(p, for: id, unlessUnchanged: unlessUnchanged) }
    }

    /// What `publish` sends for a document, or nil when there is nothing to send. Reads state only, so it may
    /// run off the queue while the queue waits.
    func publication(_ id: String) -> Publication? {
        let doc = index.documents[id]
        let findings = doc == nil ? [] : rules.findings(for: id, in: index)
        let version = documents[id]?.version
        guard version != nil || !findings.isEmpty || publishedNonEmpty.contains(id) else { return nil }
        // Written, not encoded: JSONEncoder was most of the cost of publishing (docs/performance.md); and each
        // finding written where it stands, without a `Diagnostic` array made of them first.
        let paths = WorkspacePaths(roots: workspaceRoots)
        let params = WrittenParams(uri: uri(of: id), version: version) { json in
            json.beginArray()
            if let doc { for f in findings { self.writeDiagnostic(f, in: doc, paths: paths, into: &json) } }
            json.endArray()
        }
        let body = OutgoingMessage.notification(method: "textDocument/publishDiagnostics", written: params,
                                                reservingCapacity: 256 + 512 * findings.count)
        return Publication(body: body, sent: sentBody(body, of: id), nonEmpty: !findings.isEmpty)
    }

    /// `PublishDiagnosticsParams` with the diagnostics array written by `diagnostics`.
    struct WrittenParams: JSONWritable {
        var uri: String
        var version: Int?
        var diagnostics: (inout JSONWriter) -> Void

        func writeJSON(into json: inout JSONWriter) {
            PublishDiagnosticsParams.write(uri: uri, version: version, into: &json, diagnostics: diagnostics)
        }
    }

    /// What `diagnostic(_:in:paths:).writeJSON(into:)` writes, with the finding's data written from the
    /// engine's value (`JSONValue.writeLSP`).
    func writeDiagnostic(_ raw: Finding, in doc: DocumentAnalysis, paths: WorkspacePaths, into json: inout JSONWriter) {
        var bare = raw
        bare.data = nil
        diagnostic(bare, in: doc, paths: paths).writeJSON(into: &json, data: raw.data.map { data in { data.writeLSP(into: &$0) } })
    }

    /// An open document's publication, the bytes `publication(_:)` gives. An edit elsewhere that changes the
    /// actor counts of a large open buffer changes a few of its findings: the others are carried over from its
    /// last publication (`FindingParts`), each already written as it was sent then (`WrittenFindings`). On
    /// the queue only, as it keeps both for the next time.
    func openPublication(_ id: String) -> Publication? {
        guard let doc = index.documents[id] else { return publication(id) }
        let last = writtenFindings[id]
        let (findings, parts) = rules.findings(for: id, in: index, reusing: last?.parts)
        let holds = last?.holds(for: parts) == true
        // After an edit of the document itself, a finding wholly before the first byte it changed, naming no
        // place in another document, is written as it was: its positions read only the bytes before it.
        // And one wholly after it, on a line after the one where it ended, when it put no line break in or
        // out: that finding was written at the same line and column, `moved` bytes earlier (`EditedPlaces`).
        let places = holds ? nil : last.map { EditedPlaces(before: $0.text.bytes, after: doc.text.bytes) }
        let unchanged = places?.unchanged ?? 0
        let after = places?.linesAfter
        let before = last?.byFinding ?? [:]
        var kept: [WrittenFindings.Key: [UInt8]] = [:]
        kept.reserveCapacity(findings.count)
        let paths = WorkspacePaths(roots: workspaceRoots)
        var size = 256
        // The diagnostic last written for this finding, when it still reads the same.
        func reusable(_ f: Finding, _ key: WrittenFindings.Key) -> [UInt8]? {
            if let w = before[key], holds || WrittenFindings.lies(f, before: unchanged, in: id) { return w }
            guard let after, after.holds(f, in: id) else { return nil }
            return before[WrittenFindings.Key(finding: f.moved(by: -after.moved))]
        }
        let written = findings.map { f -> [UInt8] in
            let key = WrittenFindings.Key(finding: f)
            if let w = reusable(f, key) {
                kept[key] = w
                size += w.count
                return w
            }
            var json = JSONWriter(reservingCapacity: 512)
            writtenAnew += 1
            writeDiagnostic(f, in: doc, paths: paths, into: &json)
            if WrittenFindings.keeps(f, of: id) { kept[key] = json.bytes }
            size += json.bytes.count
            return json.bytes
        }
        if retired.collecting { retired.written[id] = last }
        writtenFindings[id] = parts.map { WrittenFindings(parts: $0, text: doc.text, byFinding: kept) }
        let params = WrittenPublishDiagnostics(uri: uri(of: id), version: documents[id]?.version, diagnostics: written)
        let body = OutgoingMessage.notification(method: "textDocument/publishDiagnostics", written: params,
                                                reservingCapacity: size)
        return Publication(body: body, sent: .body(body), nonEmpty: !findings.isEmpty)
    }

    /// Sends a publication. After an edit (`unlessUnchanged`), not when its body is the one last sent for the
    /// document: an edit names every document whose findings *may* have changed (its conflict partners and
    /// the documents sharing an actor, open or not), and most did not; the client already shows what they
    /// would say again. The edited buffer's body always differs, as it carries the version the editor waits
    /// for. Other publications (the indexed workspace, a new configuration) are sent whatever they say.
    func send(_ p: Publication, for id: String, unlessUnchanged: Bool = false) {
        if unlessUnchanged, lastSent[id] == p.sent { return }
        lastSent[id] = p.sent
        if p.nonEmpty { publishedNonEmpty.insert(id) } else { publishedNonEmpty.remove(id) }
        writer.send(p.body)
    }

    /// What `send` keeps of a body to tell the next one from it: an open buffer's body itself, compared byte for
    /// byte when the next comes (there are a few, and hashing a 100 KB buffer's 170 KB body cost ~0.8 M
    /// instructions per edit); a digest for any other document (there are thousands).
    func sentBody(_ body: Data, of id: String) -> SentBody {
        documents[id] != nil ? .body(body) : .digest(Self.digest(body))
    }

    /// The body's bytes and length hashed (64 bits: two different bodies compare equal once in 2^64).
    static func digest(_ body: Data) -> Int {
        var hasher = Hasher()
        hasher.combine(body.count)
        body.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    func diagnostics(for id: String) -> [Diagnostic] {
        guard let doc = index.documents[id] else { return [] }
        let paths = WorkspacePaths(roots: workspaceRoots)
        return rules.findings(for: id, in: index).map { diagnostic($0, in: doc, paths: paths) }
    }

    /// A finding as the client reads it: paths relative to the workspace, positions in its encoding.
    func diagnostic(_ raw: Finding, in doc: DocumentAnalysis, paths: WorkspacePaths) -> Diagnostic {
        var finding = raw
        finding.message = paths.relativized(raw.message)
        finding.related = raw.related.map { r in
            var r = r
            r.message = paths.relativized(r.message)
            return r
        }
        return DiagnosticConversion.diagnostic(finding, text: doc.text, encoding: encoding) { related in
            guard let other = index.documents[related.document] else { return nil }
            return Location(uri: uri(of: related.document), range: other.text.lspRange(related.range, encoding))
        }
    }

    func resultID(_ id: String) -> String {
        "\(sessionTag)-\(resultGeneration[id] ?? 0)"
    }

    func documentDiagnostics(_ p: DocumentDiagnosticParams) -> DocumentDiagnosticReport {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        let current = resultID(id)
        if p.previousResultId == current { return .unchanged(resultId: current) }
        return .full(resultId: current, items: diagnostics(for: id))
    }

    /// Every indexed document's report. When the client already has all of them, the request is held until
    /// something changes (the long poll LSP intends), so a client that re-asks at once does not spin.
    func workspaceDiagnostics(_ requestID: RequestID, _ p: WorkspaceDiagnosticParams) {
        flushAnalysis()
        var previous: [String: String] = [:]
        for r in p.previousResultIds { previous[DocumentIdentity.id(forURI: r.uri)] = r.value }
        let report = workspaceReport(previous: previous)
        let allUnchanged = !previous.isEmpty && report.items.allSatisfy {
            if case .unchanged = $0.report { return true } else { return false }
        }
        if allUnchanged {
            parkedWorkspaceDiagnostics.append((id: requestID, previous: previous))
        } else {
            respond(requestID, report)
        }
    }

    func workspaceReport(previous: [String: String]) -> WorkspaceDiagnosticReport {
        var ids = Set(index.documents.keys)
        // A document the client knows of but that left the index is reported empty, which clears it.
        ids.formUnion(previous.keys)
        let items = ids.sorted().map { id -> WorkspaceDocumentDiagnosticReport in
            let current = resultID(id)
            let report: DocumentDiagnosticReport = previous[id] == current
                ? .unchanged(resultId: current) : .full(resultId: current, items: diagnostics(for: id))
            return WorkspaceDocumentDiagnosticReport(uri: uri(of: id), version: documents[id]?.version, report: report)
        }
        return WorkspaceDiagnosticReport(items: items)
    }

    func answerParkedWorkspaceDiagnostics() {
        let parked = parkedWorkspaceDiagnostics
        parkedWorkspaceDiagnostics.removeAll()
        for p in parked { respond(p.id, workspaceReport(previous: p.previous)) }
    }
}

/// Values an edit replaced, held by the server until the edited buffer's diagnostics are sent, then freed
/// (`Server.flushAnalysis`): one per document at most.
struct Retired {
    var analyses: [String: DocumentAnalysis] = [:]
    var written: [String: Server.WrittenFindings] = [:]
    /// Set while an edit's documents are published: findings replaced then are kept too.
    var collecting = false
}

extension Finding {
    /// The same finding `delta` bytes on, with every place it names (all in its own document).
    func moved(by delta: Int) -> Finding {
        var f = self
        f.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        f.related = related.map { r in
            var r = r
            r.range = (r.range.lowerBound + delta)..<(r.range.upperBound + delta)
            return r
        }
        return f
    }
}
