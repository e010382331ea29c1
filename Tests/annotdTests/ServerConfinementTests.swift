import Foundation
import Testing
import AnnotationProtocol
@testable import annotd

/// SPEC §11: the server reads files only inside its workspace folders — not through a link that points out of
/// them, not for a `file://` URI outside them (watched-file events, the fall-back to disk on close), not a
/// configuration file outside them — and logs what it refused. It runs nothing and writes nothing but stdout
/// and stderr. Every file outside holds `SECRET`, so a leak shows as that word in the server's index.
@Suite struct ServerConfinementTests {
    static let secret = "SECRET: Russia received 7 million shells."

    /// Scratch folders: `outside` (secrets) and `parent/ws` (the workspace), removed at the end.
    struct Sandbox {
        let base: URL
        var outside: URL { base.appendingPathComponent("outside") }
        var parent: URL { base.appendingPathComponent("parent") }
        var workspace: URL { parent.appendingPathComponent("ws") }

        init() throws {
            // Resolved, so that paths the server computes and paths the test expects are spelled alike.
            let tmp = URL(fileURLWithPath: WorkspaceConfinement.realPath(NSTemporaryDirectory()) ?? "/tmp")
            base = tmp.appendingPathComponent("annotd-confine-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
            try write(outside.appendingPathComponent("secret.txt"), ServerConfinementTests.secret)
            try write(outside.appendingPathComponent("notes/more.txt"), ServerConfinementTests.secret)
            try write(workspace.appendingPathComponent("a.txt"), "Kim Jong Un sent 5 million shells.")
        }

        func write(_ url: URL, _ text: String) throws {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func link(_ name: String, to target: URL) throws {
            try FileManager.default.createSymbolicLink(at: workspace.appendingPathComponent(name), withDestinationURL: target)
        }

        func remove() { try? FileManager.default.removeItem(at: base) }
    }

    static func leaked(_ client: ServerTestClient) -> Bool? {
        client.serverState { $0.index.documents.values.contains { $0.text.string.contains("SECRET") } }
    }

    static func logged(_ client: ServerTestClient, _ fragments: String...) -> Bool {
        client.notification("window/logMessage") { message in
            let text = message["params"]?["message"]?.stringValue ?? ""
            return fragments.allSatisfy(text.contains)
        } != nil
    }

    @Test func linksOutOfTheFolderAreNotFollowedWhenIndexing() throws {
        let box = try Sandbox()
        defer { box.remove() }
        try box.link("leak.txt", to: box.outside.appendingPathComponent("secret.txt"))
        try box.link("leakdir", to: box.outside)
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.workspace.absoluteString)
        #expect(Self.logged(client, "leak.txt", "outside"))
        #expect(Self.logged(client, "indexed 1 file"))
        #expect(client.serverState { Set($0.index.documents.keys) } == [box.workspace.path + "/a.txt"])
        #expect(Self.leaked(client) == false)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func watchedFileEventsOutsideTheFoldersAreRefused() throws {
        let box = try Sandbox()
        defer { box.remove() }
        try box.link("leak.txt", to: box.outside.appendingPathComponent("secret.txt"))
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.workspace.absoluteString)
        #expect(Self.logged(client, "indexed 1 file"))

        // Outside by name; inside by name but outside once `..` is resolved; inside by name but a link out.
        let plainOutside = box.outside.appendingPathComponent("secret.txt").absoluteString
        let dotDot = "file://" + box.workspace.path + "/../../outside/notes/more.txt"
        let viaLink = box.workspace.appendingPathComponent("leak.txt").absoluteString
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(plainOutside), "type": 2],
                                                                      ["uri": .string(dotDot), "type": 1],
                                                                      ["uri": .string(viaLink), "type": 2]]])
        #expect(Self.logged(client, "secret.txt", "outside the workspace folders, change ignored"))
        #expect(Self.logged(client, "more.txt", "outside the workspace folders"))
        #expect(Self.logged(client, "leak.txt", "outside the workspace folders"))
        #expect(Self.logged(client, "indexed 0 file"))
        #expect(Self.leaked(client) == false)
        #expect(client.serverState { Set($0.index.documents.keys) } == [box.workspace.path + "/a.txt"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func closingABufferDoesNotFallBackToAFileOutside() throws {
        let box = try Sandbox()
        defer { box.remove() }
        try box.link("leak.txt", to: box.outside.appendingPathComponent("secret.txt"))
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.workspace.absoluteString)
        #expect(Self.logged(client, "indexed 1 file"))

        let dotDot = "file://" + box.workspace.path + "/../../outside/secret.txt"
        let viaLink = box.workspace.appendingPathComponent("leak.txt").absoluteString
        for uri in [dotDot, viaLink] {
            client.open(uri, "The buffer says 3 million shells.")
            client.sync()
            client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
            #expect(Self.logged(client, "outside the workspace folders"), "\(uri)")
            #expect(Self.logged(client, "indexed 0 file"))
            #expect(Self.leaked(client) == false)
            // The closed buffer left the index with nothing read in its place.
            #expect(client.serverState { $0.index.documents[DocumentIdentity.id(forURI: uri)] == nil } == true)
        }
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aConfigurationLinkedFromOutsideIsRefused() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let config = box.outside.appendingPathComponent("config.json")
        try box.write(config, #"{"rules": {"unsourced-figure": "off"}}"#)
        try FileManager.default.createSymbolicLink(at: box.workspace.appendingPathComponent(".annotd.json"), withDestinationURL: config)
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.workspace.absoluteString)
        #expect(Self.logged(client, ".annotd.json", "outside the workspace folders"))
        #expect(Self.logged(client, "indexed 1 file"))
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .warning)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func aConfigurationAboveTheFolderIsNotRead() throws {
        let box = try Sandbox()
        defer { box.remove() }
        try box.write(box.parent.appendingPathComponent(".annotd.json"), #"{"rules": {"unsourced-figure": "off"}}"#)
        let client = ServerTestClient.inProcess()
        client.initialize(rootURI: box.workspace.absoluteString)
        #expect(Self.logged(client, "indexed 1 file"))
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .warning)

        // The same file inside the folder is the workspace's configuration.
        try box.write(box.workspace.appendingPathComponent(".annotd.json"), #"{"rules": {"unsourced-figure": "off"}}"#)
        client.notify("workspace/didChangeWatchedFiles",
                      ["changes": [["uri": .string(box.workspace.appendingPathComponent(".annotd.json").absoluteString), "type": 1]]])
        client.sync()
        #expect(client.serverState { $0.rules.severity(of: "unsourced-figure") } == .some(nil))
        #expect(client.shutdownAndExit() == 0)
    }

    /// The built server, run in an empty folder with an empty home: after a whole session (index, edit, hover,
    /// close, watched files, shutdown) no file anywhere it could write by default has appeared or changed.
    @Test func aSessionWritesNoFile() throws {
        let box = try Sandbox()
        defer { box.remove() }
        try box.link("leak.txt", to: box.outside.appendingPathComponent("secret.txt"))
        let home = box.base.appendingPathComponent("home"), cwd = box.base.appendingPathComponent("cwd")
        for dir in [home, cwd] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        let before = try Self.snapshot(box.base)

        let client = try ServerTestClient.spawned(try ServerBinaryTests.binary(),
                                                  environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/.config",
                                                                "TMPDIR": cwd.path],
                                                  directory: cwd)
        client.initialize(rootURI: box.workspace.absoluteString)
        let uri = box.workspace.appendingPathComponent("a.txt").absoluteString
        client.open(uri, "Kim Jong Un sent 5 million shells.")
        client.sendBodies([client.changeBody(uri, version: 2, [["range": .range(0, 0, 0, 0), "text": "Edited. "]])])
        _ = client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": .position(0, 20)])
        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(uri), "type": 2]]])
        client.sync()
        #expect(client.shutdownAndExit() == 0)
        #expect(try Self.snapshot(box.base) == before)
    }

    /// Every file and folder under `root` with its size and modification time.
    static func snapshot(_ root: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root.path) else { return out }
        while let rel = walker.nextObject() as? String {
            let attrs = try fm.attributesOfItem(atPath: root.path + "/" + rel)
            out[rel] = "\(attrs[.size] ?? "") \(attrs[.modificationDate] ?? "")"
        }
        return out
    }

    /// The server's own code (not the command line's benchmark, which generates a corpus on purpose) starts no
    /// process and opens no file for writing: the only output paths are the two standard streams.
    @Test func theServerCodeNeitherRunsNorWritesAnything() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["Sources/annotd/Server", "Sources/annotd/Files", "Sources/AnnotationCore", "Sources/AnnotationProtocol"]
        let forbidden = ["Process(", "posix_spawn", "execv", "execl", "system(", "popen(", "fork(", "NSTask",
                         "createFile(", "write(to", "forWritingAtPath", "forUpdatingAtPath", "FileHandle(forWritingTo",
                         "fopen(", "O_WRONLY", "O_RDWR", "O_CREAT", "createDirectory(", "moveItem(", "removeItem(", "copyItem("]
        var scanned = 0
        for folder in folders {
            let dir = package.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: dir.path) else { continue }
            while let rel = walker.nextObject() as? String {
                guard rel.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: dir.appendingPathComponent(rel), encoding: .utf8)
                scanned += 1
                for word in forbidden {
                    #expect(!text.contains(word), "\(folder)/\(rel) uses \(word)")
                }
            }
        }
        #expect(scanned > 20)
    }
}
