import CLibedit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signature of `LineEditor.completer`.
public typealias LineCompleter = (_ before: String, _ word: String) -> [String]

/// The completer of the `LineEditor` that is reading a line right now.
///
/// The libedit callback is `@convention(c)` and cannot capture, so its state lives here. It is
/// written by `readLine` just before `readline()`, on the same thread that runs the callback.
nonisolated(unsafe) private var activeCompleter: LineCompleter?

/// Makes `completer` the one the Tab callback consults, and installs the callback.
func activateCompleter(_ completer: LineCompleter?) {
    activeCompleter = completer
    erqi_rl_set_attempted_completion_function(erqiAttemptedCompletion)
}

/// libedit's attempted-completion callback.
///
/// `text` is the word being completed; `start` and `end` count characters (wide characters,
/// i.e. Unicode scalars), not bytes. Returns a malloc'ed, NULL-terminated array of malloc'ed
/// strings (libedit frees them): the text to put in place of the word, then the candidates.
private func erqiAttemptedCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Reset after every completion by libedit: without it an empty result falls back to
    // file-name completion.
    erqi_rl_set_attempted_completion_over(1)
    guard let completer = activeCompleter else { return nil }
    let word = text.map { String(cString: $0) } ?? ""
    let before = lineBeforeWord(wordStart: Int(start))
    let candidates = CompletionMatches.unique(completer(before, word))
    return CompletionMatches.makeArray(word: word, candidates: candidates)
}

/// The text of the line before the word being completed: the first `wordStart` Unicode
/// scalars of the line (libedit counts wide characters, so the UTF-8 buffer is not sliced
/// by that number).
private func lineBeforeWord(wordStart: Int) -> String {
    guard wordStart > 0, let buffer = erqi_rl_line_buffer() else { return "" }
    // Only the bytes up to the cursor matter; the word ends at the cursor.
    let cursor = Int(erqi_rl_point())
    let length = strlen(buffer)
    let bytes = UnsafeRawBufferPointer(start: buffer, count: cursor >= 0 && cursor < length ? cursor : length)
    let line = String(decoding: bytes, as: UTF8.self)
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: line.unicodeScalars.prefix(wordStart))
    return String(scalars)
}

/// Building the array libedit expects from an attempted-completion callback.
enum CompletionMatches {
    /// Drops empty strings and repeats, keeping the first occurrence's order.
    static func unique(_ candidates: [String]) -> [String] {
        var seen = Set<String>()
        return candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The text that replaces the word: the only candidate, or the candidates' longest common
    /// prefix when it extends the typed word (otherwise the word itself, left unchanged).
    static func replacement(word: String, candidates: [String]) -> String {
        if candidates.count == 1 { return candidates[0] }
        let prefix = longestCommonPrefix(candidates)
        return prefix.hasPrefix(word) ? prefix : word
    }

    /// The longest common prefix, by characters (never splits a UTF-8 sequence).
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = Substring(first)
        for string in strings.dropFirst() {
            let common = zip(prefix, string).prefix { $0 == $1 }.count
            prefix = prefix.prefix(common)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// `[replacement, candidate1, …, candidateN, NULL, NULL]`, every string strdup'ed.
    ///
    /// libedit tests `matches[2] == NULL` even when there is one match, so the array always has
    /// at least three slots; with one candidate, replacement and candidate are equal, which
    /// libedit reads as "single match" and appends a space. Returns nil for no candidates.
    static func makeArray(word: String, candidates: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !candidates.isEmpty else { return nil }
        let strings = [replacement(word: word, candidates: candidates)] + candidates
        let slots = strings.count + 2
        guard let raw = calloc(slots, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slots)
        for (index, string) in strings.enumerated() {
            array[index] = strdup(string)
        }
        return array
    }
}
