import Testing
@testable import ErqiShell

/// The command enum that dispatch, help and completion share.
@Suite struct CommandTests {
    @Test func everyNameAndAliasFindsItsCommandAndNoNameIsShared() {
        #expect(Set(Command.names).count == Command.names.count)
        for command in Command.allCases {
            #expect(Command(named: command.name) == command)
            for alias in command.aliases { #expect(Command(named: alias) == command) }
            #expect(command.spec.name == command.name)
            #expect(command.spec.aliases == command.aliases)
        }
        #expect(Command(named: "exit") == .quit)
        #expect(Command(named: "save!") == .save)
        #expect(Command(named: "mode") == nil)
        #expect(Command(named: "") == nil)
    }

    @Test func helpListsEveryCommandOnceUnderItsGroupInOrder() {
        let overview = HelpText.overview()
        var position = overview.startIndex
        for group in CommandGroup.allCases {
            guard let heading = overview.range(of: group.title + ":", range: position..<overview.endIndex) else {
                Issue.record("group \(group.title) missing or out of order"); return
            }
            position = heading.upperBound
            for command in Command.allCases where command.spec.group == group {
                guard let line = overview.range(of: "  " + command.spec.usage, range: position..<overview.endIndex) else {
                    Issue.record("\(command.name) missing or out of order"); return
                }
                position = line.upperBound
            }
        }
    }

    @Test func completionOffersEveryCommandNameAndAlias() {
        let completer = Completer(session: Fixtures.shell().session)
        #expect(completer.candidates(before: "", word: "") == Command.names.sorted())
        #expect(completer.candidates(before: "help ", word: "") == Command.names.sorted())
        #expect(completer.candidates(before: "", word: ".") == [".bail", ".folder", ".mode", ".once", ".output", ".timer"])
        #expect(completer.candidates(before: "exit ", word: "").isEmpty)
        #expect(completer.candidates(before: ".output ", word: "std") == ["stdout"])
    }
}
