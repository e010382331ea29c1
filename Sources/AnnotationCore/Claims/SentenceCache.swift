/// What the passes that read one sentence and nothing else found in each sentence of a document, keyed by
/// exactly what they read (the sentence's bytes, and for the figure scan the non-prose ranges, footnote
/// references and page-furniture flag that reach into it). An edit changes a few sentences; handing the
/// cache of the previous analysis to the next one (`Analyzer.analyze(_:id:format:reusing:)`) re-reads only
/// those, and the answers are the ones a fresh analysis gives, because every input of a cached result is in
/// its key. Results are stored with byte offsets relative to their sentence, so a sentence that moved (text
/// typed before it) is found again.
///
/// An immutable value: an analysis reads one and returns a new one holding the sentences of the document it
/// analysed (nothing else, so it never grows past one document). The server's document store owns it.
public struct SentenceCache: Sendable {
    var figures: [FigureScanKey: [Figure]] = [:]
    var words: [[UInt8]: [SentenceWord]] = [:]
    var readings: [[UInt8]: SentenceReadingFacts] = [:]
    /// How many sentences the analysis that made this cache scanned anew: those not in the cache it was handed
    /// (a sentence repeated in the document is scanned once).
    public internal(set) var reanalysedSentences = 0

    public init() {}

    /// Distinct sentences held.
    public var count: Int { figures.count }
}

/// Everything the figure scan of one sentence reads besides the lexicons: its bytes, the ranges inside it
/// that are not prose, the footnote references that cover a byte of it, and whether its paragraph is page
/// furniture. Ranges are relative to the sentence's first byte.
struct FigureScanKey: Hashable, Sendable {
    var bytes: [UInt8]
    var excluded: [Range<Int>]
    var footnotes: [Range<Int>]
    var furniture: Bool
}

/// The facts a claim's identity reads from its sentence as a whole, derived from the sentence's words (which
/// hold no byte offsets of their own here: `marks` index the words).
struct SentenceReadingFacts: Sendable {
    var marks: [(index: Int, mark: String)]
    var evidenceWords: [String]
}

/// One analysis's use of a `SentenceCache`: looks results up in the cache it was handed and in what this
/// analysis has already stored, and collects the new cache. Lives only for one call of the analyzer.
final class SentenceMemo {
    let previous: SentenceCache
    private(set) var next = SentenceCache()

    init(previous: SentenceCache) {
        self.previous = previous
    }

    /// The figures of the sentence starting at `start`, scanned by `scan` only when no sentence with the same
    /// key was scanned before.
    func figures(_ key: FigureScanKey, at start: Int, scan: () -> [Figure]) -> [Figure] {
        if let known = next.figures[key] ?? previous.figures[key] {
            next.figures[key] = known
            return known.map { $0.moved(by: start) }
        }
        next.reanalysedSentences += 1
        let found = scan()
        next.figures[key] = found.map { $0.moved(by: -start) }
        return found
    }

    /// The words of the sentence `range` of `bytes`, read by `read` only when no sentence of the same bytes
    /// was read before.
    func words(_ bytes: [UInt8], _ range: Range<Int>, read: () -> [SentenceWord]) -> [SentenceWord] {
        let key = Array(bytes[range])
        if let known = next.words[key] ?? previous.words[key] {
            next.words[key] = known
            return known.map { $0.moved(by: range.lowerBound) }
        }
        let found = read()
        next.words[key] = found.map { $0.moved(by: -range.lowerBound) }
        return found
    }

    /// The sentence-wide facts of the sentence `range`, derived by `derive` only when no sentence of the same
    /// bytes had them derived before.
    func readingFacts(_ bytes: [UInt8], _ range: Range<Int>, derive: () -> SentenceReadingFacts) -> SentenceReadingFacts {
        let key = Array(bytes[range])
        if let known = next.readings[key] ?? previous.readings[key] {
            next.readings[key] = known
            return known
        }
        let found = derive()
        next.readings[key] = found
        return found
    }
}

extension Figure {
    /// The same figure `delta` bytes further on. Only what the figure scan sets is moved: the scan's results
    /// carry no source or identity yet.
    func moved(by delta: Int) -> Figure {
        var f = self
        f.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        return f
    }
}

extension SentenceWord {
    func moved(by delta: Int) -> SentenceWord {
        var w = self
        w.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        return w
    }
}
