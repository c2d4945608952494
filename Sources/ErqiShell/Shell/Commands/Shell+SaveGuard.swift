import ErqiBatch
import ErqiFiles
import ErqiModel

/// `save` without losing anyone's update: the loaded file is overwritten only while it is still
/// the file this session read (same SHA-256), and a new name is created exclusively, so that of
/// two shells saving the same new name one is told it is taken. `save!` skips both checks.
extension Shell {
    func writeSaved(_ text: String, scenario: Scenario, to path: String, spelled: String, force: Bool) throws(ShellError) {
        let isLoadedFile = ShellFileSystem.samePath(path, session.document.file)
        if force {
            try ShellFileSystem.writeAtomically(text, to: path)
        } else if isLoadedFile, let recorded = session.diskDigests.recorded(path) {
            let now = ShellFileSystem.digest(path)
            if now != recorded.digest {
                throw ShellError(changedOnDisk(path, spelled: spelled, exists: now != nil, known: recorded.scenario))
            }
            try ShellFileSystem.writeAtomically(text, to: path)
        } else if isLoadedFile {
            // A file the session was started on without reading it here: no digest to compare.
            try ShellFileSystem.writeAtomically(text, to: path)
        } else {
            do {
                try ShellFileSystem.writeAtomically(text, to: path, overwrite: false)
            } catch {
                guard ShellFileSystem.exists(path) else { throw error }
                throw ShellError("\(path) exists and holds another scenario; `save! \(spelled)` overwrites it")
            }
        }
        session.diskDigests.record(path, digest: SHA256.hex(text), scenario: scenario)
    }

    /// What changed in the file since it was loaded, as a refusal message.
    func changedOnDisk(_ path: String, spelled: String, exists: Bool, known: Scenario) -> String {
        let advice = "`save! \(spelled)` overwrites it; `load \(spelled)` reads it (then `undo` brings your version back)"
        guard exists else { return "\(path) was removed since it was loaded; \(advice)" }
        var what = "its text changed"
        if let disk = try? ScenarioLoader.load(path: path) {
            let differences = InputDifferences.find([known, disk], baseline: session.baseline, includeNotes: true)
            if !differences.isEmpty {
                let shown = differences.prefix(5).map { "\($0.path) \($0.values.map(\.text).joined(separator: " → "))" }
                what = shown.joined(separator: ", ") + (differences.count > 5 ? " and \(differences.count - 5) more" : "")
            }
        } else {
            what = "it no longer loads"
        }
        return "\(path) changed on disk since it was loaded (\(what)); \(advice)"
    }
}
