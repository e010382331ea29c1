import Foundation
import AnnotationProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Serialises output: every frame goes through one queue, so messages never interleave, and the server's
/// queue never blocks on a slow client.
final class MessageWriter: @unchecked Sendable {
    private let fd: Int32
    private let queue = DispatchQueue(label: "annotd.writer")
    /// Confined to `queue`: once the peer is gone, further writes are dropped instead of failing one by one.
    private var broken = false

    init(fd: Int32) {
        self.fd = fd
    }

    func send(_ body: Data) {
        let frame = FrameEncoder.frame(body)
        queue.async { self.write(frame) }
    }

    /// Returns once everything sent so far has been written.
    func flush() {
        queue.sync {}
    }

    private func write(_ data: Data) {
        guard !broken else { return }
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    broken = true
                    FileHandle.standardError.write(Data("annotd: output closed; dropping further messages\n".utf8))
                    return
                }
                offset += n
            }
        }
    }
}
