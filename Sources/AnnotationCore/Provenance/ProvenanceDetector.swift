/// Decides, for each claim, whether its text says where it comes from (SPEC §3.2): a named source in its
/// sentence (specific), quoted or interview speech of a named person (speaker), an anonymous or collective
/// source (vague), or nothing (none). A specific source in the sentence beats a vague one, and a vague cue
/// in the sentence beats the speaker: an interviewee who cites "Western media" passes on a vague figure.
public struct ProvenanceDetector: Sendable {
    let cues: CueLexicon

    public init(extraSourceCues: [String] = [], extraVagueCues: [String] = []) {
        cues = extraSourceCues.isEmpty && extraVagueCues.isEmpty ? .shared
            : CueLexicon(extraSource: extraSourceCues, extraVague: extraVagueCues)
    }

    public func attribute(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                          mentions: [ActorMention]) {
        attribute(&figures, text: text, segmentation: segmentation, mentions: mentions, memo: nil)
    }

    /// With a memo, a sentence whose cues were found before (same key) is not read again. `tokens` holds the
    /// tokens of sentences the figure scan already made (the same tokenisation of the same sentence).
    func attribute(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                   mentions: [ActorMention], memo: SentenceMemo?, tokens: SentenceTable<[Token]> = SentenceTable()) {
        guard figures.contains(where: \.isClaim) else { return }
        let speech = speech(text, segmentation: segmentation, mentions: mentions, memo: memo)
        let found = sentenceSources(figures, text: text, segmentation: segmentation, mentions: mentions, memo: memo, tokens: tokens)
        assign(&figures, found, speech: speech, segmentation: segmentation)
    }

    /// Who speaks where: quotations, interviews, transcripts (read from the paragraphs and the mentions).
    func speech(_ text: SourceText, segmentation: Segmentation, mentions: [ActorMention], memo: SentenceMemo?) -> SpeechStructure {
        text.bytes.withUnsafeBufferPointer { buf in
            SpeechStructure.analyse(buf, segmentation: segmentation, mentions: mentions, cues: cues, memo: memo)
        }
    }

    /// A claim's source found in its own sentence, if any, by the claim's index.
    struct SentenceSource {
        let figure: Int
        let sentence: Int
        let source: SourceAttribution?
    }

    /// The source each claim's own sentence gives it (nil where it gives none), read from the sentences' cues
    /// and not from the speech around them: the two are read apart, and may be read at once.
    func sentenceSources(_ figures: [Figure], text: SourceText, segmentation: Segmentation, mentions: [ActorMention],
                         memo: SentenceMemo?, tokens: SentenceTable<[Token]> = SentenceTable()) -> [SentenceSource] {
        var out: [SentenceSource] = []
        out.reserveCapacity(figures.count)
        text.bytes.withUnsafeBufferPointer { buf in
            // Figures come in text order: a sentence's figures are consecutive, so its cues are found once.
            // Cues from the memo stay relative to their sentence (`origin`), and the figure is moved to them.
            // (Held apart rather than in an optional tuple, which each claim's read of it copied whole.)
            // (Not an optional either: each claim's `lastCues!` copied the cues and destroyed the copy.)
            var lastSentence = -1
            var lastCues = SentenceCues()
            var origin = 0
            for i in figures.indices where figures[i].isClaim {
                guard let s = segmentation.sentenceIndex(containing: figures[i].range.lowerBound, near: lastSentence) else { continue }
                if lastSentence != s {
                    let sentence = segmentation.sentences[s].range
                    // The finding written out at each use rather than held in a closure value: a held closure
                    // retained everything it captures for every sentence of every edit, found or not.
                    if let memo {
                        let key = Self.cueKey(sentence, memo.bytes(ofSentence: s, buf), text, segmentation)
                        lastCues = memo.relativeCues(key, mentions: mentions.starting(in: sentence), at: sentence.lowerBound) {
                            findCues(s, sentence, tokens: tokens, buf, text: text, segmentation: segmentation, mentions: mentions)
                        }
                        origin = sentence.lowerBound
                    } else {
                        lastCues = findCues(s, sentence, tokens: tokens, buf, text: text, segmentation: segmentation, mentions: mentions)
                        origin = 0
                    }
                    lastSentence = s
                }
                var inSentence = lastCues.source(for: figures[i].range.moved(by: -origin))
                if let r = inSentence?.range { inSentence!.range = r.moved(by: origin) }
                out.append(SentenceSource(figure: i, sentence: s, source: inSentence))
            }
        }
        return out
    }

    /// The cues of sentence `s` (`sentence` its range), from its tokens as the figure scan kept them if it did.
    func findCues(_ s: Int, _ sentence: Range<Int>, tokens: SentenceTable<[Token]>, _ buf: UnsafeBufferPointer<UInt8>,
                  text: SourceText, segmentation: Segmentation, mentions: [ActorMention]) -> SentenceCues {
        SentenceCues.find(tokens[s] ?? WordTokenizer.tokens(buf, sentence, excluded: segmentation.excluded),
                          sentence: sentence, text: text, cues: cues, mentions: mentions, citations: segmentation.citations)
    }

    /// Each claim's source: a specific source in its sentence beats a vague one, and a vague cue in the
    /// sentence beats the speaker.
    func assign(_ figures: inout [Figure], _ found: [SentenceSource], speech: SpeechStructure, segmentation: Segmentation) {
        // Each claim's source read in place: a loop over the claims' copies copied each source's strings.
        for k in found.indices {
            let i = found[k].figure
            let speaker = speech.speaker(at: figures[i].range.lowerBound, paragraph: segmentation.sentences[found[k].sentence].paragraph)
            switch found[k].source?.status {
            case .specific?:
                // "I think…" inside an interview answer is the interviewee speaking.
                if found[k].source?.actor == nil, let speaker { figures[i].source = speaker } else { figures[i].source = found[k].source! }
            case .vague?:
                figures[i].source = found[k].source!
            default:
                if let speaker { figures[i].source = speaker }
            }
        }
    }

    /// What `SentenceCues.find` reads of one sentence besides its mentions (see `CueScanKey`), relative to its start.
    static func cueKey(_ r: Range<Int>, _ bytes: SentenceBytes, _ text: SourceText, _ segmentation: Segmentation) -> CueScanKey {
        let citation = segmentation.citations.first { $0.overlaps(r) }
        return CueScanKey(
            bytes: bytes,
            excluded: segmentation.excluded(overlapping: r).map { $0.moved(by: -r.lowerBound) },
            citation: citation?.moved(by: -r.lowerBound),
            citationText: citation.map(text.string))
    }
}
