/// Two accounts of one quantity that a text itself sets side by side. English marks the second account in
/// two ways: by comparing it with the first ("The agency gave a lower figure, saying 4,300 …", "Metro's
/// figures tell a different story: 4,300 …", "puts the daily cost far lower, at $15m"), or by valuing a
/// definite amount the paragraph has just named, on the word of another source ("The Chamber reckons the
/// walkout costs $250m a week. The budget office puts the cost at $15m a day."). The second figure then
/// counts what the first counts, whatever words it uses, and the two are compared.
enum ClaimAccounts {
    /// How many sentences back, inside one paragraph, the first account is looked for.
    static let reach = 2

    /// `marker` gives a sentence's marker of a second account (`marker(_:)`, read with its words), if any.
    static func link(_ figures: inout [Figure], bySentence: ClaimsBySentence, segmentation: Segmentation,
                     marker sentenceMarker: (Int) -> AccountMarker?) {
        let claimsOf = bySentence.claims
        for s in bySentence.order {
            guard let marker = sentenceMarker(s) else { continue }
            // The second account: the first claim after the marker.
            let at = marker.offset
            guard let follower = claimsOf[s]?.first(where: { figures[$0].range.lowerBound >= at }),
                  let antecedent = firstAccount(of: figures[follower], in: s, figures, claimsOf: claimsOf, segmentation: segmentation),
                  !marker.needsTwoSources || anotherSource(figures[antecedent], figures[follower], marker.subject),
                  var id = figures[antecedent].identity else { continue }
            // "Analysts had expected a higher figure, $5.6bn" sets a forecast against an outcome: a second
            // account only when both are of one form.
            if let own = figures[follower].identity?.form, own != id.form { continue }
            id.sentence = s
            id.evidence.formUnion(figures[follower].identity?.evidence ?? [])
            id.accountOf = figures[antecedent].range.lowerBound
            id.isDisputed = false
            figures[follower].identity = id
            figures[antecedent].identity?.isDisputed = true
        }
    }

    /// Where the second account is announced, and whether the sentence marks it only by valuing a definite
    /// amount (then it is another account only on another source's word).
    static func marker(_ w: [SentenceWord]) -> (index: Int, needsTwoSources: Bool)? {
        // Most sentences have neither word that can mark one: a single pass over the facts says so.
        guard w.indices.contains(where: { !w[$0].facts.isDisjoint(with: [.contrastComparative, .valuingVerb]) }) else { return nil }
        for k in w.indices where w[k].kind == .word && w[k].facts.contains(.contrastComparative) {
            // "a lower figure", "a different story", "far lower, at $15m".
            if k + 1 < w.count, ClaimFormWords.accountNouns.contains(w[k + 1].lower) { return (k, false) }
            if k > 0, ["far", "much", "considerably", "significantly"].contains(w[k - 1].lower),
               w[(k + 1)...].prefix(3).contains(where: { $0.lower == "at" }) { return (k, false) }
        }
        for k in w.indices where w[k].kind == .word {
            // "puts the cost at", "estimates the daily cost at".
            if w[k].facts.contains(.valuingVerb), k + 1 < w.count, ["the", "its", "their"].contains(w[k + 1].lower) {
                var j = k + 2
                while j < w.count, j - k <= 4, w[j].kind == .word, !ClaimFormWords.valuedNouns.contains(w[j].lower) { j += 1 }
                if j < w.count, j - k <= 4, ClaimFormWords.valuedNouns.contains(w[j].lower), j + 1 < w.count,
                   w[j + 1].lower != "of" {
                    return (k, true)
                }
            }
        }
        return nil
    }

    /// The first claim of the same kind (money in one currency, a percentage, or a count) in the sentences
    /// just before, inside the follower's paragraph.
    static func firstAccount(of follower: Figure, in s: Int, _ figures: [Figure], claimsOf: SentenceTable<[Int]>, segmentation: Segmentation) -> Int? {
        let paragraph = segmentation.sentences[s].paragraph
        for back in 1...reach {
            let t = s - back
            guard t >= 0, segmentation.sentences[t].paragraph == paragraph else { return nil }
            if let k = claimsOf[t]?.first(where: { sameKind(figures[$0], follower) }) { return k }
        }
        return nil
    }

    static func sameKind(_ a: Figure, _ b: Figure) -> Bool {
        a.kind == b.kind && a.currency == b.currency && (a.unitClass == "percent") == (b.unitClass == "percent")
    }

    /// The first account has a named source, and the words before the valuing verb (its subject) do not
    /// name that source again: "The Chamber reckons … $250m. The budget office puts the cost at $15m."
    /// `subject`: the lower-cased words before the valuing verb.
    static func anotherSource(_ first: Figure, _ second: Figure, _ subject: [String]) -> Bool {
        guard first.source.status == .specific, let named = first.source.actor ?? first.source.text else { return false }
        let nameWords = Set(named.split(separator: " ").filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
        guard !nameWords.isEmpty else { return false }
        if second.source.status == .specific, let other = second.source.actor ?? second.source.text,
           other.lowercased() == named.lowercased() { return false }
        return !subject.contains { nameWords.contains($0) }
    }
}
