import CLibedit

/// Ctrl-C handling: installs a SIGINT handler (sigaction without SA_RESTART) that only sets an
/// atomic flag.
///
/// While a line is edited, the key reader sees the flag (race-free, even when Ctrl-C comes
/// right after other keys), so `readline()` returns and `LineEditor.readLine(prompt:)` reports
/// `.interrupted`. Without `SA_RESTART`, other blocking calls made while a command runs may
/// fail with `EINTR` when Ctrl-C is pressed. The handler stays installed while
/// commands run: a long command polls `requested` to cancel itself, and Ctrl-C never kills
/// the process.
public enum Interrupts {
    /// The flag, allocated once; written by the signal handler through C atomics.
    nonisolated(unsafe) private static let flag: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Installs the SIGINT handler. Idempotent. Call it once at startup, on the main thread.
    public static func install() {
        _ = flag  // initialize the global before any signal can arrive
        _ = erqi_install_sigint_handler(erqiSigintHandler)
    }

    /// True once Ctrl-C was pressed since the last call to `clear()`; long commands poll it
    /// to cancel. `LineEditor.readLine(prompt:)` clears it on entry and when it reports
    /// `.interrupted`.
    public static var requested: Bool {
        erqi_flag_load(flag) != 0
    }

    /// Forgets any pending Ctrl-C.
    public static func clear() {
        erqi_flag_store(flag, 0)
    }

    /// The flag itself, for the key reader's race-free wait.
    static var flagPointer: UnsafeMutablePointer<Int32> { flag }

    /// Returns whether Ctrl-C was pending, and clears it.
    static func consume() -> Bool {
        erqi_flag_exchange(flag, 0) != 0
    }

    /// Called from the signal handler: async-signal-safe (one atomic store).
    fileprivate static func raise() {
        erqi_flag_store(flag, 1)
    }
}

/// The SIGINT handler: a plain C function pointer; it only sets the flag.
private func erqiSigintHandler(_ signal: Int32) {
    Interrupts.raise()
}
