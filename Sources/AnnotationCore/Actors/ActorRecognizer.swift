/// Recognises named actors (people, organisations, states) and resolves each mention to a canonical name
/// within its document.
public struct ActorRecognizer: Sendable {
    public init(extraActors: [ActorDefinition] = []) {}

    public func recognize(_ text: SourceText, segmentation: Segmentation) -> [ActorMention] {
        []
    }
}
