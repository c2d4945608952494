import ErqiFiles

/// `erqi fmt FILE... [--check]`: rewrites scenario files in canonical form (sorted keys,
/// two-space indent) atomically, only those whose text changes. With `--check` nothing is
/// written: the files that are not canonical are listed and the status is 1 when there are any.
/// A file that does not decode is bad input (status 2), and then no file is written.
public struct FormatJob: Sendable {
    public var arguments: [String]
    public var checkOnly: Bool

    public init(arguments: [String], checkOnly: Bool = false) {
        self.arguments = arguments; self.checkOnly = checkOnly
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("fmt: name at least one scenario file, folder or pattern") }
            let files = try ScenarioPaths.expand(arguments)
            let forms = Parallel.map(count: files.count) { i -> Result<CanonicalForm, BatchError> in
                do throws(BatchError) { return .success(try CanonicalForm(file: files[i])) } catch { return .failure(error) }
            }
            var errors: [BatchError] = []
            var pending: [CanonicalForm] = []
            for form in forms {
                switch form {
                case .success(let f): if !f.isCanonical { pending.append(f) }
                case .failure(let e): errors.append(e)
                }
            }
            if !errors.isEmpty { throw BatchError.combined(errors) }
            if checkOnly {
                let lines = pending.map { "\($0.file): not in canonical form (run: erqi fmt \($0.file))" }
                return BatchOutcome(output: lines.map { $0 + "\n" }.joined(),
                                    status: pending.isEmpty ? .success : .needsFormatting)
            }
            var written: [String] = []
            for form in pending {
                do {
                    try AtomicFile.write(form.canonical, to: form.file, overwrite: true)
                    written.append(form.file)
                } catch {
                    let done = written.isEmpty ? [] : ["formatted before the failure: " + written.joined(separator: ", ")]
                    var e = BatchError.output(error)
                    e.lines += done
                    throw e
                }
            }
            let summary = "\(written.count) file\(written.count == 1 ? "" : "s") reformatted, "
                + "\(files.count - written.count) already canonical"
            return BatchOutcome(output: written.map { "formatted \($0)\n" }.joined() + summary + "\n")
        } catch {
            return .failure(error)
        }
    }
}

/// A scenario file's text and its canonical form.
public struct CanonicalForm: Sendable {
    public var file: String
    public var original: [UInt8]
    public var canonical: String

    /// Reads and decodes `file` as written (`extends` not merged, `null`s kept).
    public init(file: String) throws(BatchError) {
        do {
            let bytes = try FileReader.bytes(atPath: file)
            let decoded = try ScenarioCodec.decode(JSONParser.parse(bytes, file: file), file: file)
            self.file = file
            self.original = bytes
            self.canonical = ScenarioCodec.text(decoded)
        } catch {
            throw BatchError(error)
        }
    }

    /// Whether the file is byte for byte in canonical form.
    public var isCanonical: Bool { original.elementsEqual(canonical.utf8) }
}
