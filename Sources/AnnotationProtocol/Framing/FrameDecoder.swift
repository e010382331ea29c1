import Foundation

/// Something wrong with the byte stream itself. Each is reported once and the decoder carries on with the next
/// frame, so one bad frame never ends a session.
public enum FramingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A header block that is not `Name: value` lines, or has junk before `Content-Length`.
    case malformedHeader(String)
    case missingContentLength
    case invalidContentLength(String)
    /// The frame's body is larger than the limit; its bytes are skipped as they arrive, never buffered.
    case frameTooLarge(length: Int, limit: Int)
    /// No end of headers within `maximumHeaderLength` bytes: the stream is not LSP framing (or is out of step).
    case headerTooLong(limit: Int)

    public var description: String {
        switch self {
        case .malformedHeader(let why): return "malformed header: \(why)"
        case .missingContentLength: return "header block without Content-Length"
        case .invalidContentLength(let v): return "invalid Content-Length '\(v)'"
        case .frameTooLarge(let n, let limit): return "frame of \(n) bytes is over the \(limit)-byte limit; skipped"
        case .headerTooLong(let limit): return "no end of headers within \(limit) bytes; skipped"
        }
    }
}

public enum FrameEvent: Sendable, Hashable {
    case frame(Data)
    case error(FramingError)
}

/// Splits a byte stream into `Content-Length` frames (the base protocol of LSP). Feed it whatever a read
/// returned — half a header, several frames, the tail of one and the head of the next — and take events until
/// it returns nil. Header names are case-insensitive; `Content-Type` and unknown headers are ignored.
public struct FrameDecoder: Sendable {
    public let maximumBodyLength: Int
    public let maximumHeaderLength: Int

    private var buffer: [UInt8] = []
    /// Bytes before `start` are consumed; compacted away once they dominate the buffer.
    private var start = 0
    /// Where the search for the blank line resumes, so a header that drips in byte by byte is scanned once.
    private var scanFrom = 0
    /// Set once a header block was read: the body length still to be cut from the buffer.
    private var pendingBody: Int?
    /// Bytes of an oversized body still to be dropped as they arrive.
    private var skipRemaining = 0
    /// A second event found while reporting a first (junk header, then an oversized frame behind it).
    private var queued: [FrameEvent] = []

    public init(maximumBodyLength: Int = 64 * 1024 * 1024, maximumHeaderLength: Int = 8 * 1024) {
        self.maximumBodyLength = maximumBodyLength
        self.maximumHeaderLength = maximumHeaderLength
    }

    /// Bytes currently held; stays small while an oversized frame is being skipped.
    public var bufferedByteCount: Int { buffer.count - start }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        var incoming = bytes[...]
        if skipRemaining > 0 {
            let drop = min(skipRemaining, incoming.count)
            skipRemaining -= drop
            incoming = incoming.dropFirst(drop)
        }
        buffer.append(contentsOf: incoming)
    }

    public mutating func next() -> FrameEvent? {
        if !queued.isEmpty { return queued.removeFirst() }
        while true {
            if skipRemaining > 0 {
                let drop = min(skipRemaining, buffer.count - start)
                skipRemaining -= drop
                start += drop
                compact()
                if skipRemaining > 0 { return nil }
            }
            if let length = pendingBody {
                guard buffer.count - start >= length else { return nil }
                let body = Data(buffer[start..<(start + length)])
                start += length
                pendingBody = nil
                scanFrom = start
                compact()
                return .frame(body)
            }
            guard let end = findBlankLine() else {
                if buffer.count - start > maximumHeaderLength {
                    // Keep the last three bytes: they may be the start of a blank line.
                    start = buffer.count - 3
                    scanFrom = start
                    compact()
                    return .error(.headerTooLong(limit: maximumHeaderLength))
                }
                return nil
            }
            let block = Array(buffer[start..<end])
            start = end + 4
            scanFrom = start
            compact()
            switch Self.parseHeaders(block) {
            case .success(let length):
                if let event = accept(length) { return event }
            case .failure(let error):
                // Resynchronise: junk before a real header (a body whose Content-Length was too short leaves
                // its tail in front of the next header) still lets the frame that follows through.
                if let recovered = Self.recoverContentLength(block),
                   case .success(let length) = Self.parseHeaders(recovered),
                   let tooLarge = accept(length) {
                    queued.append(tooLarge)
                }
                return .error(error)
            }
        }
    }

    /// Arms the decoder for a body; returns the event to report if the body is too large to take.
    private mutating func accept(_ length: Int) -> FrameEvent? {
        if length > maximumBodyLength {
            skipRemaining = length
            return .error(.frameTooLarge(length: length, limit: maximumBodyLength))
        }
        pendingBody = length
        return nil
    }

    private mutating func findBlankLine() -> Int? {
        var i = max(scanFrom, start)
        let n = buffer.count
        while i + 3 < n {
            if buffer[i] == 0x0D, buffer[i + 1] == 0x0A, buffer[i + 2] == 0x0D, buffer[i + 3] == 0x0A { return i }
            i += 1
        }
        scanFrom = max(start, n - 3)
        return nil
    }

    private mutating func compact() {
        if start > 0, start >= buffer.count {
            buffer.removeAll(keepingCapacity: buffer.count < 1 << 20)
            start = 0
            scanFrom = 0
        } else if start > 64 * 1024, start * 2 > buffer.count {
            buffer.removeFirst(start)
            scanFrom -= start
            start = 0
        }
    }

    static func parseHeaders(_ block: [UInt8]) -> Result<Int, FramingError> {
        var length: Int?
        let text = String(decoding: block, as: UTF8.self)
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(.malformedHeader("'\(line.prefix(40))' is not 'Name: value'"))
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return .failure(.malformedHeader("'\(name.prefix(40))' is not a header name"))
            }
            if name.lowercased() == "content-length" {
                guard !value.isEmpty, value.count <= 18, value.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(value) else {
                    return .failure(.invalidContentLength(String(value.prefix(40))))
                }
                length = n
            }
        }
        guard let length else { return .failure(.missingContentLength) }
        return .success(length)
    }

    /// The header block from its last `Content-Length` on, if junk stands before it.
    static func recoverContentLength(_ block: [UInt8]) -> [UInt8]? {
        let needle = Array("content-length:".utf8)
        guard block.count > needle.count else { return nil }
        var i = block.count - needle.count
        while i > 0 {
            var match = true
            for j in 0..<needle.count where asciiLower(block[i + j]) != needle[j] {
                match = false
                break
            }
            if match { return Array(block[i...]) }
            i -= 1
        }
        return nil
    }

    private static func asciiLower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
}
