/// Where the interactive shell keeps its history file: `$ERQI_HISTORY`, else
/// `$XDG_STATE_HOME/erqi/history`, else `~/.local/state/erqi/history`; an empty variable
/// counts as unset.
public enum HistoryLocation {
    /// The history file for `environment`, or nil when none of the variables is set (no history file).
    public static func path(_ environment: [String: String]) -> String? {
        if let explicit = environment["ERQI_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/erqi/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/erqi/history" }
        return nil
    }
}
