import ErqiBatch
import ErqiFiles
import ErqiModel
import Foundation

/// (b) Many scenario files written to a temporary folder, then parsed and evaluated in parallel.
struct BatchBench {
    var files: Int
    var runs: Int
    var seconds: Double
    var csvSeconds: Double
    var jsonlSeconds: Double
    var jsonlBytes: Int

    var filesPerSecond: Double { Double(files) / seconds }

    static func run(baseline: LoadedBaseline, planPath: String, count: Int, runs: Int = 3) throws -> BatchBench {
        let folder = try BenchFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: planPath, toPath: folder + "/plan-2015.json")
        var paths: [String] = []
        paths.reserveCapacity(count)
        for i in 0..<count {
            let path = folder + "/s\(i).json"
            let text = """
                {
                  "extends": "plan-2015",
                  "format": "erqi-scenario",
                  "measures": {
                    "c2g-mazhai-boilers": {"capacity_tph": \(10 + i % 40), "start_month": \(1 + i % 12)},
                    "pv-mazhai": {"capacity_mw": \(Double(i % 200) / 10)},
                    "key_enterprises": {"saving_tce": \(15000 + i % 10000)}
                  },
                  "assumptions": {"growth.industry": \(0.05 + Double(i % 50) / 1000)},
                  "name": "s\(i)",
                  "version": 1
                }

                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        var times: [Double] = []
        var runsOut: [ScenarioRun] = []
        for _ in 0..<runs {
            times.append(try Clock.time { runsOut = try BatchRunner.runAll(files: paths, baseline: baseline) })
        }
        precondition(runsOut.count == count)
        var csv = "", jsonl = ""
        let csvSeconds = Clock.time { csv = BatchReport.render(runsOut, as: .csv, baseline: baseline.baseline) }
        let jsonlSeconds = Clock.time { jsonl = BatchReport.render(runsOut, as: .jsonl, baseline: baseline.baseline) }
        precondition(!csv.isEmpty)
        return BatchBench(files: count, runs: runs, seconds: Clock.median(times), csvSeconds: csvSeconds,
                          jsonlSeconds: jsonlSeconds, jsonlBytes: jsonl.utf8.count)
    }
}
