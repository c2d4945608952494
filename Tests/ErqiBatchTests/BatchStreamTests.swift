import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender
import Foundation
import Testing

/// Streaming batches: the windowed pipeline keeps order and bounds what it holds; a bad file in
/// the middle of a batch is reported with its file and path, exit 2, and only whole windows
/// before it reach the output.
@Suite struct BatchStreamTests {
    @Test func thePipelineKeepsOrderAndHoldsOneWindowAtATime() {
        var seen: [Int] = []
        var largest = 0
        WindowedPipeline.run(count: 1_003, window: 64, transform: { $0 * 3 }, consume: { results, first in
            #expect(results.first == first * 3)
            largest = max(largest, results.count)
            seen += results
        })
        #expect(seen == (0..<1_003).map { $0 * 3 })
        #expect(largest == 64)
        WindowedPipeline.run(count: 0, transform: { $0 }, consume: { _, _ in Issue.record("nothing to consume") })
    }

    @Test func aThrowingConsumerStopsThePipeline() {
        struct Stop: Error {}
        var windows = 0
        #expect(throws: Stop.self) {
            try WindowedPipeline.run(count: 100, window: 10, transform: { $0 }, consume: { (_: [Int], first: Int) throws(Stop) in
                windows += 1
                if first == 30 { throw Stop() }
            })
        }
        #expect(windows == 4)
    }

    /// `count` small scenario files extending the plan; the ones in `bad` have a negative capacity.
    static func folder(count: Int, bad: Set<Int> = []) throws -> (folder: String, files: [String]) {
        let folder = try BatchFixture.temporaryFolder()
        var files: [String] = []
        for i in 0..<count {
            let capacity = bad.contains(i) ? -1 : i % 20
            files.append(try BatchFixture.planChild(in: folder, name: String(format: "s%03d", i),
                                                    measures: #"{"pv-mazhai": {"capacity_mw": \#(capacity)}}"#))
        }
        return (folder, files)
    }

    @Test func streamedOutputIsTheWholeBatchRendered() throws {
        let (folder, files) = try Self.folder(count: 23)
        defer { BatchFixture.remove(folder) }
        let baseline = try BatchFixture.baseline()
        let runs = try BatchRunner.runAll(files: files, baseline: baseline)
        for format in OutputFormat.allCases {
            var job = RunJob(arguments: files, format: format)
            job.window = 5
            let sink = MemorySink()
            let outcome = job.stream(to: sink) { _ in }
            #expect(outcome == BatchOutcome())
            #expect(sink.text == BatchReport.render(runs, as: format, baseline: baseline.baseline), "\(format)")
        }
    }

    @Test func aBadFileInTheMiddleKeepsTheEarlierWindowsAndReportsEveryBadFile() throws {
        let (folder, files) = try Self.folder(count: 20, bad: [13, 17])
        defer { BatchFixture.remove(folder) }
        var job = RunJob(arguments: files, format: .jsonl)
        job.window = 4
        let sink = MemorySink()
        let outcome = job.stream(to: sink) { _ in }
        #expect(outcome.status == .badInput)
        #expect(outcome.output.isEmpty)
        #expect(outcome.messages.count == 2)
        #expect(outcome.messages[0].hasPrefix(files[13] + ": measures.pv-mazhai.capacity_mw: "))
        #expect(outcome.messages[1].hasPrefix(files[17] + ": measures.pv-mazhai.capacity_mw: "))
        // Windows 0-2 (files 0-11) were written; the window of file 13 (12-15) and later were not.
        let lines = sink.text.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines.last?.contains(#""scenario":"s011""#) == true)
    }

    @Test func aBadFileInTheFirstWindowWritesNothing() throws {
        let (folder, files) = try Self.folder(count: 6, bad: [5])
        defer { BatchFixture.remove(folder) }
        let sink = MemorySink()
        let outcome = RunJob(arguments: files, format: .csv).stream(to: sink) { _ in }
        #expect(outcome.status == .badInput)
        #expect(sink.bytes.isEmpty)
        let check = CheckJob(arguments: files).execute()
        #expect(check.status == .badInput && check.output.isEmpty)
    }

    @Test func outputFileIsWrittenOnlyWhenEveryFileIsGood() throws {
        let (folder, files) = try Self.folder(count: 9, bad: [8])
        defer { BatchFixture.remove(folder) }
        let target = folder + "/out.csv"
        var job = RunJob(arguments: files, format: .csv, outputPath: target)
        job.window = 2
        #expect(job.stream(to: MemorySink()) { _ in }.status == .badInput)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
        job.arguments = Array(files.dropLast())
        #expect(job.stream(to: MemorySink()) { _ in }.status == .success)
        #expect(try BatchFixture.read(target).split(separator: "\n").count == 9)
    }

    @Test func checkStreamsEachScenarioThenTheCount() throws {
        let (folder, files) = try Self.folder(count: 7)
        defer { BatchFixture.remove(folder) }
        let runs = try BatchRunner.runAll(files: files, baseline: try BatchFixture.baseline())
        let outcome = CheckJob(arguments: files).execute()
        #expect(outcome.output == CheckReport(runs).text)
        #expect(outcome.status == (CheckReport(runs).allMet ? .success : .goalMissed))
    }

    @Test func csvFieldsAreQuotedAsTheTableRenderer() {
        for s in ["", "a", "a,b", "say \"hi\"", "line\nbreak", "二七,区", "cr\rx"] {
            var t = ByteText()
            t.append(csvField: s)
            #expect(String(decoding: t.bytes, as: UTF8.self) == TableRenderer.csvField(s))
        }
    }
}

/// `sweep` streams its machine formats window by window, with the same bytes as the whole table.
@Suite struct SweepStreamTests {
    @Test func streamedSweepIsTheWholeTableRendered() throws {
        let path = BatchFixture.scenarioPath("plan-2015")
        let axes = ["pv-mazhai.capacity_mw=0:20:2", "growth.industry=0.05:0.1:0.01"]
        let baseline = try BatchFixture.baseline()
        let sweep = try Sweep(scenario: try BatchFixture.scenario("plan-2015"), axes: axes.map { try SweepAxis.parse($0) },
                              baseline: baseline.baseline, file: path)
        let whole = sweep.table(sweep.run())
        for format in OutputFormat.allCases {
            var job = SweepJob(file: path, axes: axes, format: format)
            job.window = 7
            let outcome = job.execute()
            #expect(outcome.status == .success)
            #expect(outcome.output == TableRenderer.render(whole, as: format), "\(format)")
        }
    }
}
