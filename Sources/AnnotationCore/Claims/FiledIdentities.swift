/// The document's part of a sentence's claims' identities (`ClaimIdentityReader.identity`) as they were last
/// filed, kept on the sentence's entry of the sentence cache (`SentenceClaims.filed`): an edit re-reads the
/// identities of the sentences whose inputs it changed and takes the others' as they were, in the boxes they
/// were filed in (the workspace index finds an unchanged identity by the box alone).
///
/// The entry is found by the sentence's part (`SentenceClaimsKey`); the rest of what those identities read is
/// held here and compared where it stands, without a key made per sentence: the sentence's index, the
/// mentions of the sentence and of the one before it in its paragraph (the actors the sentence names, and
/// who stands right after "to"), each claim's actors and source with the mentions in its source's words, and
/// the document's date and story. Ranges are relative to the sentence's first byte.
final class FiledIdentities: Sendable {
    let sentence: Int
    /// Where the sentence before in the paragraph starts, relative to this one; nil when there is none.
    let previousStart: Int?
    let nearby: [MentionPlace]
    let figures: [ClaimActorsPart]
    let date: String?
    let story: Set<String>
    /// One box per claim read, in the order read; nil where the counted thing could not be read.
    let boxes: [IdentityBox?]

    init(_ boxes: [IdentityBox?], of place: SentencePlace, read: [Int], figures: [Figure], mentions: [ActorMention],
         date: String?, story: Set<String>) {
        self.boxes = boxes
        sentence = place.sentence
        previousStart = place.previousStart
        nearby = mentions.starting(in: place.nearby).map { MentionPlace($0, from: place.start) }
        self.figures = read.map { ClaimActorsPart(figures[$0], from: place.start, mentions: mentions) }
        self.date = date
        self.story = story
    }

    /// Whether the identities of the claims `read` of the sentence at `place` read what these were filed from.
    func hold(for place: SentencePlace, read: [Int], figures: [Figure], mentions: [ActorMention], date: String?,
              story: Set<String>) -> Bool {
        guard sentence == place.sentence, previousStart == place.previousStart, self.figures.count == read.count,
              self.date == date, MentionPlace.same(nearby, mentions.starting(in: place.nearby), from: place.start)
        else { return false }
        // Each claim read where it stands: subscripting the array copied every figure of the sentence.
        let same = figures.withUnsafeBufferPointer { buf in
            zip(self.figures, read).allSatisfy { part, i in part.same(as: buf[i], from: place.start, mentions: mentions) }
        }
        return same && self.story == story
    }
}

/// A sentence where the identities read it: its index, first byte, and the stretch whose mentions they read
/// (from the sentence before in its paragraph, if any, to its end; `SentenceContext`).
struct SentencePlace {
    let sentence: Int
    let start: Int
    let previousStart: Int?
    let nearby: Range<Int>

    init(_ s: Int, in segmentation: Segmentation) {
        let here = segmentation.sentences[s]
        sentence = s
        start = here.range.lowerBound
        var from = start
        if s > 0, segmentation.sentences[s - 1].paragraph == here.paragraph { from = segmentation.sentences[s - 1].range.lowerBound }
        previousStart = from == start ? nil : from - start
        nearby = from..<here.range.upperBound
    }

    /// The sentence's own bytes.
    var here: Range<Int> { start..<nearby.upperBound }
}

/// A mention as the identities read it: where it stands and the actor it names.
struct MentionPlace: Equatable, Sendable {
    var range: Range<Int>
    var name: String

    init(_ m: ActorMention, from start: Int) {
        range = m.range.moved(by: -start)
        name = m.name
    }

    /// Whether `places` are `mentions` where they stand, `start` bytes earlier.
    static func same(_ places: [MentionPlace], _ mentions: ArraySlice<ActorMention>, from start: Int) -> Bool {
        guard places.count == mentions.count else { return false }
        for (p, m) in zip(places, mentions) where p.range != m.range.moved(by: -start) || p.name != m.name { return false }
        return true
    }
}

/// What a claim's identity reads of its figure once the figure's actors and source are known.
struct ClaimActorsPart: Sendable {
    var actors: [String]
    var sourceActor: String?
    var sourceRange: Range<Int>?
    /// The mentions starting in the source's words: a speaker there is not a participant.
    var sourceMentions: [MentionPlace]

    init(_ f: Figure, from start: Int, mentions: [ActorMention]) {
        actors = f.actors
        sourceActor = f.source.actor
        sourceRange = f.source.range?.moved(by: -start)
        sourceMentions = f.source.range.map { mentions.starting(in: $0).map { MentionPlace($0, from: start) } } ?? []
    }

    func same(as f: Figure, from start: Int, mentions: [ActorMention]) -> Bool {
        guard actors == f.actors, sourceActor == f.source.actor, sourceRange == f.source.range?.moved(by: -start) else { return false }
        guard let r = f.source.range else { return sourceMentions.isEmpty }
        return MentionPlace.same(sourceMentions, mentions.starting(in: r), from: start)
    }
}
