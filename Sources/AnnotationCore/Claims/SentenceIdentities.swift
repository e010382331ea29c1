/// The document's part of a sentence's claims' identities (`ClaimIdentityReader.identity`), kept per sentence
/// in the sentence cache: an edit re-reads the identities of the sentences whose inputs it changed and takes
/// the others' as they were, in the boxes they were filed in (the workspace index finds an unchanged identity
/// by the box alone).
///
/// The key holds every input of those identities apart from the document's date and story, which the entry
/// holds and a hit must match: the sentence's part (`SentenceClaimsKey`), the sentence's index, the mentions
/// of the sentence and of the one before it in its paragraph (the actors the sentence names, and who stands
/// right after "to"), and each claim's actors and source with the mentions in its source's words. Ranges are
/// relative to the sentence's first byte.
struct SentenceIdentityKey: Hashable, Sendable {
    var claims: SentenceClaimsKey
    var sentence: Int
    /// Where the sentence before in the paragraph starts, relative to this one; nil when there is none.
    var previousStart: Int?
    var nearby: [MentionPlace]
    var figures: [ClaimActorsPart]

    /// Hashed as the sentence's part is, with its index: equality compares every part.
    func hash(into hasher: inout Hasher) {
        hasher.combine(claims)
        hasher.combine(sentence)
    }
}

/// A mention as the identities read it: where it stands and the actor it names.
struct MentionPlace: Hashable, Sendable {
    var range: Range<Int>
    var name: String
}

/// What a claim's identity reads of its figure once the figure's actors and source are known.
struct ClaimActorsPart: Hashable, Sendable {
    var actors: [String]
    var sourceActor: String?
    var sourceRange: Range<Int>?
    /// The mentions starting in the source's words: a speaker there is not a participant.
    var sourceMentions: [MentionPlace]
}

/// A sentence's identities as filed, one box per claim read (nil where the counted thing could not be read),
/// with the document's date and story they were made with.
struct SentenceIdentities: Sendable {
    var date: String?
    var story: Set<String>
    var boxes: [IdentityBox?]
}

extension SentenceIdentityKey {
    /// The key of sentence `s` whose claims `read` (indices into `figures`) have the sentence's part `claims`.
    init(claims: SentenceClaimsKey, sentence s: Int, read: [Int], figures: [Figure], segmentation: Segmentation,
         mentions: [ActorMention]) {
        let here = segmentation.sentences[s]
        let start = here.range.lowerBound
        var from = start
        var previousStart: Int? = nil
        if s > 0, segmentation.sentences[s - 1].paragraph == here.paragraph {
            from = segmentation.sentences[s - 1].range.lowerBound
            previousStart = from - start
        }
        func places(_ ms: ArraySlice<ActorMention>) -> [MentionPlace] {
            ms.map { MentionPlace(range: $0.range.moved(by: -start), name: $0.name) }
        }
        self.claims = claims
        sentence = s
        self.previousStart = previousStart
        nearby = places(mentions.starting(in: from..<here.range.upperBound))
        self.figures = read.map { i in
            let f = figures[i]
            return ClaimActorsPart(actors: f.actors, sourceActor: f.source.actor, sourceRange: f.source.range?.moved(by: -start),
                                   sourceMentions: f.source.range.map { places(mentions.starting(in: $0)) } ?? [])
        }
    }
}
