import AnnotationCore
import AnnotationProtocol

/// Why an edit was not applied. The server logs it and keeps the text it had: a bad edit never corrupts or
/// loses a document.
enum EditRejection: Error, Equatable, CustomStringConvertible {
    case unknownDocument(String)
    case staleVersion(current: Int, received: Int)
    case positionOutOfRange(Position)
    case invertedRange(LSPRange)

    var description: String {
        switch self {
        case .unknownDocument(let uri): return "edit to a document that is not open: \(uri)"
        case .staleVersion(let current, let received):
            return "stale edit: version \(received) is not newer than \(current)"
        case .positionOutOfRange(let p): return "edit position \(p.line):\(p.character) is outside the document"
        case .invertedRange(let r):
            return "edit range ends (\(r.end.line):\(r.end.character)) before it starts (\(r.start.line):\(r.start.character))"
        }
    }
}

/// The open documents, keyed by document id. A value type: the server owns the one instance.
struct DocumentStore: Sendable {
    private(set) var open: [String: OpenDocument] = [:]

    subscript(id: String) -> OpenDocument? { open[id] }

    mutating func open(_ id: String, _ document: OpenDocument) {
        open[id] = document
    }

    @discardableResult
    mutating func close(_ id: String) -> OpenDocument? {
        open.removeValue(forKey: id)
    }

    /// The document's text and format, with its sentence cache taken out of the store, for an analysis that
    /// adds to that cache: a cache still held here (or by a copy of the document) would be copied whole by
    /// the first sentence the analysis adds.
    mutating func takeForAnalysis(_ id: String) -> (text: SourceText, format: DocumentFormat, sentences: SentenceCache)? {
        guard var document = open.removeValue(forKey: id) else { return nil }
        let cache = document.sentences
        document.sentences = SentenceCache()
        let taken = (document.text, document.format(id: id))
        open[id] = document
        return (taken.0, taken.1, cache)
    }

    /// Keeps the sentence cache of an analysis of the document's current text (one made from an older text
    /// is dropped: it would still be correct, as the cache is keyed by content, but it is not the newest).
    mutating func keep(_ cache: SentenceCache, for id: String, text: SourceText) {
        guard var document = open[id], document.text.bytes == text.bytes else { return }
        document.sentences = cache
        open[id] = document
    }

    /// Applies one `didChange` all or nothing: if any change in it is unusable, the document keeps the text
    /// and version it had.
    mutating func change(_ id: String, uri: String, version: Int, changes: [TextDocumentContentChangeEvent],
                         encoding: ColumnEncoding) -> Result<Void, EditRejection> {
        guard var document = open[id] else { return .failure(.unknownDocument(uri)) }
        guard version > document.version else {
            return .failure(.staleVersion(current: document.version, received: version))
        }
        for change in changes {
            switch Self.apply(change, to: document.text, encoding: encoding) {
            case .success(let text): document.text = text
            case .failure(let rejection): return .failure(rejection)
            }
        }
        document.version = version
        open[id] = document
        return .success(())
    }

    static func apply(_ change: TextDocumentContentChangeEvent, to text: SourceText,
                      encoding: ColumnEncoding) -> Result<SourceText, EditRejection> {
        guard let range = change.range else { return .success(SourceText(buffer: change.text)) }
        guard let lower = offset(of: range.start, in: text, encoding),
              let upper = offset(of: range.end, in: text, encoding) else {
            let bad = offset(of: range.start, in: text, encoding) == nil ? range.start : range.end
            return .failure(.positionOutOfRange(bad))
        }
        guard lower <= upper else { return .failure(.invertedRange(range)) }
        return .success(text.replacing(lower..<upper, with: change.text))
    }

    /// A position's byte offset, or nil when it lies outside the document. A column past a line's end means
    /// the line's end (LSP says so), and the position just after the last line is the end of the text (some
    /// clients use it to append); any other line past the end, or a negative number, is out of range.
    static func offset(of position: Position, in text: SourceText, _ encoding: ColumnEncoding) -> Int? {
        guard position.line >= 0, position.character >= 0 else { return nil }
        if position.line >= text.lines.lineCount {
            return position.line == text.lines.lineCount && position.character == 0 ? text.count : nil
        }
        return text.lines.offset(of: TextPosition(line: position.line, character: position.character), encoding: encoding)
    }
}
