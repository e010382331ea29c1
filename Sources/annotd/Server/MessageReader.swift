import Foundation
import AnnotationProtocol
#if canImport(Glibc)
import Glibc
#endif

/// What the reader hands the server: a message, or what went wrong reading one.
enum Inbound: Sendable {
    case message(IncomingMessage)
    case invalid(InvalidMessage)
    case framing(FramingError)
    case endOfInput
}

/// The reader thread: blocks on the input, cuts frames and classifies them, and hands each read's worth of
/// messages to the server in one go — so a burst the client wrote at once is seen at once (which is what
/// lets the server coalesce edits and honour a cancel that follows its request).
enum MessageReader {
    static func start(fd: Int32, maximumFrameBytes: Int, deliver: @escaping @Sendable ([Inbound]) -> Void) {
        let thread = Thread {
            var decoder = FrameDecoder(maximumBodyLength: maximumFrameBytes)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    deliver([.endOfInput])
                    return
                }
                decoder.append(buffer[..<n])
                var items: [Inbound] = []
                while let event = decoder.next() {
                    switch event {
                    case .frame(let body):
                        switch IncomingMessage.decode(body) {
                        case .success(let message): items.append(.message(message))
                        case .failure(let invalid): items.append(.invalid(invalid))
                        }
                    case .error(let error):
                        items.append(.framing(error))
                    }
                }
                if !items.isEmpty { deliver(items) }
            }
        }
        thread.name = "annotd.reader"
        thread.stackSize = 8 << 20
        thread.start()
    }
}
