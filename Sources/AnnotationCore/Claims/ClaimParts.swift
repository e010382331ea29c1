/// "18,804 structures were destroyed. Of those, 13,972 were homes and 528 were commercial buildings": a
/// sentence that opens with "Of those" (these, them) counts parts of the count the sentence before gave.
/// Each part keeps what it counts and takes the whole's measure, time and participants, which the part's
/// own sentence leaves unsaid.
enum ClaimParts {
    static let pointers: WordSet = ["those", "these", "them"]

    /// `opensWithPartitive` says whether a sentence opens with "Of those" (read with its words, per sentence).
    static func inherit(_ figures: inout [Figure], bySentence: ClaimsBySentence, segmentation: Segmentation,
                        opensWithPartitive: (Int) -> Bool) {
        for s in bySentence.order where s > 0 && opensWithPartitive(s) {
            guard segmentation.sentences[s - 1].paragraph == segmentation.sentences[s].paragraph,
                  let whole = bySentence.claims[s - 1]?.last(where: { figures[$0].identity != nil }),
                  let w = figures[whole].identity else { continue }
            for i in bySentence.claims[s] ?? [] {
                guard var id = figures[i].identity else { continue }
                if id.measure == nil { id.measure = w.measure }
                if id.anchor.isEmpty { id.anchor = w.anchor }
                id.participants = w.participants
                id.recipients = w.recipients
                id.evidence.formUnion(w.evidence)
                figures[i].identity = id
            }
        }
    }

    /// "Of those, …", "Of these …", "Of them, …".
    static func opensWithPartitive(_ words: [SentenceWord]) -> Bool {
        words.count >= 2 && words[0].spells("of") && pointers.contains(words[1].lower)
    }
}
