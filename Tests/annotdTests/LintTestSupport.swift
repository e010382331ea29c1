import Foundation
import Testing
import AnnotationCore

/// Runs the built `annotd` in a scratch folder, the way CI runs it: real files, real cwd, real exit code.
struct LintSandbox {
    let root: URL

    /// A fresh folder holding `files` (relative path → UTF-8 text). No `.annotd.json` above it is picked
    /// up by accident: runs pass `XDG_CONFIG_HOME` pointing inside the sandbox.
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("annotd-lint-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// `annotd ARGS` with cwd = the sandbox (or `cwd` inside it), optional stdin, NO_COLOR unset unless given.
    func run(_ args: [String], stdin: String? = nil, cwd: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = try ServerBinaryTests.binary()
        process.arguments = args
        process.currentDirectoryURL = cwd.map { root.appendingPathComponent($0) } ?? root
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = root.appendingPathComponent(".xdg").path
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so that a large output cannot block the child.
        let errData = ResultBox<Data>()
        let errHandle = err.fileHandleForReading
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.value = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.value ?? Data(), as: UTF8.self))
    }

    /// `annotd lint ARGS` whose stdout is one JSON document.
    func json(_ args: [String], stdin: String? = nil) throws -> [String: Any] {
        let out = try run(["lint"] + args, stdin: stdin)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(out.stdout) \(out.stderr)")
    }
}

final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

/// Texts written for these tests (never seed text).
enum LintTexts {
    /// One unsourced figure on line 2 (warning), nothing else.
    static let unsourced = "Budget notes\nThe ministry bought 4,000 trucks last year.\n"
    /// One vague-source figure (information), nothing else.
    static let vague = "Some analysts say the plant makes 200 drones a month.\n"
    /// Sourced: no findings.
    static let clean = "The ministry bought 4,000 trucks last year, according to its annual report.\n"
    /// Two files that contradict each other on one quantity (each figure also unsourced).
    static let conflictA = "Russia delivered about 6 million shells to Ukraine.\n"
    static let conflictB = "Intro line.\nRussia delivered several hundred thousand shells to Ukraine.\n"
    /// Wide characters before the figure: CJK (1 UTF-16 unit, 3 UTF-8 bytes) and an emoji (2 units, 4 bytes).
    static let widePrefix = "東京の報告 🚀 The ministry bought "
    static let wide = widePrefix + "4,000 trucks last year.\n"
}

/// In-process analysis of a small workspace, for rules and suppressions (no process, no files).
enum LintEngine {
    static func findings(_ files: [(String, String)], configuration: Configuration = Configuration()) -> [String: [Finding]] {
        let analyzer = Analyzer(configuration: configuration)
        var index = WorkspaceIndex(tolerance: configuration.effectiveTolerance)
        for (name, text) in files { index.update(analyzer.analyze(SourceText(text), id: name)) }
        let engine = RuleEngine(configuration: configuration)
        var out: [String: [Finding]] = [:]
        for (name, _) in files { out[name] = engine.findings(for: name, in: index) }
        return out
    }

    static func codes(_ text: String, name: String = "t.txt", configuration: Configuration = Configuration()) -> [String] {
        findings([(name, text)], configuration: configuration)[name, default: []].map(\.code)
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Elements of an XML document in document order, or nil when it is not well-formed.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    private var elements: [Element] = []

    static func parse(_ xml: String) -> [Element]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = XMLElements()
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
    }
}
