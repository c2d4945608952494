import ErqiFiles

/// Where a streaming batch job writes: the file `--output` names (`FileOutput.atomic`, which
/// replaces a regular file only when `finish()` commits it) or else the caller's sink. Every
/// failure here is an output's (`BatchError.output`, status 1).
final class BatchOutput {
    private let file: FileOutput?
    private let sink: any ByteSink

    init(outputPath: String?, otherwise sink: any ByteSink) throws(BatchError) {
        if let outputPath {
            let file: FileOutput
            do throws(FileErrors) { file = try FileOutput.atomic(path: outputPath) } catch { throw BatchError.output(error) }
            self.file = file
            self.sink = file
        } else {
            self.file = nil
            self.sink = sink
        }
    }

    func write(_ bytes: [UInt8]) throws(BatchError) {
        do throws(FileErrors) { try sink.write(bytes) } catch { throw BatchError.output(error) }
    }

    func write(_ text: String) throws(BatchError) { try write(Array(text.utf8)) }

    /// Writes out what is buffered (what a failed batch leaves on standard output).
    func flush() throws(BatchError) {
        do throws(FileErrors) { try sink.flush() } catch { throw BatchError.output(error) }
    }

    /// The job is done: `--output` is committed, or the sink flushed.
    func finish() throws(BatchError) {
        do throws(FileErrors) {
            if let file { try file.commit() } else { try sink.flush() }
        } catch {
            throw BatchError.output(error)
        }
    }

    /// The job failed: `--output` is left as it was.
    func abandon() { file?.abandon() }
}
