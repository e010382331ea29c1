/// Recognises named actors (people, organisations, states) and resolves each mention to a canonical name
/// within its document.
///
/// Works on UTF-8 bytes in linear passes: tokenise; in ordinary prose, group capitalised words into name
/// sequences and classify each from the lists (gazetteer, titles, organisation heads, given names); then
/// join surnames, family names and spelling variants to the full names the document uses, and read the
/// headlines (title case, all caps) against those names.
public struct ActorRecognizer: Sendable {
    let lexicon: ActorLexicon
    /// The workspace's own actors and aliases, consulted before the built-in lists.
    let configured: [UInt64: ActorLexicon.Entry]
    let configuredMaxTokens: Int

    public init(extraActors: [ActorDefinition] = []) {
        lexicon = ActorLexicon.shared
        var table: [UInt64: ActorLexicon.Entry] = [:]
        var maxTokens = 0
        for a in extraActors {
            for (i, alias) in ([a.name] + a.aliases).enumerated() {
                let n = NameTokenizer.wordCount(alias)
                guard n > 0 else { continue }
                let e = ActorLexicon.Entry(name: a.name, kind: a.kind, role: .name,
                                      capsOnly: i > 0 && ActorLexicon.isCaps(alias), tokens: n)
                table[NameKey.of(alias)] = e
                maxTokens = max(maxTokens, n)
            }
        }
        configured = table
        configuredMaxTokens = maxTokens
    }

    public func recognize(_ text: SourceText, segmentation: Segmentation) -> [ActorMention] {
        recognize(text, segmentation: segmentation, memo: nil)
    }

    /// With a sentence cache, sentences read before are not read again (`SentenceNames`).
    func recognize(_ text: SourceText, segmentation: Segmentation, memo: SentenceMemo?) -> [ActorMention] {
        text.bytes.withUnsafeBufferPointer { buf in
            var pass = RecognitionPass(buf: buf, recognizer: self, segmentation: segmentation, memo: memo)
            return pass.run()
        }
    }
}
