/// A baseline's parameters resolved to the slots of its `ParameterLayout`, once per baseline:
/// every scenario compiled on it copies `values` instead of looking keys up.
public final class BaselineIndex: Sendable {
    public let layout: ParameterLayout
    /// Each slot's value (0 where the baseline lacks the key).
    public let values: [Double]
    /// Whether the baseline has each slot's key.
    public let present: [Bool]
    /// Each slot's key as written, for messages.
    public let keyText: [String]
    /// Each slot's typed key.
    public let keys: [ParameterKey]
    /// Slots whose keys every baseline needs but this one lacks.
    public let missingRequired: [Int]
    let slotByText: [String: Int]
    /// The class index of each vehicle-count field name (`count.<class>`).
    let vehicleCountFields: [String: Int]
    /// Goal labels (docs/MODEL.md §6) for every deadline month 1…13 and each township.
    let smokelessGoalLabels: [String]
    let townshipGoalIDs: [String]
    let townshipGoalLabels: [String]

    init(townships: [Township], vehicleClasses: [VehicleClass], profileNames: [String], value: (String) -> Double?) {
        let layout = ParameterLayout(townshipIDs: townships.map(\.id), vehicleClassIDs: vehicleClasses.map(\.id),
                                     profileNames: profileNames)
        self.layout = layout
        let keys = layout.keys
        self.keys = keys
        var values = [Double](repeating: 0, count: layout.count)
        var present = [Bool](repeating: false, count: layout.count)
        var texts: [String] = []
        texts.reserveCapacity(layout.count)
        var byText: [String: Int] = [:]
        byText.reserveCapacity(layout.count)
        var missing: [Int] = []
        for (slot, key) in keys.enumerated() {
            let text = key.text
            texts.append(text)
            byText[text] = slot
            if let v = value(text) {
                values[slot] = v; present[slot] = true
            } else if ParameterLayout.isRequired(key) {
                missing.append(slot)
            }
        }
        self.values = values; self.present = present; self.keyText = texts; self.slotByText = byText
        self.missingRequired = missing
        var counts: [String: Int] = [:]
        for (i, c) in vehicleClasses.enumerated() where counts["count.\(c.id)"] == nil { counts["count.\(c.id)"] = i }
        vehicleCountFields = counts
        smokelessGoalLabels = (0...13).map { "无燃煤区 no-coal zone by month \($0)" }
        townshipGoalIDs = townships.map { "township.\($0.id)" }
        townshipGoalLabels = townships.map { "\($0.name) intensity change" }
    }

    /// The slot of a key as written, or nil when the model does not read it.
    public func slot(_ key: String) -> Int? { slotByText[key] }
}
