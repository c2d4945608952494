import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

/// Issue 13, item 3: no lost updates. `save` of the loaded file refuses when the file on disk
/// is no longer the one read; `save NEW` creates the file exclusively.
@Suite struct LostUpdateTests {
    @Test func theSecondOfTwoShellsSavingTheSameFileIsRefusedNamingTheChange() throws {
        let folder = Fixtures.scenariosCopy()
        let first = Fixtures.shell(folder: folder), second = Fixtures.shell(folder: folder)
        first.run("load plan-2015")
        second.run("load plan-2015")
        first.run("set motors.capacity_kw 25000", "save")
        second.run("set motors.note \"qq-second-qq\"")
        let refused = second.execute(line: "save")
        let error = try #require(refused.error)
        #expect(error.hasPrefix("\(folder)/plan-2015.json changed on disk since it was loaded (measures.motors.capacity_kw "))
        #expect(error.contains("25000"))
        #expect(error.contains("`save! plan-2015` overwrites it"))
        #expect(second.session.isDirty)
        let onDisk = try String(contentsOfFile: folder + "/plan-2015.json", encoding: .utf8)
        #expect(onDisk.contains("25000"))
        #expect(!onDisk.contains("qq-second-qq"))
        // save! overwrites knowingly; afterwards plain save works again.
        #expect(second.execute(line: "save!").error == nil)
        second.run("set motors.note \"third\"")
        #expect(second.execute(line: "save").error == nil)
    }

    @Test func savingTwiceFromOneShellIsFine() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015", "set motors.capacity_kw 25000", "save", "set motors.capacity_kw 26000")
        #expect(shell.execute(line: "save").error == nil)
        #expect(shell.execute(line: "save plan-2015").error == nil)
    }

    @Test func aLoadedFileRemovedMeanwhileIsNotSilentlyRecreated() throws {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load bau", "add motors")
        try FileManager.default.removeItem(atPath: folder + "/bau.json")
        #expect(shell.execute(line: "save").error == "\(folder)/bau.json was removed since it was loaded; `save! bau` overwrites it; `load bau` reads it (then `undo` brings your version back)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/bau.json"))
    }

    @Test func ofManyShellsSavingOneNewNameAtOnceExactlyOneWins() throws {
        for round in 0..<8 {
            let folder = Fixtures.temporaryFolder()
            let shells = (0..<6).map { i in
                let shell = Fixtures.shell(folder: folder)
                shell.run("add motors", "set motors.note \"shell \(i)\"")
                return shell
            }
            let outcomes = Outcomes(count: shells.count)
            let box = UncheckedShells(shells)
            DispatchQueue.concurrentPerform(iterations: shells.count) { i in
                outcomes.set(i, box.shells[i].execute(line: "save racy").error)
            }
            let errors = outcomes.all
            let winners = errors.indices.filter { errors[$0] == nil }
            #expect(winners.count == 1, "round \(round): \(errors)")
            for e in errors.compactMap({ $0 }) {
                #expect(e == "\(folder)/racy.json exists and holds another scenario; `save! racy` overwrites it")
            }
            if let w = winners.first {
                #expect(try String(contentsOfFile: folder + "/racy.json", encoding: .utf8).contains("shell \(w)"))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["racy.json"])
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}

/// Shells handed to worker threads, each used by one thread only.
private final class UncheckedShells: @unchecked Sendable {
    let shells: [Shell]
    init(_ shells: [Shell]) { self.shells = shells }
}

/// Results written by worker threads.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: String?) { lock.lock(); values[i] = v; lock.unlock() }
    var all: [String?] { lock.lock(); defer { lock.unlock() }; return values }
}
