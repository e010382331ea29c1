/// Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7): no stray continuation byte, no overlong
/// form, no surrogate, nothing past U+10FFFF, no sequence cut short. Exactly the bytes `String(decoding:as:)`
/// keeps as they are; any other has something replaced. A file that passes is taken as its bytes, without
/// decoding it into a string and copying that string's bytes out again (a sixth of reading and decoding a
/// short article).
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time: most of a news article.
            if Bytes.eightASCII(bytes, at: i) {
                i += 8
                continue
            }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF   // the second byte's range
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
