import Foundation
import Testing
import AnnotationCore
@testable import annotd

/// SPEC §2: what a walk of a folder collects. Each entry's type is read without following it: a file, a
/// folder, a link (followed only to a file inside the folder walked), anything else (a pipe) left out.
@Suite struct InputFileWalkerTests {
    @Test func aFolderOfEveryKindOfEntry() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        let root = base.appendingPathComponent("notes"), outside = base.appendingPathComponent("elsewhere.md")
        defer { try? fm.removeItem(at: base) }
        try fm.createDirectory(at: root.appendingPathComponent("deep/deeper"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("node_modules"), withIntermediateDirectories: true)
        for path in ["a.md", "deep/b.txt", "deep/deeper/c.md", ".hidden/d.md", "node_modules/e.md", ".f.md", "g.swift"] {
            try Data("Officials said 3 people died.".utf8).write(to: root.appendingPathComponent(path))
        }
        try Data("SECRET 7".utf8).write(to: outside)
        try fm.createSymbolicLink(at: root.appendingPathComponent("inside-link.md"), withDestinationURL: root.appendingPathComponent("a.md"))
        try fm.createSymbolicLink(at: root.appendingPathComponent("outside-link.md"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: root.appendingPathComponent("folder-link"), withDestinationURL: root.appendingPathComponent("deep"))
        #expect(mkfifo(root.appendingPathComponent("pipe.md").path, 0o600) == 0)

        var notes: [String] = []
        let files = try InputFileWalker(configuration: Configuration()) { notes.append($0) }.collect([root.path])
        let shown = files.map { String($0.displayPath.dropFirst(root.path.count + 1)) }
        #expect(shown == ["a.md", "deep/b.txt", "deep/deeper/c.md", "inside-link.md"])
        #expect(notes.contains { $0.contains("outside-link.md") && $0.contains("outside") })
    }
}
