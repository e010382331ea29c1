/// Where the session stands (LSP 3.17 §"Lifecycle Messages").
enum Lifecycle: Equatable {
    /// Only `initialize` (and `exit`) are served; other requests get -32002.
    case uninitialized
    case running
    /// After `shutdown`: requests get -32600, and `exit` ends with code 0.
    case shutDown
    case exited
}
