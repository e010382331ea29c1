import Testing
@testable import AnnotationCore

/// An update reads only the mentions an edit replaced (`MentionEdit`), and gives what reading them all gives.
@Suite struct MentionEditTests {
    static let pool: [(text: String, name: String, kind: ActorKind)] = [
        ("Marta Kowalczyk", "Marta Kowalczyk", .person), ("Kowalczyk", "Kowalczyk", .unknown),
        ("Kowalczyk", "Kowalczyk", .person), ("Norland", "Norland", .state), ("NORLAND", "Norland", .state),
        ("Kim Jong-un", "Kim Jong-un", .person), ("Kim Jong Un", "Kim Jong Un", .person),
        ("the Meridian Bank", "Meridian Bank", .organization), ("Meridian Bank", "Meridian Bank", .unknown),
    ]

    /// Mentions of the pool's names, one after another.
    static func mentions(_ picks: [Int]) -> [ActorMention] {
        var at = 0
        return picks.map { k in
            let p = pool[k % pool.count]
            defer { at += p.text.utf8.count + 5 }
            return ActorMention(range: at..<(at + p.text.utf8.count), text: p.text, name: p.name, kind: p.kind)
        }
    }

    @Test func theChangeIsWhatLiesBetweenTheSameStartAndEnd() {
        let old = Self.mentions([0, 1, 2, 3, 4])
        let new = Self.mentions([0, 1, 5, 6, 3, 4])
        let e = MentionEdit(from: old, to: new)
        #expect((e.prefix, e.oldEnd, e.newEnd) == (2, 3, 4))
        #expect(e.oldWindow == [NameKey.of("Kowalczyk"): [2]])
        #expect(e.newWindow == [NameKey.of("Kim Jong Un"): [2, 3]])   // one key for both spellings
        #expect(e.touched == [NameKey.of("Kowalczyk"), NameKey.of("Kim Jong-un")])
        #expect(e.newIndex(1) == 1 && e.newIndex(3) == 4)
        // The same kind matters: a mention read as a person where it was unknown is replaced.
        #expect(!MentionEdit(from: Self.mentions([1]), to: Self.mentions([2])).isEmpty)
        #expect(MentionEdit(from: old, to: old).isEmpty)
        let moved = old.map { ActorMention(range: ($0.range.lowerBound + 3)..<($0.range.upperBound + 3), text: $0.text, name: $0.name, kind: $0.kind) }
        #expect(MentionEdit(from: old, to: moved).isEmpty)
        // A mention respelt in another normalisation (é as e and an accent) is replaced, though `==` calls
        // the two spellings equal.
        let composed = ActorMention(range: 0..<6, text: "Andr\u{E9}", name: "Andr\u{E9}", kind: .person)
        let decomposed = ActorMention(range: 0..<7, text: "Andre\u{301}", name: "Andre\u{301}", kind: .person)
        #expect(composed.text == decomposed.text)
        #expect(!MentionEdit(from: [composed], to: [decomposed]).isEmpty)
        #expect(MentionEdit.written("Andr\u{E9}", "Andr\u{E9}") && !MentionEdit.written("Andr\u{E9}", "Andre\u{301}"))
        // A repeated mention is matched from both ends, never twice.
        let e2 = MentionEdit(from: Self.mentions([3, 3]), to: Self.mentions([3]))
        #expect((e2.prefix, e2.oldEnd, e2.newEnd) == (1, 2, 1))
    }

    /// Random edits of random mention lists: the summaries made from the ones before the edit are the ones
    /// made from every mention after it.
    @Test func summariesAfterAnEditAreTheOnesReadFromEveryMention() {
        var r = SeededNumbers()
        for _ in 0..<400 {
            let before = (0..<(r.next() % 12)).map { _ in r.next() % Self.pool.count }
            var after = before
            let at = r.next() % (after.count + 1)
            let cut = min(after.count - at, r.next() % 3)
            after.replaceSubrange(at..<(at + cut), with: (0..<(r.next() % 3)).map { _ in r.next() % Self.pool.count })
            let old = Self.mentions(before), new = Self.mentions(after)
            let edit = MentionEdit(from: old, to: new)
            let got = ActorDirectory.summaries(of: new, after: edit, from: NameSummaries(ActorDirectory.summaries(of: old), mentions: old))
            let want = ActorDirectory.summaries(of: new)
            #expect(Self.described(got) == Self.described(want), "\(before) → \(after)")
        }
    }

    static func described(_ s: [UInt64: ActorDirectory.Summary]) -> [String] {
        s.values.map { "\($0.key) \($0.name) \($0.kind) \($0.words) \(Array($0.mentions))" }.sorted()
    }

    /// A name's signature changes when its kind, first spelling or the count of some spelling does.
    @Test func signatureChangesWithKindNameOrSpellingCounts() {
        func changed(_ before: [Int], _ after: [Int], _ name: String) -> Bool {
            let old = Self.mentions(before), new = Self.mentions(after)
            let edit = MentionEdit(from: old, to: new)
            return ActorDirectory.signatureChanged(NameKey.of(name), old: ActorDirectory.summaries(of: old),
                                                   new: ActorDirectory.summaries(of: new), edit: edit,
                                                   oldMentions: old, mentions: new)
        }
        #expect(!changed([3, 0, 4], [3, 0, 4], "Norland"))
        #expect(changed([3, 0], [4, 0], "Norland"))          // NORLAND for Norland: a spelling count
        #expect(!changed([3, 4, 0], [4, 3, 0], "Norland"))     // the same spellings in another order
        #expect(changed([1, 0], [2, 0], "Kowalczyk"))          // unknown to person
        #expect(changed([7, 3], [3], "Meridian Bank"))          // no longer named
        #expect(!changed([7, 3, 8], [7, 8, 3], "Meridian Bank"))  // its unknown mention moved, the kind kept
        #expect(changed([5, 3], [6, 3], "Kim Jong Un"))          // one key, another first name
        #expect(changed([3], [3, 3], "Norland"))               // one more mention
    }

    /// Moved mentions are found by where they stood, as a table by start finds them; where two stood at one
    /// place, the last moved there.
    @Test func movedPlacesAnswerByOldStart() {
        let old = Self.mentions([0, 3, 5]), new = Self.mentions([6, 0, 3, 5])
        var places = MovedPlaces(old: old, new: new)
        #expect(places.newPlace(old[0]) == nil)
        places.move(0, to: 1)
        places.move(2, to: 3)
        #expect(places.newPlace(old[0]) == new[1])
        #expect(places.newPlace(old[1]) == nil)
        #expect(places.newPlace(old[2]) == new[3])
        #expect(places.newPlace(ActorMention(range: 1..<4, text: "Marta Kowalczyk", name: "Marta Kowalczyk", kind: .person)) == nil)
        var shared = old
        shared[1].range = shared[0].range
        var tied = MovedPlaces(old: shared, new: new)
        tied.move(0, to: 1)
        tied.move(1, to: 2)
        #expect(tied.newPlace(shared[0]) == new[2])
        #expect(!shared.startsIncrease && old.startsIncrease)
    }
}
