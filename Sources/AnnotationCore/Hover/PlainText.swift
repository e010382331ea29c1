/// A card written in the small Markdown the cards use (**strong**, _emphasis_, `code`, "> " quotes, "- "
/// lists) read as plain text, for clients that ask for `plaintext` hovers: the same words without the marks.
enum PlainText {
    static func from(markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0)) }
            .joined(separator: "\n")
    }

    static func line(_ s: String) -> String {
        var l = s
        if l.hasPrefix("> ") { l = "  " + l.dropFirst(2) }
        l = l.replacingOccurrences(of: "**", with: "")
        l = l.replacingOccurrences(of: "`", with: "")
        // Emphasis the cards use spans a whole line ("_Not compared across files…_").
        if l.count > 2, l.hasPrefix("_"), l.hasSuffix("_") { l = String(l.dropFirst().dropLast()) }
        return l
    }
}

extension HoverCard {
    /// The card in the client's format: Markdown, or the same words as plain text.
    public func text(markdown wantsMarkdown: Bool) -> String {
        wantsMarkdown ? markdown : PlainText.from(markdown: markdown)
    }
}

import Foundation
