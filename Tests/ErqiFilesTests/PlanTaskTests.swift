import ErqiModel
import Testing
@testable import ErqiFiles

@Suite struct PlanTaskTests {
    @Test func embeddedTasksAreThePlansTwentyNine() throws {
        let tasks = try PlanTaskCodec.embedded()
        #expect(tasks.map(\.number) == Array(1...29))
        // Task 9 (transport) is modelled by yellow-label retirement and oil-to-gas, led by 区交通局.
        #expect(tasks[8].lead == "区交通局")
        #expect(Set(tasks[8].levers) == [.yellowLabel, .oilToGas])
        // Every lever with a plan task names a task whose lead unit is the lever's lead unit.
        for spec in LeverCatalog.all {
            guard let n = spec.planTask else { continue }
            #expect(tasks[n - 1].lead == spec.leadUnit, "task \(n) lead vs \(spec.kind.id)")
            #expect(tasks[n - 1].levers.contains(spec.kind))
        }
        #expect(tasks.filter { $0.levers.isEmpty }.allSatisfy { !($0.whyNoLever ?? "").isEmpty })
    }

    @Test func badTasksNameTheirPath() {
        let text = #"{"format": "erqi-plan-tasks", "version": 1, "tasks": [{"number": 1, "title": "t", "title_en": "t", "lead": "x", "cooperating": [], "levers": ["motor"], "why_no_lever": null, "extra": 1}]}"#
        do {
            _ = try PlanTaskCodec.decode(text, file: "tasks.json")
            Issue.record("expected errors")
        } catch {
            let text = error.errors.map(\.description).joined(separator: "\n")
            #expect(text.contains("tasks.json: tasks[0].levers[0]: unknown lever \"motor\" (did you mean 'motors'?)"))
            #expect(text.contains("tasks[0].extra: unknown key"))
        }
    }
}
