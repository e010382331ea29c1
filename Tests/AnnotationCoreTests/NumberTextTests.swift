import Foundation
import Testing
@testable import AnnotationCore

/// The byte reading of plain numbers (issue 19) must give exactly what the general reading gives.
@Suite struct NumberTextTests {
    static let written = ["0", "7", "42", "1,000", "12,500", "1,5", "1,50", "1,5000", "2.5", "1,234.5", "1,234,567",
                          "1,234,56", "1.2.3", "1,2.5", "3,000.25", "1.5,000", "00012", "16:06", "12/05/2024",
                          "13.09.2023", "1,000,000,000,000,000,000,000,000,000,000", "123456789012345678901234567890123",
                          "9.", ".5", "1,,000", "1,.5", ",5", "٣", "1,234.5.6", "999,999.999"]

    @Test func plainNumbersReadAsTheGeneralReadingDoes() {
        for s in Self.written {
            #expect(NumberText.value(s) == NumberText.generalValue(s), "\(s)")
        }
    }

    @Test func everyShapeOfDigitsCommasAndPoints() {
        // Every string of up to seven characters over "1", "0", ",", "." that the general reading accepts
        // without failing: digits first and last, no separator twice in a row.
        var shapes = [""]
        for _ in 0..<7 { shapes = shapes.flatMap { s in ["1", "0", ",", "."].map { s + $0 } } + shapes }
        var checked = 0
        for s in Set(shapes) where !s.isEmpty {
            guard s.first!.isNumber, s.last!.isNumber, !s.contains(",,"), !s.contains(",."), !s.contains(".,"),
                  !s.contains("..") else { continue }
            #expect(NumberText.value(s) == NumberText.generalValue(s), "\(s)")
            checked += 1
        }
        #expect(checked > 1_000)
    }

    /// Times and dates are settled without reading their characters (`generalValue`): the answer must be
    /// the one the reading by characters gives, long chains past the cap on digits included.
    @Test func timesAndDatesReadAsTheCharacterReadingDoes() {
        var shapes = [""]
        for _ in 0..<7 { shapes = shapes.flatMap { s in ["1", ":", "/", ",", "."].map { s + $0 } } + shapes }
        let long = (1...20).map(String.init).joined(separator: ":")
        var settled = 0
        // As the tokenizer joins them: digits first and last, one separator between digits.
        let separators: Set<Character> = [":", "/", ",", "."]
        func isToken(_ s: String) -> Bool {
            s.first?.isNumber == true && s.last?.isNumber == true
                && !zip(s, s.dropFirst()).contains { separators.contains($0) && separators.contains($1) }
        }
        for s in Set(shapes + [long, long + "/1", "9" + long, "12/05/2024", "16:06"]) where isToken(s) {
            #expect(NumberText.generalValue(s) == NumberText.characterValue(s), "\(s)")
            if s.contains(":") || s.contains("/") { settled += 1 }
        }
        #expect(settled > 100)
        #expect(NumberText.generalValue(long) == .greatestFiniteMagnitude)
        #expect(NumberText.generalValue("16:06") == nil)
    }

    /// Up to 15 written digits are read without a string (`NumberText.exactValue`): every value must be the
    /// double `Double(String)` rounds to, in all digits and at every place of the point, and longer numbers
    /// (read the general way) too.
    @Test func decimalsReadToTheSameDoubleAsTheirText() {
        var numbers = SeededNumbers()
        func next(_ n: Int) -> Int { numbers.next() % n }
        var exact = 0
        for _ in 0..<20_000 {
            let count = 1 + next(18)
            var digits = (0..<count).map { _ in String(next(10)) }.joined()
            if next(3) > 0, count > 1 { digits.insert(".", at: digits.index(digits.startIndex, offsetBy: 1 + next(count - 1))) }
            #expect(NumberText.value(digits) == Double(digits), "\(digits)")
            if count <= 15 { exact += 1 }
        }
        for s in ["0.1", "0.3", "2.675", "1.005", "9.999999999999999", "999999999999999", "9007199254740993",
                  "123456789012.345", "0.000000000000001", "4.35", "1,234,567.891"] {
            #expect(NumberText.value(s) == Double(s.replacingOccurrences(of: ",", with: "")), "\(s)")
        }
        #expect(exact > 10_000)
    }
}
