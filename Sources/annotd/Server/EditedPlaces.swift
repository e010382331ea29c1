import AnnotationCore

/// Which places of an edited buffer the client sees where it saw them before the edit: the same line and
/// column (UTF-16, UTF-8 or UTF-32 alike) at both ends. Such a place lies wholly before the first byte the
/// edit changed, or on a line after the edit when the edit put no line break in or out (`LinesAfter`), the
/// same bytes further on. The buffer's own findings at such places are sent as written before
/// (`openPublication`), and other documents' conflict findings that name only such places of the buffer are not
/// published again on every keystroke (`WorkspaceIndex.update(_:placeReadAlike:)`).
struct EditedPlaces {
    /// Bytes the two texts share from the start.
    let unchanged: Int
    let linesAfter: Server.WrittenFindings.LinesAfter?

    init(before: [UInt8], after: [UInt8]) {
        unchanged = CommonAffix.prefix(before, after)
        linesAfter = Server.WrittenFindings.LinesAfter(before, after, prefix: unchanged)
    }

    /// Whether the place at `old` before the edit stands at `new` after it, at the same line and columns.
    func readAlike(_ old: Range<Int>, _ new: Range<Int>) -> Bool {
        if old == new, new.upperBound <= unchanged { return true }
        guard let linesAfter else { return false }
        return new.lowerBound >= linesAfter.start
            && old.lowerBound + linesAfter.moved == new.lowerBound && old.upperBound + linesAfter.moved == new.upperBound
    }
}
