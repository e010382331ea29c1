import AnnotationCore
import AnnotationProtocol

/// Inlay hints: after each claim, its normalised reading and where it comes from ("≈6.0M · unsourced",
/// "10k · State Department"), so a reader sees every figure's standing without hovering each one.
extension Server {
    func inlayHints(_ p: InlayHintParams) -> [InlayHint] {
        flushAnalysis()
        let settings = rules.configuration.inlayHints
        guard settings.showsFigures || settings.showsSources else { return [] }
        let id = DocumentIdentity.id(forURI: p.textDocument.uri)
        guard let doc = completeAnalysis(id) else { return [] }
        let a = doc.text.offset(of: p.range.start, encoding), b = doc.text.offset(of: p.range.end, encoding)
        let (lo, hi) = (min(a, b), max(a, b))
        return doc.figures.filter { $0.isClaim && $0.range.lowerBound <= hi && lo <= $0.range.upperBound }.map { f in
            let parts = [settings.showsFigures ? FigureReading.short(f) : nil,
                         settings.showsSources ? InlayHintText.source(f.source) : nil].compactMap { $0 }
            return InlayHint(position: doc.text.lspPosition(f.range.upperBound, encoding),
                             label: parts.joined(separator: " · "),
                             tooltip: FigureReading.long(f) + " — " + InlayHintText.sourceDetail(f.source),
                             paddingLeft: true)
        }
    }
}

/// The words of a hint's source part; pure, so tests and other front ends can share them.
enum InlayHintText {
    /// The named source when there is one (that is what a fact-checker looks for), else the status.
    static func source(_ s: SourceAttribution) -> String {
        switch s.status {
        case .none: return "unsourced"
        case .vague: return "vague source"
        case .specific: return s.actor ?? s.text.map(shortened) ?? "sourced"
        case .speaker: return s.actor.map { "\($0) (speaking)" } ?? "speaker"
        }
    }

    static func sourceDetail(_ s: SourceAttribution) -> String {
        switch s.status {
        case .none: return "no source in its sentence"
        case .vague: return "attributed only to “\(s.text ?? "an unnamed source")”"
        case .specific: return "source: “\(s.text ?? s.actor ?? "a citation")”"
        case .speaker: return "said by \(s.actor ?? "the speaker")"
        }
    }

    /// A long cue ("according to a fact sheet published last week by …") cut to a glanceable length.
    static func shortened(_ cue: String) -> String {
        cue.count <= 32 ? cue : String(cue.prefix(31)) + "…"
    }
}
