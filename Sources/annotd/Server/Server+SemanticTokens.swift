import AnnotationCore
import AnnotationProtocol

/// Semantic tokens: figures, source cues and actors coloured so an article can be read at a glance. The
/// types are LSP's standard ones, which every theme colours, with custom modifiers that a theme or user may
/// style further (`number.unsourced`).
enum SemanticTokenLegend {
    /// figure → number; source cue → decorator (it annotates the claim); actors by kind: person → class,
    /// organization → namespace, state → enum, unknown → type.
    static let types = ["number", "decorator", "class", "namespace", "enum", "type"]
    /// claim: a figure that states a quantity; unsourced / vague: its source status (vague also marks a
    /// vague cue).
    static let modifiers = ["claim", "unsourced", "vague"]

    static let legend = SemanticTokensLegend(tokenTypes: types, tokenModifiers: modifiers)

    static func encode(_ role: SemanticRole) -> (type: Int, modifiers: Int) {
        switch role {
        case .figure(let claim, let source):
            guard claim else { return (0, 0) }
            return (0, 1 | (source == .none ? 2 : 0) | (source == .vague ? 4 : 0))
        case .sourceCue(let vague): return (1, vague ? 4 : 0)
        case .actor(.person): return (2, 0)
        case .actor(.organization): return (3, 0)
        case .actor(.state): return (4, 0)
        case .actor(.unknown): return (5, 0)
        }
    }
}

extension Server {
    func semanticTokens(_ p: SemanticTokensParams) -> SemanticTokens {
        semanticTokens(uri: p.textDocument.uri, range: nil)
    }

    func semanticTokens(_ p: SemanticTokensRangeParams) -> SemanticTokens {
        semanticTokens(uri: p.textDocument.uri, range: p.range)
    }

    /// LSP's relative encoding: per token, the line delta, the start (relative to the previous token's when
    /// on the same line), the length, the type and the modifier bits — columns in the negotiated encoding.
    private func semanticTokens(uri: String, range: LSPRange?) -> SemanticTokens {
        flushAnalysis()
        let id = DocumentIdentity.id(forURI: uri)
        guard let doc = completeAnalysis(id) else { return SemanticTokens(data: []) }
        var spans = SemanticSpans.of(doc) { m in
            m.kind != .unknown ? m.kind : (self.index.actors.actor(document: id, mention: m)?.kind ?? .unknown)
        }
        if let range {
            let a = doc.text.offset(of: range.start, encoding), b = doc.text.offset(of: range.end, encoding)
            let (lo, hi) = (min(a, b), max(a, b))
            spans = spans.filter { $0.range.lowerBound < hi && lo < $0.range.upperBound }
        }
        var cursor = ColumnCursor(doc.text, encoding: encoding)
        var data: [Int] = []
        data.reserveCapacity(spans.count * 5)
        var previous = TextPosition(line: 0, character: 0)
        for span in spans {
            let start = cursor.position(of: span.range.lowerBound)
            let length = cursor.length(span.range)
            guard length > 0 else { continue }
            let (type, modifiers) = SemanticTokenLegend.encode(span.role)
            let deltaLine = start.line - previous.line
            data += [deltaLine, deltaLine == 0 ? start.character - previous.character : start.character, length, type, modifiers]
            previous = start
        }
        return SemanticTokens(data: data)
    }
}
