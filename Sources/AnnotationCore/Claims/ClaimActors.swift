/// Gives each figure the named actors of its clause, else its sentence, else its paragraph (SPEC §3.1).
enum ClaimActors {
    static func assign(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                       mentions: [ActorMention]) {}
}
