// libFuzzer target: position conversion (compiled with AnnotationCore's sources). Text comes from the first
// part of the input (any bytes, decoded as a file would be, so CR, LF, CRLF, surrogate-pair characters and
// replacement characters all occur); the rest supplies positions in every encoding.
//  - every character boundary round-trips: offset(position(o)) == o, in utf-8, utf-16 and utf-32;
//  - any position at all (negative, past the line end, past the last line) maps to an offset inside the text
//    that is a character boundary, and never traps.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPositions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    // A first byte below 0x80 picks a short text (up to ~1 KB, checked at every boundary); above, a long one
    // (up to ~64 KB: lines longer than LineIndex's 4 KB checkpoint blocks), checked at a sample of boundaries.
    let long = input[0] >= 0x80
    let split = min(long ? Int(input[0] - 0x80) * 512 : Int(input[0]) * 8, size - 1)
    let text = SourceText(decoding: input[1..<(1 + split)])
    let bytes = text.bytes
    let lines = text.lines

    func isBoundary(_ o: Int) -> Bool {
        if o == 0 || o == bytes.count { return true }
        guard o > 0, o < bytes.count, bytes[o] & 0xC0 != 0x80 else { return false }
        // Between the CR and the LF of a CRLF is not a place a client can name.
        return !(bytes[o] == 0x0A && bytes[o - 1] == 0x0D)
    }

    let step = long ? 97 : 1
    for encoding in ColumnEncoding.allCases {
        for o in stride(from: 0, through: bytes.count, by: step) where isBoundary(o) {
            let p = lines.position(of: o, encoding: encoding)
            // The column agrees with counting from the line's start (the checkpoints are only a shortcut).
            let counted = LineIndex.columns(bytes, lines.starts[p.line]..<o, encoding)
            if p.character != counted { fatalError("\(encoding): offset \(o) at column \(p.character), counted \(counted)") }
            let back = lines.offset(of: p, encoding: encoding)
            if back != o { fatalError("\(encoding): offset \(o) → \(p.line):\(p.character) → \(back)") }
        }
    }

    var rest = input[(1 + split)...].makeIterator()
    func nextInt() -> Int? {
        guard let a = rest.next(), let b = rest.next() else { return nil }
        // Mostly small numbers (near real lines), sometimes huge or negative ones.
        let v = Int(a) << 8 | Int(b)
        switch a >> 6 {
        case 0: return v & 0x3F
        case 1: return v - 0x8000
        case 2: return Int.max - v
        default: return v
        }
    }
    while let line = nextInt(), let character = nextInt(), let pick = rest.next() {
        let encoding = ColumnEncoding.allCases[Int(pick) % 3]
        let o = lines.offset(of: TextPosition(line: line, character: character), encoding: encoding)
        if !(0...bytes.count).contains(o) || !isBoundary(o) {
            fatalError("\(encoding): \(line):\(character) → \(o), not a boundary of \(bytes.count) bytes")
        }
        let back = lines.position(of: line &* 7 &+ character, encoding: encoding)
        if back.line < 0 || back.line >= lines.lineCount || back.character < 0 { fatalError("position \(back)") }
    }
    return 0
}
