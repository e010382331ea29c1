import Testing
@testable import AnnotationCore

/// `actor-variant` asks whether the workspace writes a full name one way before it asks for the name's
/// spelling groups (issue 19): wherever the actor says one way, the groups must be empty, as they were when
/// they were always asked for. Workspaces of mentions made from spellings written for this test.
@Suite struct ActorVariantSpeedTests {
    static let spellings: [(text: String, name: String, kind: ActorKind)] = [
        ("Kim Jong Un", "Kim Jong Un", .person), ("Kim Jong-un", "Kim Jong Un", .person), ("KIM JONG UN", "Kim Jong Un", .person),
        ("Kim", "Kim", .person), ("Lee Soo-min", "Lee Soo Min", .person), ("Lee Soo Min", "Lee Soo Min", .person),
        ("Lee", "Lee", .unknown), ("Marta Kowalczyk", "Marta Kowalczyk", .person), ("Kowalczyk", "Kowalczyk", .person),
        ("Al-Hamad Group", "Al-Hamad Group", .organization), ("Al Hamad Group", "Al-Hamad Group", .organization),
        ("Zoë Ødegaard", "Zoë Ødegaard", .person), ("Zoe Odegaard", "Zoë Ødegaard", .person), ("Berg", "Berg", .unknown),
        ("Anna Berg", "Anna Berg", .person), ("Vale Morrow", "Vale Morrow", .unknown),
    ]

    @Test func aNameWrittenOneWayHasNoSpellingGroups() {
        var numbers = SeededNumbers()
        var oneWay = 0, varied = 0
        for _ in 0..<40 {
            var directory = ActorDirectory()
            var documents: [String: [ActorMention]] = [:]
            for d in 0..<(2 + numbers.next() % 12) {
                var at = 0
                let mentions: [ActorMention] = (0..<(1 + numbers.next() % 6)).map { _ in
                    let s = Self.spellings[numbers.next() % Self.spellings.count]
                    defer { at += s.text.utf8.count + 5 }
                    return ActorMention(range: at..<(at + s.text.utf8.count), text: s.text, name: s.name, kind: s.kind)
                }
                documents["d\(d).txt"] = mentions
                directory.update("d\(d).txt", mentions: mentions)
            }
            // Every full-name spelling of each actor, read from the mentions themselves.
            func root(_ id: String, _ m: ActorMention) -> UInt64? { directory.summary(document: id, mention: m).map(directory.resolved) }
            for (id, mentions) in documents {
                for m in mentions where SpellingForm.isFullName(m.text) {
                    guard let actor = directory.actor(document: id, mention: m), let r = root(id, m) else { continue }
                    let folded = NameKey.of(m.text)
                    var written = Set<String>()
                    for (other, ms) in documents {
                        for o in ms where SpellingForm.isFullName(o.text) && NameKey.of(o.text) == folded && root(other, o) == r {
                            written.insert(o.text)
                        }
                    }
                    let one = ActorDirectory.spelledOneWay(actor, folded: folded)
                    #expect(one == (written.count <= 1), "\(id) \(m.text) \(written)")
                    // What the rule read before it asked the actor first.
                    #expect(one == directory.fullNameSpellings(document: id, mention: m, folded: folded).isEmpty)
                    if one { oneWay += 1 } else { varied += 1 }
                }
            }
        }
        #expect(oneWay > 100 && varied > 100, "\(oneWay) \(varied)")
    }
}
