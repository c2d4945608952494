import ErqiFiles
import Testing

@Suite struct FileErrorTests {
    @Test func rendersFilePathAndMessage() {
        let e = FileError(file: "gas.json", path: "measures.pv-mazhai.capacity_mw",
                          message: "expected a number ≥ 0 in MW, got \"15MW\"")
        #expect(e.description == "gas.json: measures.pv-mazhai.capacity_mw: expected a number ≥ 0 in MW, got \"15MW\"")
        #expect(FileError(file: "a.json", path: "", message: "cannot read: no such file or folder").description
                == "a.json: cannot read: no such file or folder")
    }

    @Test func collectionRendersOneLinePerError() {
        let errs = FileErrors([FileError(file: "a", path: "x", message: "m1"), FileError(file: "a", path: "y", message: "m2")])
        #expect(errs.count == 2)
        #expect(errs.map(\.path) == ["x", "y"])
        #expect(errs.description == "a: x: m1\na: y: m2")
    }
}
