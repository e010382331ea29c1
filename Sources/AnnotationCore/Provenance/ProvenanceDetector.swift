/// Decides, for each figure, whether its text says where it comes from (SPEC §3.2).
public struct ProvenanceDetector: Sendable {
    public init(extraSourceCues: [String] = [], extraVagueCues: [String] = []) {}

    public func attribute(_ figures: inout [Figure], text: SourceText, segmentation: Segmentation,
                          mentions: [ActorMention]) {}
}
