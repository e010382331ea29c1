// libFuzzer target: JSON-RPC classification and params decoding (compiled with AnnotationProtocol's sources).
// Whatever a frame holds, decoding returns a message or the error to answer with — it never traps — and
// every params type the server asks for decodes or throws a ResponseError.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRPC(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Data(UnsafeBufferPointer(start: data, count: size))
    switch IncomingMessage.decode(body) {
    case .success(.request(let r)):
        _ = try? r.params(InitializeParams.self)
        _ = try? r.params(TextDocumentPositionParams.self)
        _ = try? r.params(ReferenceParams.self)
        _ = try? r.params(DocumentDiagnosticParams.self)
        _ = try? r.params(WorkspaceDiagnosticParams.self)
        _ = try? r.params(LSPAny.self)
    case .success(.notification(let n)):
        _ = try? n.params(DidOpenTextDocumentParams.self)
        _ = try? n.params(DidChangeTextDocumentParams.self)
        _ = try? n.params(DidCloseTextDocumentParams.self)
        _ = try? n.params(DidChangeWatchedFilesParams.self)
        _ = try? n.params(DidChangeConfigurationParams.self)
        _ = try? n.params(DidChangeWorkspaceFoldersParams.self)
        _ = try? n.params(CancelParams.self)
        _ = try? n.params(SetTraceParams.self)
    case .success(.response(let r)):
        // What the server does with an answer to its own requests.
        _ = r.result?[0]?["annotd"]
    case .failure(let invalid):
        // The error answer must itself encode: it is sent back to the client.
        _ = OutgoingMessage.error(id: invalid.id, invalid.error)
    }
    // Any JSON value round-trips through LSPAny (what settings and diagnostic data go through).
    if let any = try? JSONDecoder().decode(LSPAny.self, from: body), let again = try? JSONEncoder().encode(any) {
        guard let back = try? JSONDecoder().decode(LSPAny.self, from: again) else {
            fatalError("LSPAny encoded to JSON it cannot read back")
        }
        _ = back
    }
    return 0
}
