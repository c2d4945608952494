public import ErqiFiles
import ErqiRender

/// An `OutputSink` on the process's standard output and standard error (file descriptors 1
/// and 2), written unbuffered so that a program driving the shell through pipes sees every
/// answer at once. Control characters are shown escaped (`TerminalEscape`): everything here is
/// for people, and a scenario's text must not drive the terminal. erqi's own colours (SGR
/// sequences only) pass, and so does the exact sequence `clear` answers with. Every write is
/// checked: a failure goes to `onFailure` with the stream's name (the executable ends the
/// process there), never ignored.
public final class StandardStreams: OutputSink {
    private let onFailure: (DescriptorWriter.Failure, String) -> Void

    public init(onFailure: @escaping (DescriptorWriter.Failure, String) -> Void = { _, _ in }) {
        self.onFailure = onFailure
    }

    /// What `clear` writes: cursor home, then erase the screen.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"

    public func writeOutput(_ text: String) {
        let shown = text == Self.clearScreen ? text : TerminalEscape.escape(text, keepingColour: true)
        if let failure = DescriptorWriter.write(shown, to: 1) { onFailure(failure, "standard output") }
    }

    public func writeError(_ text: String) {
        if let failure = DescriptorWriter.write(TerminalEscape.escape(text, keepingColour: true), to: 2) {
            onFailure(failure, "standard error")
        }
    }
}
