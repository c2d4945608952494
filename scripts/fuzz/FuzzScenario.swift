import ErqiFiles
import ErqiModel
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: the scenario loader with `extends`. The input is split at its first
/// NUL byte into a parent file and a child file that extends it (`"extends": "parent"`
/// written by the fuzzer or not); both are written to a private folder and the child is
/// loaded. It must load or fail with `FileErrors`; a loaded scenario's canonical file must
/// load again to the same scenario (measures compared by id: canonical files sort keys).
private let folder: String = {
    var template = Array("/tmp/erqi-fuzz-XXXXXX".utf8CString)
    guard let p = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    return String(cString: p)
}()

private func put(_ bytes: ArraySlice<UInt8>, _ name: String) {
    let fd = open(folder + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fatalError("cannot write \(name)") }
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0) ?? bytes.count
    put(bytes[..<cut], "parent.json")
    put(cut < bytes.count ? bytes[(cut + 1)...] : [], "child.json")
    let child = folder + "/child.json"
    guard let scenario = try? ScenarioLoader.load(path: child) else { return 0 }
    let parent = try? ScenarioLoader.parent(scenario.extends, of: child)
    let text = ScenarioCodec.text(scenario, parent: parent)
    put(ArraySlice(text.utf8), "again.json")
    let again: Scenario
    do { again = try ScenarioLoader.load(path: folder + "/again.json") } catch {
        fatalError("the canonical file of a loaded scenario does not load: \(error)\n\(text.prefix(300))")
    }
    // Canonical files sort keys, so new measures come back in id order (documented); compare
    // the measures by id.
    var a = again, b = scenario
    a.measures.sort { $0.id < $1.id }
    b.measures.sort { $0.id < $1.id }
    if a != b { fatalError("canonical file loads to another scenario:\n\(text.prefix(300))") }
    return 0
}
