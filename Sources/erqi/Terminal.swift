import Foundation

/// Writes to standard output and standard error, unbuffered.
enum Terminal {
    static func writeOut(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Each message on its own line, prefixed `erqi: ` unless it already names a file.
    static func writeError(_ messages: [String]) {
        guard !messages.isEmpty else { return }
        let text = messages.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }
}
