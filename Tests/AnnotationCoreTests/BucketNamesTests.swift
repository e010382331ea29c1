import Testing
@testable import AnnotationCore

/// The names a claim is filed under (`WorkspaceIndex.Participants`) and looked up under
/// (`WorkspaceIndex.Lookups`): each participant once, or the empty name for a claim that names no one; a
/// lookup adds the empty name once, and a claim naming no one looks under its story's actors too.
@Suite struct BucketNamesTests {
    static func box(_ participants: [String], story: Set<String> = []) -> IdentityBox {
        var id = ClaimIdentity(head: "shells", participants: participants, sentence: 0)
        id.story = story
        return IdentityBox(id)
    }

    @Test func aClaimIsFiledUnderEachParticipantOnce() {
        #expect(Array(WorkspaceIndex.Participants(Self.box(["Norland", "Estland", "Norland", "Estland"]))) == ["Norland", "Estland"])
        #expect(Array(WorkspaceIndex.Participants(Self.box(["Norland"], story: ["Estland"]))) == ["Norland"])
    }

    @Test func aClaimNamingNoOneIsFiledUnderTheEmptyName() {
        #expect(Array(WorkspaceIndex.Participants(Self.box([], story: ["Estland"]))) == [""])
        #expect(Array(WorkspaceIndex.Participants(nil)) == [""])
    }

    @Test func aLookupAddsTheEmptyNameOnce() {
        #expect(Array(WorkspaceIndex.Lookups(Self.box(["Norland", "Estland", "Norland"]))) == ["Norland", "Estland", ""])
        #expect(Array(WorkspaceIndex.Lookups(Self.box(["", "Norland", ""]))) == ["", "Norland"])
        #expect(Array(WorkspaceIndex.Lookups(Self.box(["Norland"], story: ["Estland"]))) == ["Norland", ""])
        #expect(Array(WorkspaceIndex.Lookups(nil)) == [""])
    }

    @Test func aClaimNamingNoOneLooksUnderItsStorysActors() {
        let found = Array(WorkspaceIndex.Lookups(Self.box([], story: ["Port Halden", "Metro"])))
        #expect(found.count == 3 && Set(found) == ["Port Halden", "Metro", ""])
        let withEmpty = Array(WorkspaceIndex.Lookups(Self.box([], story: ["", "Metro"])))
        #expect(withEmpty.count == 2 && Set(withEmpty) == ["", "Metro"])
    }
}
