import ErqiFiles
import ErqiModel

/// (d) Result objects written on one core: the byte writers (`ResultWriter`) against the
/// `JSONValue` tree writers they replaced (`ResultCodec`). Rates are bytes per CPU second of the
/// writing thread, so that other processes on a shared machine do not stretch them.
struct WriterBench {
    var canonicalMBps: Double
    var lineMBps: Double
    var oldCanonicalMBps: Double
    var oldLineMBps: Double
    var objectBytes: Int

    static func run(result: ScenarioResult, runs: Int = 5) -> WriterBench {
        let objectBytes = ResultCodec.text(result).utf8.count
        func rate(_ body: () -> Int) -> Double {
            var rates: [Double] = []
            for _ in 0..<runs {
                var bytes = 0
                let t = Clock.cpuTime { bytes = body() }
                rates.append(Double(bytes) / t / 1e6)
            }
            return Clock.median(rates)
        }
        let n = 2_000
        var text = ByteText(capacity: 64 * 1024)
        let canonical = rate {
            var total = 0
            for _ in 0..<n { text.removeAll(); ResultWriter.canonical(result, into: &text); total += text.count }
            return total
        }
        let line = rate {
            var total = 0
            for _ in 0..<n { text.removeAll(); ResultWriter.line(result, into: &text); total += text.count }
            return total
        }
        let old = n / 10
        let oldCanonical = rate {
            var total = 0
            for _ in 0..<old { total += ResultCodec.text(result).utf8.count }
            return total
        }
        let oldLine = rate {
            var total = 0
            for _ in 0..<old { total += ResultCodec.line(result).utf8.count }
            return total
        }
        return WriterBench(canonicalMBps: canonical, lineMBps: line, oldCanonicalMBps: oldCanonical,
                           oldLineMBps: oldLine, objectBytes: objectBytes)
    }
}
