// libFuzzer target: the Content-Length frame reader (compiled into one module with AnnotationProtocol's
// sources by Fuzz/run.sh, so no import). Two properties on every input:
//  1. Arbitrary bytes, cut into arbitrary reads, never trap and never make the decoder hold more than one
//     header plus one body plus one read — the reader thread must stay bounded whatever a client sends.
//  2. Bodies framed by FrameEncoder come back whole and in order however the stream is cut, and bodies
//     over the limit are reported (not delivered) without desynchronising the frames behind them.
import Foundation

private let bodyLimit = 512
private let headerLimit = 256

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrameReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    arbitraryBytes(rest, cut: first)
    framedBodies(rest, cut: first)
    return 0
}

/// Read sizes derived from the input, so the fuzzer explores how reads split headers and bodies.
private func chunks(_ bytes: [UInt8], cut: UInt8) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var i = 0
    var step = Int(cut % 17) + 1
    while i < bytes.count {
        let end = min(bytes.count, i + step)
        out.append(bytes[i..<end])
        i = end
        step = Int((UInt(step) &* 31 &+ UInt(cut)) % 23) + 1
    }
    return out
}

private func arbitraryBytes(_ bytes: [UInt8], cut: UInt8) {
    var decoder = FrameDecoder(maximumBodyLength: bodyLimit, maximumHeaderLength: headerLimit)
    for chunk in chunks(bytes, cut: cut) {
        decoder.append(chunk)
        while let event = decoder.next() {
            if case .frame(let body) = event, body.count > bodyLimit { fatalError("delivered an oversized body") }
        }
        // Bounded buffering: a header block, a body and the read in hand (plus the blank line's bytes).
        if decoder.bufferedByteCount > headerLimit + bodyLimit + chunk.count + 8 {
            fatalError("decoder holds \(decoder.bufferedByteCount) bytes")
        }
    }
}

private func framedBodies(_ bytes: [UInt8], cut: UInt8) {
    // Split the input into bodies at 0xFF bytes; a body over the limit stands for a client's huge frame.
    let bodies = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map { Data($0) }
    var stream: [UInt8] = []
    for body in bodies { stream += FrameEncoder.frame(body) }
    var decoder = FrameDecoder(maximumBodyLength: bodyLimit, maximumHeaderLength: headerLimit)
    var events: [FrameEvent] = []
    for chunk in chunks(stream, cut: cut) {
        decoder.append(chunk)
        while let event = decoder.next() { events.append(event) }
    }
    let expected: [FrameEvent] = bodies.map { body in
        body.count > bodyLimit ? .error(.frameTooLarge(length: body.count, limit: bodyLimit)) : .frame(body)
    }
    if events != expected { fatalError("framed bodies came back as \(events.count) events, expected \(expected.count)") }
    if decoder.bufferedByteCount != 0 { fatalError("bytes left over after whole frames") }
}
