import Foundation
import AnnotationCore

/// One `lint` or `claims` run: configuration, files, analyses, the workspace index and every file's findings.
struct LintRun {
    let options: LintOptions
    let configuration: Configuration
    let index: WorkspaceIndex
    /// Document ids (display paths) in output order.
    let order: [String]
    let engine: RuleEngine
    let skipped: [(path: String, why: String)]

    static func prepare(_ options: LintOptions, stdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> LintRun {
        let cwd = FileManager.default.currentDirectoryPath
        let firstFolder: String = {
            // Text from stdin is configured as if it stood where --stdin-filename says.
            let named = options.paths.first == "-" ? options.stdinFilename : nil
            guard let p = named ?? options.paths.first(where: { $0 != "-" }) else { return cwd }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue { return p }
            return (p as NSString).deletingLastPathComponent.isEmpty ? cwd : (p as NSString).deletingLastPathComponent
        }()
        var configuration = try ConfigurationLoader.resolve(startFolder: firstFolder, explicit: options.configPath,
                                                            useFiles: options.useConfigFiles)
        for (code, setting) in options.ruleOverrides { configuration.rules[code] = setting }
        let analyzer = Analyzer(configuration: configuration)
        var notes: [(String, String)] = []
        let walker = InputFileWalker(configuration: configuration) { notes.append(("", $0)) }
        let files = try walker.collect(options.paths.filter { $0 != "-" })
        let loaded = try WorkspaceLoader.load(files, analyzer: analyzer, maxBytes: configuration.effectiveMaxFileBytes)
        var analyses = loaded.analyses
        var order = analyses.map(\.id)
        if options.paths.contains("-") {
            let name = options.stdinFilename ?? "<stdin>"
            let text = SourceText(decoding: stdin())
            analyses.append(analyzer.analyze(text, id: name))
            order.append(name)
        }
        var index = WorkspaceIndex(tolerance: configuration.effectiveTolerance)
        index.update(contentsOf: analyses)
        return LintRun(options: options, configuration: configuration, index: index, order: order,
                       engine: RuleEngine(configuration: configuration),
                       skipped: loaded.skipped + notes.map { (path: $0.0, why: $0.1) })
    }

    func findings(_ id: String) -> [Finding] { engine.findings(for: id, in: index) }

    /// Every file's findings, in output order. A file's findings read the index and nothing of another
    /// file's: they are computed on all cores (one at a time, they were a third of a large lint's time).
    func allFindings() -> [(String, [Finding])] {
        let slots = ResultSlots<[Finding]>(count: order.count)
        let (order, engine, index) = (self.order, self.engine, self.index)
        DispatchQueue.concurrentPerform(iterations: order.count) { i in
            slots.set(i, engine.findings(for: order[i], in: index))
        }
        return order.indices.map { (order[$0], slots.get($0)!) }
    }

    /// 0-based position of a byte offset in a document of the run; UTF-16 columns (LSP's default) unless a
    /// format's consumer counts otherwise (reviewdog counts UTF-8 bytes).
    func position(_ id: String, _ offset: Int, encoding: ColumnEncoding = .utf16) -> TextPosition {
        Self.position(lines(id), offset, encoding: encoding)
    }

    /// A document's line index, for writers that place many ranges in one document.
    func lines(_ id: String) -> LineIndex? {
        index.documents[id]?.text.lines
    }

    /// A position in a document of the run; line 0, column 0 for a document the run does not hold.
    static func position(_ lines: LineIndex?, _ offset: Int, encoding: ColumnEncoding = .utf16) -> TextPosition {
        lines?.position(of: offset, encoding: encoding) ?? TextPosition(line: 0, character: 0)
    }

    /// The text a finding covers, for fingerprints and snippets.
    func coveredText(_ id: String, _ r: Range<Int>) -> String {
        index.documents[id]?.text.string(r) ?? ""
    }

    func range(_ id: String, _ r: Range<Int>) -> (start: TextPosition, end: TextPosition) {
        (position(id, r.lowerBound), position(id, r.upperBound))
    }
}
