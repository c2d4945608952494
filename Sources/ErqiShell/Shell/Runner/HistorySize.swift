/// How many entries the interactive shell keeps in its history, in memory and in the file:
/// `$ERQI_HISTSIZE`, a whole number from 1 to 1,000,000, else 5,000.
public enum HistorySize {
    /// Entries kept when `$ERQI_HISTSIZE` is not set.
    public static let defaultEntries = 5000
    /// The most `$ERQI_HISTSIZE` may ask for.
    public static let maximumEntries = 1_000_000

    /// The number of entries for `environment`, and a warning when the variable is set to
    /// something else than a whole number in range (then the default applies, and is named).
    public static func entries(_ environment: [String: String]) -> (entries: Int, warning: String?) {
        guard let raw = environment["ERQI_HISTSIZE"], !raw.isEmpty else { return (defaultEntries, nil) }
        guard let n = Int(raw), n >= 1, n <= maximumEntries else {
            return (defaultEntries, "ERQI_HISTSIZE='\(raw)' is not a whole number from 1 to \(maximumEntries); keeping \(defaultEntries) entries")
        }
        return (n, nil)
    }
}
