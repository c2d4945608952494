import ArgumentParser
import ErqiBatch
import Foundation

/// `erqi report FILE... [-o briefing.html] [--force] [--baseline FILE]`.
struct ReportCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a one-file HTML briefing for one or several scenarios side by side.",
        discussion: """
            The page holds a verdict card per scenario (each goal met or missed, with its margin, \
            and the tce still to save), intensity against the target, the wedge, township and \
            water charts, the measures with their plan task and lead unit, the inputs that differ, \
            and which figures are estimates. Inline CSS and SVG only: no script, nothing fetched. \
            It is written atomically and never over an existing file unless --force is given. The \
            date printed is today's (UTC), or that of SOURCE_DATE_EPOCH when it is set.
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var outputPath = "briefing.html"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        switch ReportDate.today() {
        case .success(let date):
            return ReportJob(arguments: files, outputPath: outputPath, force: force, baselinePath: baseline.path, date: date).execute()
        case .failure(let error):
            return .failure(error)
        }
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, or that of `SOURCE_DATE_EPOCH` when set.
enum ReportDate {
    static func today() -> Result<String, BatchError> {
        var seconds = Date().timeIntervalSince1970
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let v = Int64(epoch), v >= 0 else {
                return .failure(BatchError("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 (e.g. 1420070400), got '\(epoch)'"))
            }
            seconds = Double(v)
        }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return .success(f.string(from: Date(timeIntervalSince1970: seconds)))
    }
}
