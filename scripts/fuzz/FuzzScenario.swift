import ErqiFiles
import ErqiModel

/// libFuzzer target: the scenario loader with `extends`. The input is split at its first
/// NUL byte into a parent file and a child file that extends it (`"extends": "parent"`
/// written by the fuzzer or not), and the child is loaded with its chain. It must load or
/// fail with `FileErrors`; a loaded scenario's canonical file must load again to the same
/// scenario (measures compared by id: canonical files sort keys).
///
/// The files are held in memory (`ScenarioSource.memory`), so that each input costs the
/// loader's work only: written to disk, ext4's flush on rewrite made the harness run about
/// 200 inputs a second.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cut = bytes.firstIndex(of: 0) ?? size
    let parent = Array(bytes[..<cut])
    let child = cut < size ? Array(bytes[(cut + 1)...]) : []
    let childPath = "/fuzz/child.json"
    var files = ["/fuzz/parent.json": parent, childPath: child]
    guard let scenario = try? ScenarioLoader.load(path: childPath, source: .memory(files)) else { return 0 }
    let merged = try? ScenarioLoader.parent(scenario.extends, of: childPath, source: .memory(files))
    let text = ScenarioCodec.text(scenario, parent: merged)
    files["/fuzz/again.json"] = Array(text.utf8)
    let again: Scenario
    do { again = try ScenarioLoader.load(path: "/fuzz/again.json", source: .memory(files)) } catch {
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
