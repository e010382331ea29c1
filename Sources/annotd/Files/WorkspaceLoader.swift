import Foundation
import Dispatch
import AnnotationCore

/// Reads and analyses many files on all cores, in the order given.
enum WorkspaceLoader {
    struct Loaded {
        var analyses: [DocumentAnalysis]
        var skipped: [(path: String, why: String)]
    }

    static func load(_ files: [InputFile], analyzer: Analyzer, maxBytes: Int) throws -> Loaded {
        let results = ResultSlots<Result<InputFileReader.Outcome, Error>>(count: files.count)
        let analyses = ResultSlots<DocumentAnalysis>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let outcome = Result { try InputFileReader.read(files[i].absolutePath, maxBytes: maxBytes) }
            results.set(i, outcome)
            if case .success(.text(let text)) = outcome {
                analyses.set(i, analyzer.analyze(text, id: files[i].displayPath))
            }
        }
        var loaded = Loaded(analyses: [], skipped: [])
        for (i, file) in files.enumerated() {
            switch results.get(i)! {
            case .failure(let e as InputError): throw InputError(path: file.displayPath, problem: e.problem)
            case .failure(let e): throw InputError(path: file.displayPath, problem: "\(e)")
            case .success(.skipped(let why)): loaded.skipped.append((file.displayPath, why))
            case .success(.text): loaded.analyses.append(analyses.get(i)!)
            }
        }
        return loaded
    }
}

/// Fixed slots written from many threads, each slot by one thread.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
