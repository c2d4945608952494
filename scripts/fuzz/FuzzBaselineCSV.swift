import ErqiFiles
import ErqiModel

/// libFuzzer target: `erqi baseline import`, the CSV reader (encodings, quoting, rows and
/// columns) and the checks of each row, applied in memory to the embedded baseline, which is
/// decoded once. Any input must give a baseline or `FileErrors` naming the CSV file. A baseline
/// it gives must pass the model's own checks and project the business-as-usual scenario to a
/// result or a model error, never a crash; for one such input in eight, its JSON must decode to
/// the same baseline and its changed rows exported again must import onto it as no change.
private let onto: Baseline = {
    do { return try BaselineStore.embedded() } catch { fatalError("the embedded baseline does not load: \(error)") }
}()
private let csvName = "fuzz.csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBaselineCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let outcome: BaselineImport.Outcome
    do { outcome = try BaselineImport.apply(bytes: bytes, file: csvName, onto: onto) } catch {
        if let stray = error.errors.first(where: { $0.file != csvName }) { fatalError("an error that does not name the CSV file: \(stray)") }
        return 0
    }
    let result = outcome.baseline
    // Nothing changed: the result must be the embedded baseline itself, which is known to
    // round-trip (re-encoding its 494 parameters each time was a third of the target's time).
    if outcome.changedKeys.isEmpty {
        if result != onto { fatalError("an import that changed nothing gives another baseline") }
        return 0
    }
    let issues = result.validate()
    if !issues.isEmpty { fatalError("an imported baseline fails the model's checks: \(issues)") }
    _ = try? Engine.project(baseline: result, scenario: Scenario(name: "bau"))
    // The round trips below re-encode and re-read all 650 parameters (four times the import's
    // own work): they run on one accepted input in eight, picked by a hash of the input, so that
    // a finding repeats on the same input.
    guard roundTripPicked(data, size) else { return 0 }
    let text = BaselineCodec.text(result)
    do {
        let again = try BaselineCodec.decode(text, file: "again.json")
        if again != result { fatalError("the imported baseline's JSON decodes to another baseline") }
    } catch {
        fatalError("the imported baseline's JSON does not decode: \(error)")
    }
    // The changed rows as `baseline export` writes them, imported onto the result: no change.
    let table = BaselineTable.rows(result, .parameters)
    let changed = Set(outcome.changedKeys)
    let rows = table.rows.filter { changed.contains($0[0]) }
    let csv = CSVWriter(style: .plain).text(header: table.header, rows: rows)
    do {
        let back = try BaselineImport.apply(bytes: Array(csv.utf8), file: "again.csv", onto: result)
        if !back.changedKeys.isEmpty || back.baseline != result {
            fatalError("exported rows import as a change: \(back.changedKeys)\n\(csv.prefix(400))")
        }
    } catch {
        fatalError("exported rows of an imported baseline do not import: \(error)\n\(csv.prefix(400))")
    }
    return 0
}

/// True for one input in eight: FNV-1a of its bytes.
private func roundTripPicked(_ data: UnsafePointer<UInt8>, _ size: Int) -> Bool {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in 0..<size { h = (h ^ UInt64(data[i])) &* 0x0000_0100_0000_01b3 }
    return h % 8 == 0
}
