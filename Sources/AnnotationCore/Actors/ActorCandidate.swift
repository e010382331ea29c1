/// A mention before the document-wide aliasing: where it stands, what it looks like, and how sure the
/// local evidence is about its kind.
struct ActorCandidate {
    var tokens: Range<Int>
    var range: Range<Int>
    var kind: ActorKind
    /// The canonical name when a list or the configuration gives one; nil means "decide from the document".
    var name: String?
    /// Key of the whole surface ("kimjongun").
    var key: UInt64
    /// Keys of the name's words, particles included ("kim", "jong", "un").
    var wordKeys: [UInt64]
    /// Local evidence says person (a title, a role word, a given name, a particle, an initial).
    var personEvidence: Bool
    /// From the lists or the configuration: never re-resolved against the document.
    var fixed: Bool
}
