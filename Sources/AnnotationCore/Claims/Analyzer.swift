/// The one entry point from text to annotations: segments → figures / sources / actors → claims. The server
/// and the linter both call this, so they can never disagree.
public struct Analyzer: Sendable {
    public let configuration: Configuration
    let actors: ActorRecognizer
    let provenance: ProvenanceDetector

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.actors = ActorRecognizer(extraActors: configuration.actors)
        self.provenance = ProvenanceDetector(extraSourceCues: configuration.sourceCues,
                                             extraVagueCues: configuration.vagueCues)
    }

    public func analyze(_ text: SourceText, id: String, format: DocumentFormat? = nil) -> DocumentAnalysis {
        analyze(text, id: id, format: format, memo: nil)
    }

    /// Analyses a document that was analysed before with small changes (an edit): sentences found in `cache`
    /// are not read again. The analysis is the one `analyze(_:id:format:)` gives; the returned cache holds
    /// this document's sentences, for the next edit.
    public func analyze(_ text: SourceText, id: String, format: DocumentFormat? = nil,
                        reusing cache: consuming SentenceCache) -> (analysis: DocumentAnalysis, cache: SentenceCache) {
        // Consumed: the new cache adds to the tables of this one, which are copied first if they are shared.
        let memo = SentenceMemo(previous: consume cache, cueConfiguration: [configuration.sourceCues, configuration.vagueCues],
                               actors: configuration.actors)
        let analysis = analyze(text, id: id, format: format, memo: memo)
        return (analysis, memo.next)
    }

    func analyze(_ text: SourceText, id: String, format: DocumentFormat?, memo: SentenceMemo?) -> DocumentAnalysis {
        let format = format ?? DocumentFormat(path: id)
        let segmentation = Segmenter.segment(text, format: format)
        let mentions = actors.recognize(text, segmentation: segmentation, memo: memo)
        var tokens: [Int: [Token]] = [:]
        var figures = FigureScanner.scan(text, segmentation: segmentation, memo: memo, claimSentenceTokens: &tokens)
        provenance.attribute(&figures, text: text, segmentation: segmentation, mentions: mentions, memo: memo, tokens: tokens)
        ClaimActors.assign(&figures, text: text, segmentation: segmentation, mentions: mentions)
        ClaimIdentityReader.assign(&figures, text: text, segmentation: segmentation, mentions: mentions, memo: memo)
        let suppressions = Suppression.scan(text, markdown: format == .markdown)
        return DocumentAnalysis(id: id, text: text, format: format, segmentation: segmentation,
                                figures: figures, mentions: mentions, suppressions: suppressions)
    }
}
