import Foundation

/// The language server on stdio. (Placeholder: the server core lands with the protocol work.)
enum LanguageServer {
    static func runStdio() -> Int32 {
        FileHandle.standardError.write(Data("annotd: the language server is not built yet\n".utf8))
        return 1
    }
}
