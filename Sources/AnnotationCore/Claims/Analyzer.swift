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

    /// `analyze(_:id:format:).compacted()`, without first copying the whole analysis's lists into storage
    /// of their size: the compact form is made of other lists.
    public func analyzeCompacted(_ text: SourceText, id: String, format: DocumentFormat? = nil) -> DocumentAnalysis {
        analyze(text, id: id, format: format, memo: nil, trimming: false).compacted()
    }

    /// Analyses a document that was analysed before with small changes (an edit): sentences found in `cache`
    /// are not read again. The analysis is the one `analyze(_:id:format:)` gives; the returned cache holds
    /// this document's sentences, for the next edit.
    public func analyze(_ text: SourceText, id: String, format: DocumentFormat? = nil,
                        reusing cache: consuming SentenceCache) -> (analysis: DocumentAnalysis, cache: SentenceCache) {
        // Consumed: the new cache adds to the tables of this one, which are copied first if they are shared.
        let memo = SentenceMemo(previous: consume cache, text: text.bytes, cueConfiguration: [configuration.sourceCues, configuration.vagueCues],
                               actors: configuration.actors)
        let analysis = analyze(text, id: id, format: format, memo: memo)
        return (analysis, memo.finished())
    }

    /// Without `trimming`, the analysis keeps its lists as built (see `DocumentAnalysis.init`): an analysis
    /// through the sentence cache is an open buffer's, replaced at its next edit.
    func analyze(_ text: SourceText, id: String, format: DocumentFormat?, memo: SentenceMemo?,
                 trimming: Bool? = nil) -> DocumentAnalysis {
        let format = format ?? DocumentFormat(path: id)
        let segmentation = memo?.segment(text, format: format) ?? Segmenter.segment(text, format: format)
        let markdown = format == .markdown
        let figures: [Figure], mentions: [ActorMention], suppressions: [Suppression]
        if let memo, Self.twoThreads(text, memo) {
            (figures, mentions, suppressions) = claimsOnTwoThreads(text, segmentation: segmentation, memo: memo, markdown: markdown)
        } else {
            (figures, mentions) = claims(text, segmentation: segmentation, memo: memo)
            suppressions = Suppression.scan(text, markdown: markdown)
        }
        return DocumentAnalysis(id: id, text: text, format: format, segmentation: segmentation,
                                figures: figures, mentions: mentions, suppressions: suppressions, isComplete: true,
                                trimming: trimming ?? (memo == nil))
    }

    /// The figures, with their sources, actors and identities, and the mentions of actors.
    func claims(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo?) -> ([Figure], [ActorMention]) {
        let mentions = actors.recognize(text, segmentation: segmentation, memo: memo)
        var tokens = SentenceTable<[Token]>()
        var figures = FigureScanner.scan(text, segmentation: segmentation, memo: memo, claimSentenceTokens: &tokens)
        provenance.attribute(&figures, text: text, segmentation: segmentation, mentions: mentions, memo: memo, tokens: tokens)
        ClaimActors.assign(&figures, text: text, segmentation: segmentation, mentions: mentions)
        ClaimIdentityReader.assign(&figures, text: text, segmentation: segmentation, mentions: mentions, memo: memo,
                                   tokens: tokens)
        return (figures, mentions)
    }

    /// What `claims` gives, and the suppression comments, read on two threads: recognition on one, and on the
    /// other the figure scan, the sentences' part of the claims' identities, which reads the figures as the scan
    /// leaves them and no mention, and the comments; then the sources the claims' sentences give them on one,
    /// and on the other who speaks where and the claims' actors (read from their places and the mentions, not
    /// from their sources).
    func claimsOnTwoThreads(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo,
                            markdown: Bool) -> ([Figure], [ActorMention], [Suppression]) {
        let (mentions, (scanned, tokens, parts, suppressions)) = recognizeBeside(text, segmentation: segmentation, memo: memo,
                                                                                  markdown: markdown)
        var figures = scanned
        let claims = ClaimActors.claims(figures)
        let quotesMemo = memo.splitQuotes()
        let (found, (speech, actors)) = TwoThreads.run({
            claims.isEmpty ? [] : provenance.sentenceSources(figures, text: text, segmentation: segmentation, mentions: mentions,
                                                             memo: memo, tokens: tokens)
        }, {
            (claims.isEmpty ? nil : provenance.speech(text, segmentation: segmentation, mentions: mentions, memo: quotesMemo),
             ClaimActors.actors(of: claims, text: text, segmentation: segmentation, mentions: mentions,
                                clauses: parts.clauses(figureCount: figures.count)))
        })
        memo.join(quotes: quotesMemo)
        if let speech { provenance.assign(&figures, found, speech: speech, segmentation: segmentation) }
        for (i, names) in actors { figures[i].actors = names }
        ClaimIdentityReader.assign(&figures, parts, segmentation: segmentation, mentions: mentions, memo: memo)
        return (figures, mentions, suppressions)
    }

    /// Actor recognition reads the segmentation and nothing of the figures; the figure scan and the sentences'
    /// part of the claims' identities read nothing of the mentions. For a large document analysed through the
    /// sentence cache (an open buffer: the user waits for it) the two run on two threads, each with the
    /// memo's tables it uses; the linter's documents already share the cores among them. The suppression
    /// comments, read from the text alone, are read beside the figures, the shorter side on an edit of a
    /// large buffer (recognition keeps its document-level passes; the figures' side finds its sentences in
    /// the cache).
    func recognizeBeside(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo, markdown: Bool)
        -> (mentions: [ActorMention],
            (figures: [Figure], tokens: SentenceTable<[Token]>, parts: ClaimIdentityReader.SentenceParts, suppressions: [Suppression])) {
        let figureMemo = memo.splitFigures()
        let claimsMemo = memo.splitClaims()
        let out = TwoThreads.run({
            actors.recognize(text, segmentation: segmentation, memo: memo)
        }, {
            var tokens = SentenceTable<[Token]>()
            let figures = FigureScanner.scan(text, segmentation: segmentation, memo: figureMemo, claimSentenceTokens: &tokens)
            let parts = ClaimIdentityReader.readSentences(figures, text: text, segmentation: segmentation, memo: claimsMemo,
                                                          tokens: tokens)
            return (figures, tokens, parts, Suppression.scan(text, markdown: markdown))
        })
        memo.join(figureMemo)
        memo.join(claims: claimsMemo)
        return out
    }

    /// Below this size a document's recognition and figure scan take less than handing one to another thread
    /// is worth.
    static let twoThreadBytes = 16_384

    /// Whether an analysis runs its independent passes two at a time: a large document, through the cache.
    static func twoThreads(_ text: SourceText, _ memo: SentenceMemo?) -> Bool {
        memo != nil && text.bytes.count >= twoThreadBytes
    }
}
