import Foundation

/// Wraps a message body in the LSP base protocol's header. Only `Content-Length` is written: `Content-Type`
/// is optional and its default (utf-8 JSON) is what we send.
public enum FrameEncoder {
    public static func frame(_ body: Data) -> Data {
        var out = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(body)
        return out
    }
}
