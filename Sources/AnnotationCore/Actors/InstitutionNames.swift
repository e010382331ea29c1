/// "Center for Strategic and International Studies", "Department of Health and Human Services": inside
/// an institution's name, after its "of"/"for", an "and" joins two fields of its remit and the name goes
/// on to its closing head word. Outside such a name "and" joins two names ("Facebook and Google").
extension RecognitionPass {
    /// True when the "and" at `j` sits inside one institution's name.
    func andJoinsInstitutionName(at j: Int, end b: Int) -> Bool {
        guard j > 0, tokens[j].has(.joinsPrevious), tokens[j - 1].has(.capitalised), !tokens[j - 1].has(.possessive)
        else { return false }
        // Back through the capitalised words to the name's "of"/"for", after a head word.
        var k = j - 1
        var connector = false
        while k > 0, tokens[k].has(.joinsPrevious), k >= j - 5 {
            let p = tokens[k - 1]
            if !p.has(.capitalised), p.key == Glue.of || p.key == Glue.for {
                connector = k - 2 >= 0 && tokens[k - 2].has(.capitalised) && tokens[k - 1].has(.joinsPrevious)
                    && lexicon.organizationHeads.contains(tokens[k - 2].key)
                break
            }
            guard p.has(.capitalised), !p.has(.possessive) else { break }
            k -= 1
        }
        // "Parks and Recreation Department": two ordinary nouns of a remit joined before the head word.
        if !connector {
            let before = tokens[j - 1]
            guard lexicon.dictionaryWords.contains(before.key), !lexicon.givenNames.contains(before.key),
                  lexicon.phrase(before.key, allCaps: false) == nil, !before.has(.allCaps) else { return false }
            var n = j + 1
            while n < b, n <= j + 2, tokens[n].has(.joinsPrevious), tokens[n].has(.capitalised), !tokens[n].has(.possessive) {
                if lexicon.organizationHeads.contains(tokens[n].key) { return n > j + 1 }
                n += 1
            }
            return false
        }
        // Forward through capitalised words to a head or closing word of an organisation's name.
        var n = j + 1
        while n < b, n <= j + 4, tokens[n].has(.joinsPrevious), tokens[n].has(.capitalised) {
            if lexicon.organizationHeads.contains(tokens[n].key) || lexicon.organizationTails.contains(tokens[n].key) { return true }
            if tokens[n].has(.possessive) { return false }
            n += 1
        }
        return false
    }
}
