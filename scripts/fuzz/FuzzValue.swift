import ErqiModel

/// libFuzzer target: the shell's value parser (`15MW`, `50%`, `sep`), built from ErqiBatch's
/// ValueParser. Any text must give a finite number or an `EditError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValue(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for (unit, field) in [("MW", "capacity_mw"), ("kW", "capacity_kw"), ("km2", "area_km2"), ("fraction", "share"), ("tce", "energy_tce")] {
        if let v = try? ValueParser.number(text, unit: unit, field: field), !v.isFinite {
            fatalError("\(text.debugDescription) in \(unit) gave \(v)")
        }
    }
    // A month may come back out of range (`0`, `-0`): the model's validation refuses it with
    // the field's path, so only a crash is a finding here.
    _ = try? ValueParser.month(text, field: "start_month")
    return 0
}
