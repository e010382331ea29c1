/// A paragraph: a run of prose lines between blank lines (or one line, in texts that put each paragraph on
/// one line). `ranges` are byte ranges into the document.
public struct Paragraph: Sendable, Hashable {
    public var range: Range<Int>
    public init(range: Range<Int>) { self.range = range }
}

/// A sentence of prose, with the paragraph that holds it.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    public var paragraph: Int
    public init(range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}

/// The prose structure of a document. Text that is not prose (Markdown code, comments, front matter,
/// link targets) is in no sentence.
public struct Segmentation: Sendable {
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Byte ranges that are not prose, ascending (Markdown code, HTML comments, front matter, URLs of links).
    public var excluded: [Range<Int>]
    /// Byte ranges that cite something inside prose (Markdown links, bare URLs, footnote references).
    public var citations: [Range<Int>]

    public init(paragraphs: [Paragraph] = [], sentences: [Sentence] = [], excluded: [Range<Int>] = [],
                citations: [Range<Int>] = []) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.excluded = excluded
        self.citations = citations
    }

    /// `sentenceIndex(containing:)`, asking sentence `hint` and the one after it first: a walk through the
    /// text in order finds most offsets there.
    func sentenceIndex(containing offset: Int, near hint: Int) -> Int? {
        if hint >= 0, hint < sentences.count, sentences[hint].range.contains(offset) { return hint }
        let next = hint + 1
        if next >= 0, next < sentences.count, sentences[next].range.contains(offset) { return next }
        return sentenceIndex(containing: offset)
    }

    /// Index of the sentence that holds a byte offset, by binary search.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// The non-prose ranges that share a byte with `r`, in order: found by bisection, as they are ascending and
    /// never overlap (blocks are whole lines, and the inline scan of a line moves past each range it marks).
    /// Each sentence's cache keys read them: filtering every range for every sentence grew with the square of
    /// a long document full of links.
    func excluded(overlapping r: Range<Int>) -> [Range<Int>] {
        var lo = excluded.partitioningIndex { $0.upperBound > r.lowerBound }
        var out: [Range<Int>] = []
        while lo < excluded.count, excluded[lo].lowerBound < r.upperBound {
            if excluded[lo].overlaps(r) { out.append(excluded[lo]) }
            lo += 1
        }
        assert(out == excluded.filter { $0.overlaps(r) }, "non-prose ranges out of order")
        return out
    }
}
