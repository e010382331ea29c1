import AnnotationCore
import AnnotationProtocol

/// The outline of a document (its actors, and its claims grouped by what they measure) and the workspace's
/// actors as symbols, so an editor's outline, breadcrumbs and "go to symbol" navigate claims and actors.
extension Server {
    /// Hierarchical `DocumentSymbol`s when the client takes them, else the flat `SymbolInformation` form
    /// with each symbol's group as its container.
    func documentSymbols(_ p: DocumentSymbolParams) -> LSPAny {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = completeAnalysis(id) else { return .array([]) }
        let groups = symbolGroups(doc)
        if client.hierarchicalSymbols { return Self.lspAny(groups) ?? .array([]) }
        let uri = uri(of: id)
        let flat = groups.flatMap { group in
            (group.children ?? []).map {
                SymbolInformation(name: $0.name, kind: $0.kind, location: Location(uri: uri, range: $0.selectionRange),
                                  containerName: group.name)
            }
        }
        return Self.lspAny(flat) ?? .array([])
    }

    private func symbolGroups(_ doc: DocumentAnalysis) -> [DocumentSymbol] {
        var groups: [DocumentSymbol] = []
        let actors = index.actors.actors(in: doc.id).map { first, actor -> DocumentSymbol in
            let here = actor.mentions(in: doc.id)
            let range = doc.text.lspRange(first.range, encoding)
            return DocumentSymbol(name: actor.name, detail: "\(actor.kind.rawValue) · \(here) mention\(here == 1 ? "" : "s")",
                                  kind: Self.symbolKind(actor.kind), range: range, selectionRange: range)
        }
        if let group = Self.group("Actors", detail: "\(actors.count)", actors) { groups.append(group) }

        // Claims by measure, groups in order of their first claim; claims with no measure come last.
        var order: [String?] = []
        var byMeasure: [String?: [DocumentSymbol]] = [:]
        for f in doc.figures where f.isClaim {
            if byMeasure[f.measure] == nil { order.append(f.measure) }
            let range = doc.text.lspRange(f.range, encoding)
            let detail = FigureReading.short(f) + " · " + InlayHintText.source(f.source)
            byMeasure[f.measure, default: []].append(DocumentSymbol(name: f.text, detail: detail, kind: SymbolKind.number,
                                                                    range: range, selectionRange: range))
        }
        for measure in order.filter({ $0 != nil }) + order.filter({ $0 == nil }) {
            let claims = byMeasure[measure] ?? []
            if let group = Self.group("Figures: \(measure ?? "no measure")", detail: "\(claims.count)", claims) {
                groups.append(group)
            }
        }
        return groups
    }

    /// A group spans its children (LSP wants a parent's range to enclose theirs); none when it is empty.
    private static func group(_ name: String, detail: String, _ children: [DocumentSymbol]) -> DocumentSymbol? {
        guard let first = children.first else { return nil }
        let start = children.map(\.range.start).min { ($0.line, $0.character) < ($1.line, $1.character) }!
        let end = children.map(\.range.end).max { ($0.line, $0.character) < ($1.line, $1.character) }!
        return DocumentSymbol(name: name, detail: detail, kind: SymbolKind.module, range: LSPRange(start: start, end: end),
                              selectionRange: first.selectionRange, children: children)
    }

    static func symbolKind(_ kind: ActorKind) -> Int {
        switch kind {
        case .person: return SymbolKind.class
        case .organization: return SymbolKind.namespace
        case .state: return SymbolKind.enum
        case .unknown: return SymbolKind.variable
        }
    }

    /// Actors of the whole workspace whose name or a spelling contains the query, each at its first mention
    /// in the first file that names it.
    func workspaceSymbols(_ p: WorkspaceSymbolParams) -> [SymbolInformation] {
        flushAnalysis()
        var firstMentions: [String: [String: ActorMention]] = [:]
        return index.actors.search(p.query).prefix(Self.workspaceSymbolLimit).compactMap { actor in
            guard let file = actor.files.first?.document, let doc = index.documents[file] else { return nil }
            if firstMentions[file] == nil {
                firstMentions[file] = Dictionary(index.actors.actors(in: file).map { ($0.actor.name, $0.first) },
                                                 uniquingKeysWith: { first, _ in first })
            }
            guard let mention = firstMentions[file]?[actor.name] else { return nil }
            let files = actor.files.count
            return SymbolInformation(name: actor.name, kind: Self.symbolKind(actor.kind),
                                     location: Location(uri: uri(of: file), range: doc.text.lspRange(mention.range, encoding)),
                                     containerName: "\(actor.kind.rawValue) · \(actor.mentions) mention\(actor.mentions == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
        }
    }

    /// A bound on one answer: a 10,000-file workspace names more actors than anyone scrolls through.
    static let workspaceSymbolLimit = 1000
}
