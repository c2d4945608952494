import CLibedit

/// The character-type locale that libedit needs to accept non-ASCII input.
///
/// Swift never calls `setlocale`, and in the C locale libedit silently drops every non-ASCII
/// byte (Chinese input vanishes).
public enum TerminalLocale {
    /// Sets `LC_CTYPE` from the environment (`LC_ALL`, `LC_CTYPE`, `LANG`), falling back to
    /// `C.UTF-8` (or another UTF-8 locale) when the result is not UTF-8, e.g. with `LANG` unset.
    /// Only `LC_CTYPE` changes: number and date formatting stay in the C locale.
    /// Call it once, early, before the first `readLine`.
    public static func configure() {
        _ = erqi_configure_utf8_ctype()
    }

    /// True when the current `LC_CTYPE` codeset is UTF-8.
    public static var isUTF8: Bool {
        erqi_ctype_is_utf8() != 0
    }
}
