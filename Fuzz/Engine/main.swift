// libFuzzer target: the whole engine on arbitrary bytes (compiled with AnnotationCore's sources). The first
// byte picks plain text or Markdown; the rest is a file's raw bytes, decoded as a file read from disk would be.
// Analysis, indexing and every rule must finish without trapping, and every finding must point inside the
// text — a range past the end would be converted into a position a client cannot use.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let format: DocumentFormat = data[0] & 1 == 0 ? .plain : .markdown
    let text = SourceText(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1))
    let id = format == .markdown ? "/fuzz/doc.md" : "/fuzz/doc.txt"
    let analysis = Analyzer().analyze(text, id: id, format: format)
    var index = WorkspaceIndex()
    _ = index.update(analysis)
    for finding in RuleEngine().findings(for: id, in: index) {
        guard finding.range.lowerBound >= 0, finding.range.upperBound <= text.count,
              finding.range.lowerBound <= finding.range.upperBound else {
            fatalError("\(finding.code) at \(finding.range) in a text of \(text.count) bytes")
        }
        for related in finding.related where related.range.upperBound > text.count {
            fatalError("\(finding.code) relates to \(related.range) in a text of \(text.count) bytes")
        }
    }
    _ = index.conflictSets()
    _ = index.remove(id)
    return 0
}
