import ErqiTestSupport
import Foundation
import Testing

/// A file named by `--output` (or `-o`) that cannot be written is an I/O failure, status 1 as
/// for standard output, not bad input (2): the real binary writing into `/dev/full` (a device,
/// written in place, full whoever runs the test) and into a folder that does not exist.
@Suite struct OutputFileFailureTests {
    static let baseline = "--baseline seeds/baseline-2014.json"

    /// The command with its output going to `target`; the status and standard error.
    static func fails(_ command: String, into target: String) throws -> (status: Int32, stderr: String) {
        try OutputFailureTests.sh(#""$ERQI" "# + command.replacingOccurrences(of: "TARGET", with: target))
    }

    static let commands = [
        "run scenarios/plan-2015.json \(baseline) --output TARGET",
        "run scenarios/ \(baseline) --format csv --output TARGET",
        "sweep scenarios/plan-2015.json --vary growth.industry=0.08:0.09:0.01 \(baseline) --output TARGET",
        "sweep scenarios/plan-2015.json --vary growth.industry=0.08:0.09:0.01 --format csv \(baseline) --output TARGET",
        "montecarlo scenarios/plan-2015.json -n 50 \(baseline) --output TARGET",
        "baseline export \(baseline) --format json -o TARGET",
        "report scenarios/plan-2015.json \(baseline) --force -o TARGET",
    ]

    @Test(arguments: commands)
    func aFullDeviceAsOutputIsStatus1(command: String) throws {
        let r = try Self.fails(command, into: "/dev/full")
        #expect(r.status == 1, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("/dev/full") && r.stderr.contains("no space left on the device"), "\(r.stderr)")
        #expect(!r.stderr.contains("Fatal"))
    }

    @Test(arguments: commands)
    func aMissingFolderAsOutputIsStatus1(command: String) throws {
        let r = try Self.fails(command, into: "/nonexistent-erqi-folder/out.txt")
        #expect(r.status == 1, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("/nonexistent-erqi-folder/out.txt"), "\(r.stderr)")
    }

    @Test func baselineImportIntoAFullDeviceIsStatus1() throws {
        let folder = try TemporaryFolder("erqi-output-failure")
        defer { folder.remove() }
        try folder.write("in.csv", "key,value\ngdp.industry,1000001\n")
        let r = try OutputFailureTests.sh(#""$ERQI" baseline import "# + folder.file("in.csv")
                                          + " --onto seeds/baseline-2014.json -o /dev/full")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("no space left on the device"), "\(r.stderr)")
    }

    @Test func badInputWithAnOutputIsStillStatus2() throws {
        let r = try Self.fails("run no-such-scenario.json \(Self.baseline) --output TARGET", into: "/dev/full")
        #expect(r.status == 2, "\(r.stderr)")
        let report = try TemporaryFolder("erqi-output-failure")
        defer { report.remove() }
        try report.write("brief.html", "old")
        // An existing report without --force is refused as before: bad input, not I/O.
        let refused = try Self.fails("report scenarios/plan-2015.json \(Self.baseline) -o TARGET", into: report.file("brief.html"))
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
    }
}
