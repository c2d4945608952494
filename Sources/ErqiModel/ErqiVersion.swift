/// The program's version: `erqi --version`, the man page and the report's honesty note all
/// print this one constant.
public enum ErqiVersion {
    /// The version of this erqi build.
    public static let current = "0.9.0"
}
