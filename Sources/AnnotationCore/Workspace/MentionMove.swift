/// One document's actor mentions before and after an edit that only moved them: the same mentions (text,
/// name, kind) in the same order, at other places, as typing in prose around the names leaves them. Every
/// workspace answer then holds but for those places, so the actor cache carries over with the mentions moved
/// instead of being recomputed from every mention of the document's actors in the workspace.
struct MentionMove {
    /// Both lists, in text order: the mention now standing for `old[k]` is `new[k]`.
    private let old: [ActorMention]
    private let new: [ActorMention]

    /// `edit` is the one from `old` to `new`: the mentions read alike when it replaced none.
    init?(from old: [ActorMention], to new: [ActorMention], edit: MentionEdit) {
        // Two mentions at one place could not be told apart: no carry-over then. (A document's mentions
        // follow one another; one that does not is found by no search below, so none is carried.)
        guard !old.isEmpty, edit.isEmpty, old.startsIncrease else { return nil }
        self.old = old
        self.new = new
    }

    /// The mention now standing for `old`; nil when `old` was not one of the document's mentions. Found by
    /// bisection on where the old mentions start: a table of them, built on every edit that moved a
    /// buffer's names, cost more than all the searches made in it.
    func newPlace(_ mention: ActorMention) -> ActorMention? {
        let k = old.firstIndex(startingAtOrAfter: mention.range.lowerBound)
        guard k < old.count, old[k].range == mention.range, new[k].text == mention.text else { return nil }
        return new[k]
    }
}

extension [ActorMention] {
    /// Whether each mention starts after the one before it, so that a start finds one mention.
    var startsIncrease: Bool {
        indices.dropFirst().allSatisfy { self[$0 - 1].range.lowerBound < self[$0].range.lowerBound }
    }
}
