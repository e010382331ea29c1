import Foundation
import AnnotationCore

/// A file to analyse: the path to show (as given, joined with the path inside a folder) and where to read it.
struct InputFile: Sendable, Hashable {
    var displayPath: String
    var absolutePath: String
}

/// Walks the paths given on the command line or the workspace folders into the files to analyse (SPEC §2):
/// include/exclude globs, hidden folders, `.build` and `node_modules` skipped; links are not followed out
/// of the folder they start in.
struct InputFileWalker {
    let configuration: Configuration
    /// Called with a note for each thing skipped.
    let note: (String) -> Void

    static let skippedFolders: Set<String> = [".build", "node_modules"]

    func collect(_ paths: [String]) throws -> [InputFile] {
        let fm = FileManager.default
        var out: [InputFile] = []
        var seen = Set<String>()
        let include = configuration.effectiveInclude.map(Glob.init)
        let exclude = configuration.effectiveExclude.map(Glob.init)
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(path: path, problem: "no such file or directory")
            }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            if !isDir.boolValue {
                // A file named explicitly is analysed whatever its extension.
                if seen.insert(absolute).inserted { out.append(InputFile(displayPath: path, absolutePath: absolute)) }
                continue
            }
            let root = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
            var found: [InputFile] = []
            walk(root: root, relative: "", displayBase: path, include: include, exclude: exclude, into: &found)
            for f in found.sorted(by: { $0.displayPath < $1.displayPath }) where seen.insert(f.absolutePath).inserted {
                out.append(f)
            }
        }
        return out
    }

    private func walk(root: String, relative: String, displayBase: String, include: [Glob], exclude: [Glob],
                      into out: inout [InputFile]) {
        let fm = FileManager.default
        let dir = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
            note("\(join(displayBase, relative)): cannot read folder, skipped")
            return
        }
        for name in names.sorted() {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + rel
            // The entry's own type (a link not followed), as `FileManager.attributesOfItem` gives it, read with
            // one `lstat`: building the attribute dictionary cost as much as decoding a short article.
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            let type = status.st_mode & S_IFMT
            var isDirectory = type == S_IFDIR
            var isRegular = type == S_IFREG
            if type == S_IFLNK {
                // Follow a link only when it stays inside the folder being walked.
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard target.hasPrefix(root + "/") else {
                    note("\(join(displayBase, rel)): link points outside \(displayBase), skipped")
                    continue
                }
                var d: ObjCBool = false
                guard fm.fileExists(atPath: target, isDirectory: &d) else { continue }
                isDirectory = d.boolValue
                isRegular = !d.boolValue
                if isDirectory { continue } // linked folders inside the tree are walked where they really are
            }
            if isDirectory {
                if name.hasPrefix(".") || Self.skippedFolders.contains(name) { continue }
                if exclude.contains(where: { $0.matches(rel) || $0.matches(rel + "/") }) { continue }
                walk(root: root, relative: rel, displayBase: displayBase, include: include, exclude: exclude, into: &out)
                continue
            }
            guard isRegular, !name.hasPrefix(".") else { continue }
            guard include.contains(where: { $0.matches(rel) }), !exclude.contains(where: { $0.matches(rel) }) else { continue }
            out.append(InputFile(displayPath: join(displayBase, rel), absolutePath: full))
        }
    }

    private func join(_ base: String, _ rel: String) -> String {
        if rel.isEmpty { return base }
        if base == "." { return rel }
        return base.hasSuffix("/") ? base + rel : base + "/" + rel
    }
}

/// A path that cannot be read, for one clear line on stderr.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var description: String { "\(path): \(problem)" }
}

/// Reads one input file into text: honours `maxFileBytes`, skips binaries (a NUL byte in the first 8 KiB).
enum InputFileReader {
    enum Outcome {
        case text(SourceText)
        case skipped(String)
    }

    static func read(_ path: String, maxBytes: Int) throws -> Outcome {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, problem: "cannot open for reading")
        }
        defer { try? handle.close() }
        // The size as `FileManager.attributesOfItem` gives it (of a link itself, not followed), read with one
        // `lstat`: building the attribute dictionary cost as much as decoding a short article.
        var status = stat()
        let size = lstat(path, &status) == 0 ? Int(status.st_size) : 0
        if size > maxBytes {
            return .skipped("\(size) bytes is over maxFileBytes (\(maxBytes)), skipped")
        }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw InputError(path: path, problem: "read failed: \(error.localizedDescription)")
        }
        if data.count > maxBytes { return .skipped("over maxFileBytes (\(maxBytes)), skipped") }
        // Searched with `memchr`: Data's iterator cost a call per byte, a generic search a few steps per byte.
        let hasNUL = data.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, min(raw.count, 8192)) != nil } ?? false }
        if hasNUL { return .skipped("binary file (NUL byte), skipped") }
        return .text(SourceText(decoding: data))
    }
}
