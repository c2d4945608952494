import ErqiTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, item 4, with the real binary: /dev/zero, a FIFO and $ERQI_MAX_INPUT_BYTES.
@Suite struct BoundedReadCliTests {
    @Test func runOfDevZeroIsRefusedPromptly() throws {
        let r = try Cli.run(["run", "/dev/zero"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/dev/zero: cannot read: is a device, not a regular file"))
    }

    @Test func aFIFOAsScenarioOrScriptIsRefusedWithoutBlocking() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        #expect(mkfifo(folder.file("p.json"), 0o600) == 0)
        let run = try Cli.run(["run", folder.file("p.json")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a FIFO, not a regular file"))
        let script = try Cli.run(["--no-init", "-f", folder.file("p.json")])
        #expect(script.status == 2)
        #expect(script.stderr.contains("is a FIFO, not a regular file"))
    }

    @Test func theEnvironmentVariableSetsTheLimit() throws {
        let plan = Cli.scenario("plan-2015")
        let small = try Cli.run(["run", plan], environment: ["ERQI_MAX_INPUT_BYTES": "100"])
        #expect(small.status == 2)
        #expect(small.stderr.contains("\(plan): cannot read: larger than the input limit of 100 bytes (set ERQI_MAX_INPUT_BYTES to raise it)"))
        let large = try Cli.run(["run", plan], environment: ["ERQI_MAX_INPUT_BYTES": "100000000"])
        #expect(large.status == 0, "\(large.stderr)")
        let bad = try Cli.run(["run", plan], environment: ["ERQI_MAX_INPUT_BYTES": "lots"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("ERQI_MAX_INPUT_BYTES: 'lots' is not a positive whole number of bytes"))
    }

    @Test func scriptsReadFromStandardInputByName() throws {
        let r = try Cli.run(["--no-init", "-f", "/dev/stdin"], in: Cli.root, input: "load plan-2015\ngoals\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.isEmpty)
    }
}
