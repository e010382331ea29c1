/// The fix for `actor-variant`: respell mentions as the workspace's dominant form. A possessive ending that
/// slipped into a mention's range is kept, so "Kim Jong-un's" becomes "Kim Jong Un's", never "Kim Jong Un".
public enum VariantRewrite {
    public static func edits(_ ranges: [Range<Int>], to preferred: String, in text: SourceText) -> [TextReplacement] {
        ranges.map { r in
            let current = text.string(r)
            var replacement = preferred
            for suffix in ["'s", "\u{2019}s"] where current.hasSuffix(suffix) && !preferred.hasSuffix(suffix) {
                replacement += suffix
                break
            }
            return TextReplacement(range: r, text: replacement)
        }
    }
}
