/// erqi's version as the report prints it in its honesty note.
public enum ReportVersion {
    /// The version of this erqi build.
    public static let current = "0.1.0"
}
