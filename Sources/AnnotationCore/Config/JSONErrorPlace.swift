import Foundation

/// Where a JSON configuration stops being JSON, as an editor shows it: line and column (1-based), not the
/// byte offset Foundation reports ("Invalid value around character 39").
enum JSONErrorPlace {
    static func describe(_ error: Error, in data: Data) -> String {
        let detail = Configuration.describeJSONError(error)
        guard let offset = offset(of: error, detail: detail, data: data), offset <= data.count else {
            return "not valid JSON (\(detail))"
        }
        let (line, column) = lineAndColumn(of: offset, in: data)
        let reason = detail.range(of: " around character").map { String(detail[..<$0.lowerBound]) } ?? detail
        return "not valid JSON at line \(line), column \(column) (\(reason.trimmingCharacters(in: CharacterSet(charactersIn: ". "))))"
    }

    /// The byte offset Foundation names, from the error's user info or, failing that, its text.
    static func offset(of error: Error, detail: String, data: Data) -> Int? {
        if let i = (error as NSError).userInfo["NSJSONSerializationErrorIndex"] as? Int { return i }
        if detail.localizedCaseInsensitiveContains("end of file") { return data.count }
        guard let r = detail.range(of: "around character ") else { return nil }
        return Int(detail[r.upperBound...].prefix { $0.isNumber })
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        let before = data.prefix(offset)
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }
}
