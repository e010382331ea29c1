import Foundation
import AnnotationCore
import AnnotationProtocol

extension Server {
    func initialize(_ r: RequestMessage) throws(ResponseError) {
        guard lifecycle == .uninitialized else { throw .invalidRequest("'initialize' may only be sent once") }
        let params = try r.params(InitializeParams.self)
        let negotiated = PositionEncodingKind.negotiate(offered: params.capabilities.general?.positionEncodings)
        encoding = ColumnEncoding(negotiated)
        client = ClientFeatures(params.capabilities)
        trace = params.trace ?? "off"
        // From here on logs may go to the client too (LSP allows log and show messages during initialize).
        lifecycle = .running
        workspaceRoots = Self.roots(params)
        if let options = params.initializationOptions {
            applySettings(options["annotd"] ?? options, origin: "initializationOptions", reconfiguring: false)
        }
        respond(r.id, InitializeResult(capabilities: Capabilities.server(encoding: negotiated),
                                       serverInfo: ServerInfo(name: "annotd", version: AnnotdVersion.string)))
        // The engine is built from every layer — the user's file, the client's settings and the project's
        // .annotd.json, which needs the folders — whether or not the client sent settings; and only after the
        // answer, as reading those files may publish diagnostics on them. It also reads the folders.
        reconfigure()
    }

    func didInitialize() {
        if client.watchedFilesRegistration {
            let glob = "**/*.{txt,text,md,markdown}"
            let options = DidChangeWatchedFilesRegistrationOptions(watchers: [
                FileSystemWatcher(globPattern: glob), FileSystemWatcher(globPattern: "**/.annotd.json"),
            ])
            let registration = Registration(id: "annotd-watched-files", method: "workspace/didChangeWatchedFiles",
                                            registerOptions: Self.lspAny(options))
            request("client/registerCapability", RegistrationParams(registrations: [registration]))
        }
        if client.workspaceConfiguration { pullConfiguration() }
    }

    func shutdown(_ r: RequestMessage) {
        for parked in parkedWorkspaceDiagnostics { send(error: .requestCancelled, id: parked.id) }
        parkedWorkspaceDiagnostics.removeAll()
        lifecycle = .shutDown
        writer.send(OutgoingMessage.nullResponse(id: r.id))
    }

    /// `$/cancelRequest` for a request still held (a parked workspace/diagnostic). Requests cancelled before
    /// they ran were answered in `process`; anything else was already answered and the cancel is moot.
    func cancel(_ id: RequestID) {
        if let i = parkedWorkspaceDiagnostics.firstIndex(where: { $0.id == id }) {
            parkedWorkspaceDiagnostics.remove(at: i)
            send(error: .requestCancelled, id: id)
        }
    }

    /// The workspace folders as directory paths: `workspaceFolders`, else `rootUri`, else `rootPath`.
    static func roots(_ p: InitializeParams) -> [String] {
        if let folders = p.workspaceFolders, !folders.isEmpty {
            return folders.map { DocumentIdentity.id(forURI: $0.uri) }.filter(DocumentIdentity.isPath)
        }
        if let uri = p.rootUri { return [DocumentIdentity.id(forURI: uri)].filter(DocumentIdentity.isPath) }
        if let path = p.rootPath { return [path].filter(DocumentIdentity.isPath) }
        return []
    }

    static func lspAny(_ value: some Encodable) -> LSPAny? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(LSPAny.self, from: data)
    }
}
