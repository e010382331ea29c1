/// Finds figures in prose and reads them (value, interval, unit, measure, rate, kind).
public enum FigureScanner {
    public static func scan(_ text: SourceText, segmentation: Segmentation) -> [Figure] {
        []
    }
}
