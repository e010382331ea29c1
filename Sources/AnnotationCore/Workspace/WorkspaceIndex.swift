/// Claims and actors of every document of a workspace, kept up to date one document at a time. Pure: the
/// caller reads files and hands in analyses; the index answers which findings each document has.
public struct WorkspaceIndex: Sendable {
    public private(set) var documents: [String: DocumentAnalysis] = [:]
    public private(set) var actors = ActorDirectory()
    public var tolerance: Double {
        didSet { if tolerance != oldValue { generation += 1; toleranceRevision = generation } }
    }
    /// Claims filed by comparison key, then by each of their actors: only claims under one key that share an
    /// actor can conflict, so an edit looks at those alone.
    private var buckets: [ComparisonKey: [String: ClaimBucket]] = [:]
    /// Counts changes to the index: a document's conflict partners computed at one generation still hold
    /// at that generation.
    private var generation = 0
    /// The conflicts each document had right after its last single update. An editor changes one document
    /// many times in a row: its conflicts before an edit are the ones found after the last edit, as long as
    /// nothing else in the index (or the tolerance) changed meanwhile. They are kept per figure, so that an
    /// edit changing one claim looks up that claim's alone, and the findings published right after the
    /// edit read them instead of looking up every claim of the document again.
    private var partnersAfterUpdate: [String: KnownPartners] = [:]
    /// The generation at which each document's analysis was last set (`revision(of:)`).
    private var revisions: [String: Int] = [:]
    /// The generation at which each document's conflicts may last have changed (`conflictRevision(of:)`).
    private var conflictRevisions: [String: Int] = [:]
    private var toleranceRevision = 0

    public init(tolerance: Double = Configuration.defaultConflictTolerance) {
        self.tolerance = tolerance
    }

    /// Adds or replaces a document. Returns the ids of documents whose findings may have changed: this one,
    /// every document it conflicted with before, every one it conflicts with now, and (for actor rules)
    /// every document that shares an actor with it.
    ///
    /// `placeReadAlike`, when given, tells whether a place of this document reads the same to whoever is shown
    /// the findings (an editor: the same line and column) at its range before the update and at its range
    /// after it. A document whose conflicts with this one name the same of its figures before and after, each
    /// said alike (`saidAlike`) and at a place read alike, is then left out: its findings differ only in byte
    /// offsets into this document, which no one is shown. Its conflict revision still changes (its findings,
    /// as values, did).
    @discardableResult
    public mutating func update(_ analysis: DocumentAnalysis,
                                placeReadAlike: ((_ before: Range<Int>, _ after: Range<Int>) -> Bool)? = nil) -> Set<String> {
        let id = analysis.id
        var affected: Set<String> = [id]
        var before: KnownPartners? = nil
        // What other documents' conflicts named of this document before the update, when it may spare them.
        var namedBefore: [String: [EntryPair]]? = nil
        let oldFigures = documents[id]?.figures
        // The figures filed again, when not all of them are.
        var refiled: [Int]? = nil
        // When the edit added or removed figures: the ones it left after them, moved (`Realignment`).
        var moved: Realignment? = nil
        if let old = documents[id] {
            // Taken out of the table, so that the update changes its arrays in place instead of copying them.
            let kept = partnersAfterUpdate.removeValue(forKey: id)
            let known = kept.flatMap { holds($0) ? $0 : nil } ?? knownConflicts(of: id)
            known.addOtherDocuments(of: id, to: &affected)
            if placeReadAlike != nil { namedBefore = known.pairsByOtherDocument(of: id) }
            before = consume known
            if old.figures.count == analysis.figures.count {
                // Most keystrokes change no claim, or one: only the claims filed otherwise are filed again, and
                // only theirs are looked up. The others keep their entries, and conflict with the same claims
                // of other documents as before (which have not changed since `before` was found).
                let changed = old.figures.indices.filter { !Self.filedAlike(old.figures, analysis.figures, at: $0) }
                var intact = true
                for i in changed where !unfile(old.figures, at: i, of: id) { intact = false }
                // An entry not where it was filed took the document's others in its bucket with it: all go.
                if intact { refiled = changed } else { unfile(id) }
            } else if let r = Realignment(old.figures, analysis.figures) {
                // Typing a number word in or out adds or removes a figure: the figures before and after it are
                // filed alike, those after it one place further on. Those in between are filed again and the
                // others renumbered where they stand, instead of every claim refiled and looked up again.
                var intact = true
                for i in r.oldMiddle where !unfile(old.figures, at: i, of: id) { intact = false }
                if intact { intact = renumber(old.figures, r, of: id) }
                if intact { moved = r } else { unfile(id) }
            } else {
                unfile(id)
            }
        }
        documents[id] = analysis
        var now: KnownPartners
        if let changed = refiled, var known = before.take() {
            for i in changed { file(analysis.figures, at: i, of: id) }
            refresh(&known, refiled: changed, in: analysis)
            now = known
        } else if let r = moved, let known = before.take() {
            for i in r.newMiddle { file(analysis.figures, at: i, of: id) }
            now = realigned(known, r, in: analysis)
        } else {
            file(analysis)
            now = knownConflicts(of: id)
        }
        now.addOtherDocuments(of: id, to: &affected)
        // Every document it conflicted with or conflicts with now: their findings name its claims.
        let conflicting = affected
        if let placeReadAlike, refiled != nil, let namedBefore, let oldFigures {
            for other in Self.readAlike(namedBefore, now.pairsByOtherDocument(of: id), oldFigures, analysis.figures, placeReadAlike) {
                affected.remove(other)
            }
        }
        affected.absorb(actors.update(analysis))
        generation += 1
        revisions[id] = generation
        for d in conflicting { conflictRevisions[d] = generation }
        now.generation = generation
        partnersAfterUpdate[id] = now
        return affected
    }

    /// What the document's last single update found, when nothing in the index has changed since.
    func currentConflicts(of id: String) -> KnownPartners? {
        partnersAfterUpdate[id].flatMap { holds($0) ? $0 : nil }
    }

    /// Whether conflicts found at some generation still hold: nothing in the index (nor the tolerance) has
    /// changed since.
    private func holds(_ known: KnownPartners) -> Bool {
        known.generation == generation && known.tolerance == tolerance
    }

    /// Every figure's comparison key and conflicts, looked up now.
    private func knownConflicts(of id: String) -> KnownPartners {
        let figures = documents[id]?.figures ?? []
        let keys = figures.indices.map { ComparisonKey.of(figures, at: $0) }
        return KnownPartners(generation: generation, tolerance: tolerance, keys: keys,
                             conflicts: figures.indices.map { conflictPlaces(ofFigure: $0, in: figures, key: keys[$0], id: id) })
    }

    /// The conflicts after an update that filed only the `refiled` figures again, made from those before it. A
    /// claim's conflicts read the buckets of its comparison key and nothing else that can change here (the
    /// other documents have not, and an unchanged claim keeps its identity and interval): only the claims
    /// refiled and those under a key whose buckets gained or lost one of them are looked up again.
    private func refresh(_ now: inout KnownPartners, refiled: [Int], in analysis: DocumentAnalysis) {
        var touched = Set<ComparisonKey>()
        var again = [Bool](repeating: false, count: now.keys.count)
        for i in refiled {
            if let k = now.keys[i] { touched.insert(k) }
            now.keys[i] = ComparisonKey.of(analysis.figures, at: i)
            if let k = now.keys[i] { touched.insert(k) }
            again[i] = true
        }
        lookUpAgain(&now, again, touched: touched, in: analysis)
    }

    /// Looks up again the conflicts of the figures marked `again` and of those under a `touched` key (whose
    /// buckets gained or lost a claim of the document).
    private func lookUpAgain(_ now: inout KnownPartners, _ marked: [Bool], touched: Set<ComparisonKey>,
                             in analysis: DocumentAnalysis) {
        guard touched.count <= 8 else {
            var again = marked
            for i in now.keys.indices where !again[i] { if let key = now.keys[i], touched.contains(key) { again[i] = true } }
            for i in again.indices where again[i] {
                now.conflicts[i] = conflictPlaces(ofFigure: i, in: analysis.figures, key: now.keys[i], id: analysis.id)
            }
            return
        }
        // A keystroke refiles a claim or two: their few keys are compared with each claim's in place, not hashed
        // (bound or handed over, each claim's key was copied, its strings retained), and their buckets are
        // found once rather than once per claim looked up again.
        let few = Array(touched)
        let filed = few.map { buckets[$0] }
        let keys = now.keys
        for i in keys.indices {
            let k = few.firstIndex { ComparisonKey.matches(keys, i, $0) }
            guard marked[i] || k != nil else { continue }
            now.conflicts[i] = k.map { conflictPlaces(ofFigure: i, in: analysis.figures, filed: filed[$0], id: analysis.id) }
                ?? conflictPlaces(ofFigure: i, in: analysis.figures, key: keys[i], id: analysis.id)
        }
    }

    /// The conflicts after an update that added or removed figures (`Realignment`), made from those before it:
    /// the figures before and after the change keep their keys and conflicts (a place in this document after the
    /// change renumbered); those in between, those whose conflicts named one of the old ones in between, and
    /// those under a key whose buckets gained or lost one of them are looked up again.
    private func realigned(_ before: KnownPartners, _ r: Realignment, in analysis: DocumentAnalysis) -> KnownPartners {
        let id = analysis.id
        let count = analysis.figures.count
        var keys = [ComparisonKey?](repeating: nil, count: count)
        var conflicts = [[EntryPlace]](repeating: [], count: count)
        var again = [Bool](repeating: false, count: count)
        var touched = Set<ComparisonKey>()
        for i in r.oldMiddle { if let k = before.keys[i] { touched.insert(k) } }
        for i in r.newMiddle {
            keys[i] = ComparisonKey.of(analysis.figures, at: i)
            if let k = keys[i] { touched.insert(k) }
            again[i] = true
        }
        for old in 0..<before.keys.count where !r.oldMiddle.contains(old) {
            let i = r.new(old)
            keys[i] = before.keys[old]
            var places = before.conflicts[old]
            for k in places.indices where places[k].document == id {
                if r.oldMiddle.contains(places[k].figure) { again[i] = true } else { places[k].figure = r.new(places[k].figure) }
            }
            conflicts[i] = places
        }
        var now = KnownPartners(generation: before.generation, tolerance: before.tolerance, keys: keys, conflicts: conflicts)
        lookUpAgain(&now, again, touched: touched, in: analysis)
        return now
    }

    /// Gives the filed claims after the change their new places (`Realignment`), in an order in which no entry
    /// ever takes the place of one not yet renumbered. False when some bucket did not hold one where its
    /// interval says (all of the document's entries are then dropped).
    private mutating func renumber(_ figures: [Figure], _ r: Realignment, of id: String) -> Bool {
        guard r.shift != 0 else { return true }
        let olds = r.shift > 0 ? Array(r.oldSuffix.reversed()) : Array(r.oldSuffix)
        for i in olds {
            guard let key = ComparisonKey.of(figures, at: i), let (low, high) = ClaimBucket.interval(of: figures, at: i) else { continue }
            for actor in Participants(figures[i].identityBox) {
                guard buckets[key]?[actor]?.renumber(document: id, figure: i, to: i + r.shift, low: low, high: high) == true else {
                    return false
                }
            }
        }
        return true
    }

    /// The generation at which the document's analysis was last set; nil when it is not in the index. Within
    /// one index, the same revision means the same analysis.
    public func revision(of id: String) -> Int? { revisions[id] }

    /// A generation after which nothing that the document's conflicts read has changed: its analysis, the
    /// claims it conflicted or conflicts with, and the tolerance. Findings about its conflicts computed at
    /// one conflict revision hold while it stays the same, through the updates of one index: two copies
    /// updated apart can reach one revision in different states.
    public func conflictRevision(of id: String) -> Int {
        max(conflictRevisions[id] ?? 0, toleranceRevision)
    }

    /// Adds or replaces many documents at once (a workspace read from disk). Returns the ids of documents
    /// whose findings may have changed, as `update` would for each, but with the documents that share an
    /// actor collected once for the batch.
    @discardableResult
    public mutating func update(contentsOf analyses: [DocumentAnalysis]) -> Set<String> {
        update(contentsOf: analyses, twoThreadsFrom: Self.twoThreadBatch)
    }

    /// `update(contentsOf:)`, filing claims and names on two threads when the batch has `twoThreadsFrom`
    /// documents or more.
    mutating func update(contentsOf analyses: [DocumentAnalysis], twoThreadsFrom: Int) -> Set<String> {
        // One analysis per document; a later one replaces an earlier.
        var position: [String: Int] = [:]
        for (i, a) in analyses.enumerated() { position[a.id] = i }
        let batch = analyses.enumerated().filter { position[$0.element.id] == $0.offset }.map(\.element)
        let intoEmpty = documents.isEmpty
        // The claims and the actor directory read the batch and nothing of each other: a large batch (a
        // workspace read from disk) files them at once, the directory on a second thread.
        var directory = actors
        actors = ActorDirectory()
        let ((affected, conflicting), named) = batch.count >= twoThreadsFrom
            ? TwoThreads.run({ fileClaims(batch, intoEmpty: intoEmpty) }, { directory.update(contentsOf: batch) })
            : (fileClaims(batch, intoEmpty: intoEmpty), directory.update(contentsOf: batch))
        actors = directory
        generation += 1
        if intoEmpty {
            // Into an empty index, every document is new and every one is affected.
            let ids = Set(batch.map(\.id))
            mark(batch: ids, conflicting: ids)
            return ids
        }
        mark(batch: batch.map(\.id), conflicting: conflicting)
        return affected.union(named)
    }

    /// Below this many documents, a batch's claims and names are filed one after the other.
    static let twoThreadBatch = 64

    /// Files the batch's claims, replacing what its documents had: the documents whose conflicts may have
    /// changed (their partners before and after), and those with the batch's own.
    private mutating func fileClaims(_ batch: [DocumentAnalysis], intoEmpty: Bool) -> (affected: Set<String>, conflicting: Set<String>) {
        var affected = Set<String>()
        for a in batch where documents[a.id] != nil {
            affected.formUnion(conflictPartners(of: a.id))
            unfile(a.id)
        }
        for a in batch {
            documents[a.id] = a
            file(a, settledLater: true)
        }
        settleBuckets()
        // Into an empty index, every document is new and every one is affected: its partners and the
        // documents sharing its actors are all in the batch. Finding them would only say so again.
        if intoEmpty { return ([], []) }
        for a in batch { affected.formUnion(conflictPartners(of: a.id)) }
        return (affected, affected.union(batch.map(\.id)))
    }

    /// Records the current generation as the revision of the batch's documents and the conflict revision of
    /// the documents whose conflicts it may have changed.
    private mutating func mark<S: Sequence<String>>(batch: S, conflicting: Set<String>) {
        for id in batch { revisions[id] = generation }
        for id in conflicting { conflictRevisions[id] = generation }
    }

    /// Drops a document. Returns the ids of documents whose findings may have changed.
    @discardableResult
    public mutating func remove(_ id: String) -> Set<String> {
        guard documents[id] != nil else { return [] }
        var affected = conflictPartners(of: id)
        unfile(id)
        documents[id] = nil
        let conflicting = affected
        affected.absorb(actors.remove(id))
        affected.remove(id)
        generation += 1
        for d in conflicting { conflictRevisions[d] = generation }
        revisions[id] = nil
        conflictRevisions[id] = nil
        partnersAfterUpdate[id] = nil
        return affected
    }

    /// With `settledLater`, the claims are added at the ends of their buckets, for `settleBuckets` to order.
    private mutating func file(_ a: DocumentAnalysis, settledLater: Bool = false) {
        // By index: `enumerated()` copied each figure out (~280 instructions with its release).
        for i in a.figures.indices { file(a.figures, at: i, of: a.id, settledLater: settledLater) }
    }

    /// Files figure `i` of document `id`, when it is a claim that can be compared. The figure is read where it
    /// stands (`ComparisonKey.of(_:at:)`).
    private mutating func file(_ figures: [Figure], at i: Int, of id: String, settledLater: Bool = false) {
        guard let key = ComparisonKey.of(figures, at: i), let (low, high) = ClaimBucket.interval(of: figures, at: i) else { return }
        let entry = ClaimBucket.Entry(document: id, figure: i, low: low, high: high, identity: figures[i].identityBox)
        // The key's buckets found once (hashing a key hashes its words), then each participant's.
        Self.insert(entry, under: Participants(entry.identity), into: &buckets[key, default: [:]], settledLater: settledLater)
    }

    private static func insert(_ entry: ClaimBucket.Entry, under actors: Participants, into byActor: inout [String: ClaimBucket],
                               settledLater: Bool) {
        for actor in actors {
            if settledLater { byActor[actor, default: ClaimBucket()].append(entry) } else { byActor[actor, default: ClaimBucket()].insert(entry) }
        }
    }

    /// After a batch (a workspace read from disk), every bucket in order (`ClaimBucket.settle`) and in storage of
    /// its size. Single updates (an edit) leave the room they grow, which the next insertion into the bucket
    /// uses. Walked in place: finding each bucket by its key hashed every key again. (Not by `indices`,
    /// which holds the dictionary, so that the first change copied it all.)
    private mutating func settleBuckets() {
        var i = buckets.values.startIndex
        while i != buckets.values.endIndex {
            var j = buckets.values[i].values.startIndex
            while j != buckets.values[i].values.endIndex {
                buckets.values[i].values[j].settle()
                j = buckets.values[i].values.index(after: j)
            }
            i = buckets.values.index(after: i)
        }
    }

    /// Takes a document's claims out of the buckets `file` put them in, each found by its interval.
    private mutating func unfile(_ id: String) {
        guard let old = documents[id] else { return }
        for i in old.figures.indices { unfile(old.figures, at: i, of: id) }
    }

    /// Takes figure `i` of document `id`, as it was filed, out of its buckets. False when some bucket did not
    /// hold it where its interval says, and dropped all of the document's entries instead.
    @discardableResult
    private mutating func unfile(_ figures: [Figure], at i: Int, of id: String) -> Bool {
        guard let key = ComparisonKey.of(figures, at: i), let (low, high) = ClaimBucket.interval(of: figures, at: i) else { return true }
        var found = true
        for actor in Participants(figures[i].identityBox) {
            if buckets[key]?[actor]?.remove(document: id, figure: i, low: low, high: high) == false { found = false }
            if buckets[key]?[actor]?.isEmpty == true { buckets[key]?[actor] = nil }
        }
        if buckets[key]?.isEmpty == true { buckets[key] = nil }
        return found
    }

    /// Would `file` put the two figures (one index of two analyses of a document) in the same buckets, with
    /// the same interval, and would each conflict with the same claims of other documents? It would when both
    /// are claims or neither is, and a claim keeps its identity and interval: that is all the filing and the
    /// test against another document read (`ComparisonKey`, `ConflictTest`). Only a conflict inside the one
    /// document reads where its figures are, and the document is always among those an update affects.
    /// An entry kept keeps the identity box of the analysis that filed it, equal by value to the new one.
    /// The figures are read where they stand: handed over, both were copied out of their arrays (~600
    /// instructions a pair) for every figure of the buffer on each keystroke.
    static func filedAlike(_ a: [Figure], _ b: [Figure], at i: Int, _ j: Int? = nil) -> Bool {
        let j = j ?? i
        guard a[i].isClaim == b[j].isClaim else { return false }
        guard a[i].isClaim else { return true }
        return a[i].lower.bitPattern == b[j].lower.bitPattern && a[i].upper.bitPattern == b[j].upper.bitPattern
            && a[i].rate == b[j].rate && a[i].identityBox == b[j].identityBox
    }

    /// Claims are filed under each of their participants: two claims about one quantity share one. Claims
    /// that name none are filed together under the empty name: they agree on who (SPEC §3.4).
    /// Each name once, read where it stands: a set of them cost ~1,200 instructions a claim.
    struct Participants: Sequence, IteratorProtocol {
        private let names: [String]
        private var position = 0

        init(_ box: IdentityBox?) {
            let who = box?.value.participants ?? []
            names = who.isEmpty ? [""] : who
        }

        mutating func next() -> String? {
            while position < names.count {
                let k = position
                position += 1
                if !names[..<k].contains(names[k]) { return names[k] }
            }
            return nil
        }
    }

    /// The buckets a claim may find its matches in: its own participants' and the one of claims that name
    /// none; a claim that names none also looks under the actors of its story's lead (`ConflictTest.sameActors`).
    /// Callers find each claim once whatever the order, and most claims find none: the names are handed out
    /// where they stand, as the list they were gathered in cost more than the lookups of such a claim.
    struct Lookups: Sequence, IteratorProtocol {
        /// The participants, each once; when there are none, the actors of the story's lead.
        private let who: [String]
        private let story: Set<String>
        private var position = 0
        private var storyPosition: Set<String>.Index
        /// The empty name is looked up last, unless it was among the names.
        private var emptyDue = true

        init(_ box: IdentityBox?) {
            // Read in the box: the `identity` getter copies the whole identity out.
            who = box?.value.participants ?? []
            story = who.isEmpty ? box?.value.story ?? [] : []
            storyPosition = story.startIndex
        }

        mutating func next() -> String? {
            while position < who.count {
                let k = position
                position += 1
                if who[..<k].contains(who[k]) { continue }
                if who[k].isEmpty { emptyDue = false }
                return who[k]
            }
            if storyPosition != story.endIndex {
                let name = story[storyPosition]
                story.formIndex(after: &storyPosition)
                if name.isEmpty { emptyDue = false }
                return name
            }
            guard emptyDue else { return nil }
            emptyDue = false
            return ""
        }
    }

    /// Every claim of the workspace about the same quantity as `figure` (agreeing or not), itself excluded.
    public func sameQuantity(as figure: Figure, in id: String) -> [FigureRef] {
        sameQuantityEntries(as: figure, in: id).sorted(by: Self.inDocumentOrder).map(ref)
    }

    /// `sameQuantity(as:in:)` as bucket entries, in no order. A hover lists a dozen of what may be thousands,
    /// and reading each claim's figure out of its document was most of what it cost: here a claim's figure
    /// is read only when it is one of this document's (its place decides).
    func sameQuantityEntries(as figure: Figure, in id: String) -> [ClaimBucket.Entry] {
        guard let key = ComparisonKey(figure), let byActor = buckets[key], let mine = figure.identityBox else { return [] }
        let offset = figure.range.lowerBound
        // This document's own claims are many in its buckets: its figures are looked up once, not per claim.
        let own = documents[id]?.figures ?? []
        var seen = Set<EntryPlace>()
        var out: [ClaimBucket.Entry] = []
        // Every entry of these buckets was filed under `key`, the figure's own: only the rest of the identity
        // is tested, on the entry's identity read in its box.
        for actor in Lookups(mine) {
            for e in byActor[actor]?.all ?? [] {
                guard let theirs = e.identity else { continue }
                var place = -1  // unread: only a claim of this same document needs it
                if e.document == id {
                    let range = own[e.figure].range
                    if range == figure.range { continue }
                    place = range.lowerBound
                }
                guard ConflictTest.sameQuantity(ofOneKey: theirs.value, in: e.document, at: place,
                                                mine.value, in: id, at: offset),
                      seen.insert(EntryPlace(document: e.document, figure: e.figure)).inserted else { continue }
                out.append(e)
            }
        }
        return out
    }

    /// Document order of two claims. A document's figures are in text order, one starting at each offset,
    /// so its entries' order by figure index is their figures' order by place.
    static func inDocumentOrder(_ a: ClaimBucket.Entry, _ b: ClaimBucket.Entry) -> Bool {
        (a.document, a.figure) < (b.document, b.figure)
    }

    /// The first `k` of these entries (each claim once) in document order: a card lists a dozen of what may
    /// be thousands, and sorting them all was a third of its cost.
    static func first(_ k: Int, inDocumentOrder entries: [ClaimBucket.Entry]) -> [ClaimBucket.Entry] {
        var kept: [ClaimBucket.Entry] = []
        kept.reserveCapacity(k + 1)
        for e in entries {
            if kept.count == k, let last = kept.last, !inDocumentOrder(e, last) { continue }
            kept.insert(e, at: kept.partitioningIndex { inDocumentOrder(e, $0) })
            if kept.count > k { kept.removeLast() }
        }
        return kept
    }

    /// The figures that conflict with one figure of a document: per actor, the claims of its bucket whose
    /// interval lies wholly below or above the figure's, then the identity test of SPEC §3.4 on those few.
    public func conflicts(with figure: Figure, in id: String) -> [FigureRef] {
        let figures = [figure]
        return conflictPlaces(ofFigure: 0, in: figures, key: ComparisonKey.of(figures, at: 0), id: id).map(ref)
    }

    /// `conflicts(with:in:)` of figure `i` of an indexed document. Right after the document's own update (an
    /// edit), what the update found is read: looking up every claim of a large buffer again was most of
    /// what its findings cost.
    func conflicts(ofFigure i: Int, in id: String) -> [FigureRef] {
        guard let doc = documents[id] else { return [] }
        return conflicts(ofFigure: i, of: doc, known: currentConflicts(of: id))
    }

    /// `conflicts(ofFigure:in:)` of an indexed document's figure, with what `currentConflicts(of:)` answered for
    /// the document: a rule asks for each of its claims, and looking the document up for each (hashing its
    /// path twice) and copying its figure out cost ~800 instructions a claim.
    func conflicts(ofFigure i: Int, of doc: DocumentAnalysis, known: KnownPartners?) -> [FigureRef] {
        if let known { return known.conflicts[i].map(ref) }
        return conflictPlaces(ofFigure: i, in: doc.figures, key: ComparisonKey.of(doc.figures, at: i), id: doc.id).map(ref)
    }

    /// The claims that conflict with `figures[i]` of document `id`, whose comparison key is `key`, in document
    /// order. The figure is read where it stands: handed over, it was copied out of its array for every claim.
    private func conflictPlaces(ofFigure i: Int, in figures: [Figure], key: ComparisonKey?, id: String) -> [EntryPlace] {
        guard let key else { return [] }
        return conflictPlaces(ofFigure: i, in: figures, filed: buckets[key], id: id)
    }

    /// `conflictPlaces(ofFigure:in:key:id:)` with the buckets of the figure's key, `filed`.
    private func conflictPlaces(ofFigure i: Int, in figures: [Figure], filed: [String: ClaimBucket]?, id: String) -> [EntryPlace] {
        guard let byActor = filed, let (lo, hi) = ClaimBucket.interval(of: figures, at: i) else { return [] }
        let low = lo * (1 - tolerance), high = hi * (1 + tolerance)
        var seen = Set<EntryPlace>()
        var out: [(place: EntryPlace, start: Int)] = []
        // Most claims have no entry outside their interval: the figure is copied into a reference only for
        // those that do.
        var me: FigureRef? = nil
        for actor in Lookups(figures[i].identityBox) {
            guard let bucket = byActor[actor] else { continue }
            // The entries below, then those above, one after the other: a list of the two was an allocation per
            // bucket.
            for side in 0..<2 {
                let slice = side == 0 ? bucket.below(low, tolerance: tolerance) : bucket.above(high, tolerance: tolerance)
                guard !slice.isEmpty else { continue }
                if me == nil { me = FigureRef(document: id, figure: figures[i]) }
                for e in slice {
                    let r = ref(e)
                    let place = EntryPlace(document: e.document, figure: e.figure)
                    if ConflictTest.conflicts(r, me!, tolerance: tolerance), seen.insert(place).inserted {
                        out.append((place, r.figure.range.lowerBound))
                    }
                }
            }
        }
        // Most claims conflict with nothing: no sort, and no list of places, for them.
        if out.isEmpty { return [] }
        return out.sorted { ($0.place.document, $0.start) < ($1.place.document, $1.start) }.map(\.place)
    }

    /// The claim a bucket entry stands for. Every entry names a document of the index and an index into its
    /// figures: a document is unfiled before it is replaced or removed.
    func ref(_ e: ClaimBucket.Entry) -> FigureRef {
        ref(EntryPlace(document: e.document, figure: e.figure))
    }

    func ref(_ p: EntryPlace) -> FigureRef {
        FigureRef(document: p.document, figure: documents[p.document]!.figures[p.figure])
    }

    /// Other documents holding a figure that conflicts with one of this document's. (Whether the document
    /// itself is among them never matters: every update or removal affects it.)
    func conflictPartners(of id: String) -> Set<String> {
        var out = Set<String>()
        (currentConflicts(of: id) ?? knownConflicts(of: id)).addOtherDocuments(of: id, to: &out)
        return out
    }

    /// Every conflicting pair of the workspace, each once, in document order.
    public func conflictSets() -> [[FigureRef]] {
        var out: [[FigureRef]] = []
        for id in documents.keys.sorted() {
            for f in documents[id]!.figures where ComparisonKey(f) != nil {
                let me = FigureRef(document: id, figure: f)
                for other in conflicts(with: f, in: id) where (me.document, me.figure.range.lowerBound) < (other.document, other.figure.range.lowerBound) {
                    out.append([me, other])
                }
            }
        }
        return out
    }
}

/// A document's conflicts as found at one generation of the index, under one tolerance: for each of its
/// figures, its comparison key and the claims it conflicts with (`conflicts(with:in:)`, its own document's
/// included).
struct KnownPartners: Sendable {
    var generation: Int
    var tolerance: Double
    var keys: [ComparisonKey?]
    var conflicts: [[EntryPlace]]

    /// Adds the other documents holding a claim that conflicts with one of document `id`'s.
    func addOtherDocuments(of id: String, to out: inout Set<String>) {
        for places in conflicts { for p in places where p.document != id { out.insert(p.document) } }
    }
}

extension KnownPartners {
    /// For each other document, the pairs of this document's figure and the other's claim that conflict, in
    /// figure order.
    func pairsByOtherDocument(of id: String) -> [String: [EntryPair]] {
        var out: [String: [EntryPair]] = [:]
        for (i, places) in conflicts.enumerated() {
            for p in places where p.document != id { out[p.document, default: []].append(EntryPair(figure: i, other: p.figure)) }
        }
        return out
    }
}

/// A figure of a document and a claim of another document that conflict.
struct EntryPair: Hashable {
    var figure: Int
    var other: Int
}

extension WorkspaceIndex {
    /// The other documents whose conflicts with an updated document read nothing but what the caller says it
    /// shows alike: the same conflicting pairs before and after, and every figure of the document among them
    /// said alike and at a place read alike. Only for an update that kept the figures' count (same indices).
    /// A figure said alike was filed alike, so it kept its bucket entries and the others' lists their order.
    static func readAlike(_ before: [String: [EntryPair]], _ after: [String: [EntryPair]], _ old: [Figure], _ new: [Figure],
                          _ placeReadAlike: (Range<Int>, Range<Int>) -> Bool) -> [String] {
        guard old.count == new.count else { return [] }
        var out: [String] = []
        for (other, pairs) in after where before[other].map({ Set($0) == Set(pairs) }) == true {
            let alike = pairs.allSatisfy { p in
                saidAlike(old[p.figure], new[p.figure]) && placeReadAlike(old[p.figure].range, new[p.figure].range)
            }
            if alike { out.append(other) }
        }
        return out
    }

    /// Whether two figures say the same wherever they stand: equal but for their own place and their source's.
    /// What another document's conflict finding reads of a figure (its text, reading, values, identity) is read
    /// from these, its line from the place.
    static func saidAlike(_ a: Figure, _ b: Figure) -> Bool {
        var a = a
        a.range = b.range
        a.source.range = b.source.range
        return a == b
    }
}

/// A claim as its bucket entry names it: its document and its index among the document's figures (cheaper to
/// hash than the claim itself; one figure starts at each offset, so the index names one place).
struct EntryPlace: Hashable {
    var document: String
    var figure: Int
}

/// A figure of some document of the workspace.
public struct FigureRef: Sendable, Hashable {
    public var document: String
    public var figure: Figure
    public init(document: String, figure: Figure) {
        self.document = document
        self.figure = figure
    }
}

/// How the figures of a document's two analyses line up when an edit added or removed some: a common prefix
/// and a common suffix filed alike (`WorkspaceIndex.filedAlike`), and what lies between them in each. A figure
/// of the suffix keeps its claim and its conflicts with other documents; only its index moves, by `shift`.
struct Realignment {
    let oldMiddle: Range<Int>
    let newMiddle: Range<Int>
    let oldSuffix: Range<Int>
    let shift: Int

    /// Nil when the counts are equal (the update has its own way for that).
    init?(_ old: [Figure], _ new: [Figure]) {
        guard old.count != new.count else { return nil }
        let shortest = min(old.count, new.count)
        var prefix = 0
        while prefix < shortest, WorkspaceIndex.filedAlike(old, new, at: prefix) { prefix += 1 }
        var suffix = 0
        while suffix < shortest - prefix, WorkspaceIndex.filedAlike(old, new, at: old.count - 1 - suffix, new.count - 1 - suffix) {
            suffix += 1
        }
        oldMiddle = prefix..<(old.count - suffix)
        newMiddle = prefix..<(new.count - suffix)
        oldSuffix = (old.count - suffix)..<old.count
        shift = new.count - old.count
    }

    /// The new index of an old figure outside the middle.
    func new(_ old: Int) -> Int { old < oldMiddle.lowerBound ? old : old + shift }
}
