import ErqiFiles

/// libFuzzer target: the JSON reader. Any input must parse or fail with a `FileErrors`;
/// a parsed value's canonical text must parse again to the same canonical text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONParser.parse(bytes, file: "fuzz.json") else { return 0 }
    let text = JSONWriter.canonical(value)
    guard let again = try? JSONParser.parse(text, file: "fuzz.json") else {
        fatalError("canonical JSON does not parse again: \(text.prefix(200))")
    }
    if JSONWriter.canonical(again) != text { fatalError("canonical JSON is not stable: \(text.prefix(200))") }
    return 0
}
