/// What a command hands back right before the process exits: kept, not freed. Freeing a workspace's
/// analyses object by object costs about as much as writing out their findings, and the exit gives all of
/// that memory back at once (clang's `-disable-free` does the same). Only for the commands `main` exits
/// after; the server and the bench free as usual.
enum KeptUntilExit {
    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
