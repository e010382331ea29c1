import Foundation
import AnnotationCore
import AnnotationProtocol

extension Server {
    /// Reads and analyses every file of `roots` off the queue, then folds the results into the index on the
    /// queue, so a conflict with a file that is not open is reported. Open documents keep their buffers.
    /// `configuration` is the effective one when the caller has just computed it: reading the layers again
    /// would report a broken configuration file twice.
    func indexWorkspace(roots: [String], configuration: Configuration? = nil) {
        guard !roots.isEmpty else { return }
        let epoch = indexingEpoch
        let configuration = configuration ?? effectiveConfiguration()
        let analyzer = self.analyzer
        let folders = workspaceRoots
        BackgroundWork.detached {
            var notes: [String] = []
            let files = roots.flatMap { root -> [InputFile] in
                let walker = InputFileWalker(configuration: configuration) { notes.append($0) }
                do { return try walker.collect([root]) } catch {
                    notes.append("\(error)")
                    return []
                }
            }
            let batch = WorkspaceIndexing.analyse(files.map(\.displayPath), analyzer: analyzer,
                                                  maxBytes: configuration.effectiveMaxFileBytes,
                                                  confinement: WorkspaceConfinement(roots: folders))
            let walkNotes = notes
            self.queue.async {
                for note in walkNotes { self.log(.log, note) }
                self.finishIndexing(batch, epoch: epoch)
            }
        }
    }

    /// Re-reads a few files from disk (a closed buffer, a watched-file change).
    func reindex(paths: [String]) {
        let epoch = indexingEpoch
        let analyzer = self.analyzer
        let maxBytes = effectiveConfiguration().effectiveMaxFileBytes
        let folders = workspaceRoots
        BackgroundWork.detached {
            let batch = WorkspaceIndexing.analyse(paths, analyzer: analyzer, maxBytes: maxBytes,
                                                  confinement: WorkspaceConfinement(roots: folders))
            self.queue.async { self.finishIndexing(batch, epoch: epoch) }
        }
    }

    /// Folds a batch read from disk into the index. The fold of a whole workspace takes seconds, so it runs
    /// off the queue on a copy of the index: the queue stays free for the open documents, which are analysed
    /// and published at once meanwhile (against what the index holds so far). Back on the queue, whatever
    /// the queue changed in the index since the copy is applied to the copy again, and the copy replaces it.
    func finishIndexing(_ batch: WorkspaceIndexing.Batch, epoch: Int) {
        // Analysed with an engine that has since been reconfigured: `reconfigure` started a fresh pass.
        guard epoch == indexingEpoch, lifecycle == .running else { return }
        nextFold += 1
        let fold = nextFold
        foldsInFlight[fold] = []
        // An open buffer wins over the file on disk (one opened during the fold is applied again after it).
        let fromDisk = batch.analyses.filter { documents[$0.id] == nil }
        let snapshot = index
        BackgroundWork.detached {
            var staged = snapshot
            let affected = staged.update(contentsOf: fromDisk)
            let folded = staged
            self.queue.async {
                self.adoptFold(fold, folded, affected: affected, folded: Set(fromDisk.map(\.id)), batch: batch, epoch: epoch)
            }
        }
    }

    /// Takes a fold made off the queue: re-applies what the queue changed since its copy, removes the files
    /// that could not be read, and publishes — the open documents first (now with the workspace's conflicts
    /// and actor counts), the rest a slice at a time between messages.
    func adoptFold(_ fold: Int, _ staged: WorkspaceIndex, affected: Set<String>, folded: Set<String>,
                   batch: WorkspaceIndexing.Batch, epoch: Int) {
        let touched = foldsInFlight.removeValue(forKey: fold) ?? []
        guard epoch == indexingEpoch, lifecycle == .running else { return }
        let start = ServerTiming.now()
        defer { timing?.endJob("adopt fold", started: start, detail: "\(folded.count) folded, \(touched.count) again") }
        var staged = staged
        var affected = affected
        affected.absorb(staged.update(contentsOf: touched.sorted().compactMap { index.documents[$0] }))
        for id in touched where index.documents[id] == nil && staged.documents[id] != nil {
            affected.absorb(staged.remove(id))
            affected.insert(id)
        }
        index = staged
        // Revisions of the staged copy and of the index the queue kept may coincide for different states.
        writtenFindings.removeAll()
        noteIndexChanged(folded)
        for id in batch.unreadable where documents[id] == nil && index.documents[id] != nil {
            affected.absorb(removeFromIndex(id))
        }
        for note in batch.notes { log(.log, note) }
        let indexed = "indexed \(batch.analyses.count) file(s) from disk"
        guard !client.pullsDiagnostics else {
            diagnosticsChanged(affected, edited: [])
            log(.info, indexed)
            return
        }
        let open = documents.open.keys.filter { index.documents[$0] != nil }
        let rest = affected.subtracting(open).sorted()
        publishAll(Set(open))
        publishSlices(ArraySlice(rest), then: indexed)
    }

    /// Publishes `ids` a slice at a time, each slice queued behind whatever arrived meanwhile (an open, an
    /// edit, a hover), then logs `message`: publishing a whole workspace at once held an opened file for
    /// seconds. Each slice reads the index as it is then, so a document is never published stale.
    func publishSlices(_ ids: ArraySlice<String>, then message: String) {
        guard lifecycle == .running else { return }
        let start = ServerTiming.now()
        let slice = ids.prefix(max(1, options.publishSliceSize))
        publishAll(Set(slice))
        let rest = ids.dropFirst(slice.count)
        timing?.endJob("slice", started: start, detail: "\(slice.count) published, \(rest.count) left")
        if rest.isEmpty {
            log(.info, message)
        } else {
            queue.async { self.publishSlices(rest, then: message) }
        }
    }

    /// The queue changed these documents in the index: a fold still running off the queue must apply them
    /// again to its copy before it replaces the index.
    func noteIndexChanged(_ ids: Set<String>) {
        guard !ids.isEmpty else { return }
        for fold in foldsInFlight.keys { foldsInFlight[fold]!.formUnion(ids) }
    }

    func didChangeWatchedFiles(_ p: DidChangeWatchedFilesParams) {
        var changed: [String] = []
        var affected = Set<String>()
        for event in p.changes {
            let id = DocumentIdentity.id(forURI: event.uri)
            if id.hasSuffix("/" + ConfigurationLoader.fileName) {
                reconfigure()
                continue
            }
            guard documents[id] == nil else { continue } // the open buffer wins over the file on disk
            if event.type == FileEvent.deleted {
                // A deleted folder arrives as one event: drop everything under it.
                for doc in index.documents.keys where doc == id || doc.hasPrefix(id + "/") {
                    affected.absorb(removeFromIndex(doc))
                }
            } else if isWorkspaceFile(id) {
                changed.append(id)
            } else if DocumentIdentity.isPath(id), !isInsideWorkspaceFolders(id) {
                // Clients watch with globs of their own; a change outside the folders is not ours to read.
                log(.log, "\(id): outside the workspace folders, change ignored")
            }
        }
        diagnosticsChanged(affected, edited: [])
        if !changed.isEmpty { reindex(paths: changed) }
    }

    func didChangeWorkspaceFolders(_ p: DidChangeWorkspaceFoldersParams) {
        let removed = p.event.removed.map { DocumentIdentity.id(forURI: $0.uri) }
        let added = p.event.added.map { DocumentIdentity.id(forURI: $0.uri) }.filter(DocumentIdentity.isPath)
        workspaceRoots.removeAll { removed.contains($0) }
        var affected = Set<String>()
        for root in removed {
            for id in index.documents.keys where id.hasPrefix(root + "/") && documents[id] == nil && !isWorkspaceFile(id) {
                affected.absorb(removeFromIndex(id))
            }
        }
        diagnosticsChanged(affected, edited: [])
        workspaceRoots += added.filter { !workspaceRoots.contains($0) }
        indexWorkspace(roots: added)
    }

    func isInsideWorkspaceFolders(_ id: String) -> Bool {
        workspaceRoots.contains { id.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// A path inside a workspace folder with one of the prose extensions: such a file is indexed from disk
    /// when it is not open.
    func isWorkspaceFile(_ id: String) -> Bool {
        guard DocumentIdentity.isPath(id) else { return false }
        let lower = id.lowercased()
        guard [".txt", ".text", ".md", ".markdown"].contains(where: lower.hasSuffix) else { return false }
        return isInsideWorkspaceFolders(id)
    }
}

/// Reading and analysing files off the server's queue. Pure apart from reading the files named.
enum WorkspaceIndexing {
    struct Batch: Sendable {
        var analyses: [DocumentAnalysis] = []
        /// Files that could not be read (deleted, binary, too large): they leave the index.
        var unreadable: [String] = []
        var notes: [String] = []
    }

    /// Reads and analyses on all cores at a lower priority than the server's queue (one file per work item;
    /// a workspace of 10,000 files took four times as long on one thread), then collects the results in the order of `paths`. Every path is checked
    /// against the folders right before it is read (not only when it was named): a file that became a link
    /// out of the workspace since the walk is refused all the same, and leaves the index like an unreadable one.
    static func analyse(_ paths: [String], analyzer: Analyzer, maxBytes: Int,
                        confinement: WorkspaceConfinement) -> Batch {
        enum Outcome { case analysed(DocumentAnalysis), unreadable(String) }
        let slots = ResultSlots<Outcome>(count: paths.count)
        BackgroundWork.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i]
            switch confinement.judge(path) {
            case .inside: break
            case .outside: slots.set(i, .unreadable(WorkspaceConfinement.refusal(path))); return
            case .missing: slots.set(i, .unreadable("\(path): no such file")); return
            }
            do {
                switch try InputFileReader.read(path, maxBytes: maxBytes) {
                // Compacted at once: a workspace's worth of whole analyses was the server's peak of memory.
                case .text(let text): slots.set(i, .analysed(analyzer.analyzeCompacted(text, id: path)))
                case .skipped(let why): slots.set(i, .unreadable("\(path): \(why)"))
                }
            } catch {
                slots.set(i, .unreadable("\(error)"))
            }
        }
        var batch = Batch()
        for (i, path) in paths.enumerated() {
            switch slots.get(i)! {
            case .analysed(let analysis): batch.analyses.append(analysis)
            case .unreadable(let note):
                batch.unreadable.append(path)
                batch.notes.append(note)
            }
        }
        return batch
    }
}
