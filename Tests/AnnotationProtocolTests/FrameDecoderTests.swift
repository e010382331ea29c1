import Foundation
import Testing
import AnnotationProtocol

@Suite struct FrameDecoderTests {
    func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

    func drain(_ d: inout FrameDecoder) -> [FrameEvent] {
        var out: [FrameEvent] = []
        while let e = d.next() { out.append(e) }
        return out
    }

    func bodies(_ events: [FrameEvent]) -> [String] {
        events.compactMap { if case .frame(let d) = $0 { return String(decoding: d, as: UTF8.self) } else { return nil } }
    }

    @Test func aFrameFedOneByteAtATimeComesOutWhole() {
        var d = FrameDecoder()
        var events: [FrameEvent] = []
        for b in frame(#"{"a":"中😀"}"#) {
            d.append([b])
            events += drain(&d)
        }
        #expect(bodies(events) == [#"{"a":"中😀"}"#])
    }

    @Test func severalFramesInOneRead() {
        var d = FrameDecoder()
        d.append(frame("1") + frame("[2]") + frame(#"{"x":3}"#))
        #expect(bodies(drain(&d)) == ["1", "[2]", #"{"x":3}"#])
    }

    @Test func aReadThatSplitsTheHeaderAndBodyAnywhere() {
        let bytes = frame(#"{"first":true}"#) + frame(#"{"second":true}"#)
        for cut in 1..<bytes.count {
            var d = FrameDecoder()
            d.append(bytes[..<cut])
            var events = drain(&d)
            d.append(bytes[cut...])
            events += drain(&d)
            #expect(bodies(events) == [#"{"first":true}"#, #"{"second":true}"#], "cut at \(cut)")
        }
    }

    @Test func headerNamesAreCaseInsensitiveAndContentTypeIsOptional() {
        var d = FrameDecoder()
        d.append(Array("content-LENGTH: 2\r\n\r\n{}".utf8))
        d.append(Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:3\r\n\r\n[1]".utf8))
        #expect(bodies(drain(&d)) == ["{}", "[1]"])
    }

    @Test func anOversizedFrameIsSkippedWithoutBeingBuffered() {
        var d = FrameDecoder(maximumBodyLength: 100)
        d.append(Array("Content-Length: 100000\r\n\r\n".utf8))
        #expect(drain(&d) == [.error(.frameTooLarge(length: 100000, limit: 100))])
        let chunk = [UInt8](repeating: 0x41, count: 10_000)
        for _ in 0..<10 {
            d.append(chunk)
            #expect(drain(&d).isEmpty)
            #expect(d.bufferedByteCount == 0)
        }
        d.append(frame("{}"))
        #expect(bodies(drain(&d)) == ["{}"])
    }

    @Test func malformedHeadersAreReportedAndTheNextFrameStillArrives() {
        var d = FrameDecoder()
        d.append(Array("this is not a header\r\n\r\n".utf8) + frame("1"))
        d.append(Array("Content-Length: -4\r\n\r\n".utf8) + frame("2"))
        d.append(Array("X-Other: y\r\n\r\n".utf8) + frame("3"))
        let events = drain(&d)
        #expect(bodies(events) == ["1", "2", "3"])
        #expect(events.filter { if case .error = $0 { return true } else { return false } }.count == 3)
        #expect(events.contains(.error(.missingContentLength)))
        #expect(events.contains(.error(.invalidContentLength("-4"))))
    }

    @Test func junkBeforeAHeaderResynchronises() {
        // A previous frame whose Content-Length was too short leaves its tail before the next header.
        var d = FrameDecoder()
        d.append(Array("Content-Length: 5\r\n\r\n{\"a\":1}".utf8) + frame("[7]"))
        let events = drain(&d)
        #expect(bodies(events) == [#"{"a":"#, "[7]"])
        #expect(events.count == 3)
    }

    @Test func aStreamWithNoBlankLineIsCutOffAtTheHeaderLimit() {
        var d = FrameDecoder(maximumHeaderLength: 64)
        d.append([UInt8](repeating: 0x78, count: 1000))
        #expect(drain(&d) == [.error(.headerTooLong(limit: 64))])
        #expect(d.bufferedByteCount < 64)
        d.append(frame("{}"))
        #expect(bodies(drain(&d)) == ["{}"])
    }

    @Test func encoderAndDecoderAgree() {
        let body = Data(#"{"jsonrpc":"2.0","method":"x"}"#.utf8)
        var d = FrameDecoder()
        d.append(FrameEncoder.frame(body))
        #expect(drain(&d) == [.frame(body)])
    }
}
