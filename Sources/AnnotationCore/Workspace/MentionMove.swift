/// One document's actor mentions before and after an edit that only moved them: the same mentions (text,
/// name, kind) in the same order, at other places, as typing in prose around the names leaves them. Every
/// workspace answer then holds but for those places, so the actor cache carries over with the mentions moved
/// instead of being recomputed from every mention of the document's actors in the workspace.
struct MentionMove {
    private let newByOldRange: [Range<Int>: ActorMention]

    init?(from old: [ActorMention], to new: [ActorMention]) {
        guard !old.isEmpty, old.count == new.count else { return nil }
        var map: [Range<Int>: ActorMention] = [:]
        map.reserveCapacity(old.count)
        for (a, b) in zip(old, new) {
            guard a.text == b.text, a.name == b.name, a.kind == b.kind else { return nil }
            // Two mentions at one place could not be told apart: no carry-over then.
            guard map.updateValue(b, forKey: a.range) == nil else { return nil }
        }
        newByOldRange = map
    }

    /// The mention now standing for `old`; nil when `old` was not one of the document's mentions.
    func newPlace(_ old: ActorMention) -> ActorMention? {
        guard let new = newByOldRange[old.range], new.text == old.text else { return nil }
        return new
    }
}
