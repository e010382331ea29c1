import Foundation
import Testing
import AnnotationCore

/// Messages as a careful editor writes them (issue 18): one short sentence, readings as people say them,
/// no file paths in the actor messages (the places go to relatedInformation), nothing said twice.
@Suite struct MessageShapeTests {
    static func figure(_ text: String, _ value: Double, _ lower: Double, _ upper: Double, _ q: Qualifier,
                       unit: String? = "shells", currency: String? = nil, rate: RatePeriod? = nil) -> Figure {
        Figure(range: 0..<text.utf8.count, text: text, value: value, lower: lower, upper: upper, qualifier: q,
               unit: currency == nil ? unit : nil, unitClass: unit, currency: currency, rate: rate, kind: .count)
    }

    @Test func readingsAreSpokenNotSymbolic() {
        #expect(FigureReading.spoken(Self.figure("millions of shells", 2e6, 2e6, 999_999_999, .vague))
                == "millions of shells (2 million or more)")
        #expect(FigureReading.spoken(Self.figure("several hundred thousand shells", 2e5, 2e5, 999_999, .vague))
                == "several hundred thousand shells (200,000 to under 1 million)")
        #expect(FigureReading.spoken(Self.figure("nearly 6 million shells", 6e6, 5.1e6, 6e6, .approx))
                == "5.1 to 6 million shells")
        #expect(FigureReading.spoken(Self.figure("at least 30,000 shells", 30_000, 30_000, .infinity, .atLeast, rate: .day))
                == "at least 30,000 shells a day")
        #expect(FigureReading.spoken(Self.figure("over $11 billion", 11e9, 11e9, .infinity, .atLeast, currency: "USD"))
                == "at least $11 billion")
        #expect(FigureReading.spoken(Self.figure("1.5 billion hryvnias", 1.5e9, 1.5e9, 1.5e9, .exact, currency: "UAH"))
                == "1.5 billion UAH")
    }

    @Test func unsourcedSaysTheReadingOnlyWhenItAddsSomething() throws {
        let f = try #require(LintEngine.findings([("a.txt", "Critics fired millions of shells at the town.\n")])["a.txt"]?
            .first { $0.code == "unsourced-figure" })
        #expect(f.message == "“millions of shells” (2 million or more) has no source in its sentence")
        let plain = try #require(LintEngine.findings([("b.txt", LintTexts.unsourced)])["b.txt"]?.first)
        #expect(plain.message == "“4,000 trucks” has no source in its sentence")
        let rate = try #require(LintEngine.findings([("c.txt", "The army fires at least 30,000 shells a day.\n")])["c.txt"]?
            .first { $0.code == "unsourced-figure" })
        #expect(rate.message == "“at least 30,000 shells” (at least 30,000 shells a day) has no source in its sentence")
    }

    @Test func actorVariantIsShortAndNamesNoFile() throws {
        var files: [(String, String)] = []
        for i in 0..<9 { files.append(("dir/deep/folder/file\(i).txt", "Kim Jong Un met the envoy.\nLater Kim Jong Un left.\n")) }
        files.append(("odd.txt", "Kim Jong-un met the envoy.\n"))
        let variant = try #require(LintEngine.findings(files)["odd.txt"]?.first { $0.code == "actor-variant" })
        #expect(variant.message == "“Kim Jong-un” is spelled “Kim Jong Un” in 18 of the workspace's 19 mentions of the full name")
        #expect(variant.message.count < 200)
        #expect(!variant.message.contains(".txt"))
        #expect(variant.related.count == 18, "every other spelling is a related location")
        #expect(variant.related.allSatisfy { $0.message == "spelled “Kim Jong Un”" })
    }

    @Test func namedActorIsOneSentenceOfInformation() throws {
        let findings = LintEngine.findings([("a.txt", "Jane Roe spoke. Jane Roe left.\n"), ("b.txt", "Jane Roe stayed.\n")])
        let named = try #require(findings["a.txt"]?.first { $0.code == "named-actor" })
        #expect(named.message == "Jane Roe (person) is named twice here and 3 times in 2 files")
        #expect(named.severity == .information, "SPEC §4: named-actor is information by default")
        let alone = LintEngine.findings([("c.txt", "Jane Roe spoke.\n")])["c.txt"]?.first { $0.code == "named-actor" }
        #expect(alone?.message == "Jane Roe (person) is named once, only in this file")
    }

    @Test func lintNamesRelatedFilesAsGivenOnTheCommandLine() throws {
        let box = try LintSandbox(["news/a.txt": "Kim Jong Un met the envoy.\nKim Jong Un left.\n", "news/b.txt": "Kim Jong-un met the envoy.\n"])
        defer { box.remove() }
        let json = try box.json(["--format", "json", "--fail-on", "never", "news"])
        let files = try #require(json["files"] as? [[String: Any]])
        let b = try #require(files.first { ($0["path"] as? String) == "news/b.txt" })
        let variant = try #require((b["diagnostics"] as? [[String: Any]])?.first { ($0["code"] as? String) == "actor-variant" })
        let related = try #require(variant["relatedInformation"] as? [[String: Any]])
        #expect(related.compactMap { $0["path"] as? String } == ["news/a.txt", "news/a.txt"])
    }
}
