/// Each shell command's help text: what `help` lists and `help COMMAND` shows.
extension Command {
    /// The command's usage, summary, details and example.
    public var spec: CommandSpec {
        switch self {
        case .add:
            CommandSpec(self, group: .edit, usage: "add LEVER [as ID]",
                summary: "add a measure of a lever (its id is the lever's name unless given)",
                details: "Adds a measure of LEVER to the scenario with every field at its default; size it with `set`. A lever may have many measures: the second one is named LEVER-2 unless you name it with `as ID` (letters, digits, '-' and '_'). `levers` lists the levers.",
                example: "add rooftop_pv as pv-mazhai")
        case .set:
            CommandSpec(self, group: .edit, usage: "set ID.FIELD VALUE",
                summary: "set a measure's field; values take units (15MW, 15000kW, 50%, sep)",
                details: "Sets one field of a measure. Numbers may carry a unit that is converted to the field's own (15MW or 15000kW for capacity_mw, 2.2km2, 50% for fractions); start_month takes 1…13 or a month name (13 or never: not in 2015); township, sector and profile take names. Setting a field of a lever's name that is not in the scenario yet adds that measure. After the change the shell prints the intensity change, the tce still to save and which goals are missed.",
                example: "set rooftop_pv.capacity_mw 15MW")
        case .unset:
            CommandSpec(self, group: .edit, usage: "unset ID.FIELD",
                summary: "remove a field so that it takes its default again",
                details: "Removes a field from a measure so that the lever's default applies again (the default comes from the baseline parameter the field names, or is zero for sizes). `show ID` marks the defaults.",
                example: "unset coal_to_gas.hours")
        case .remove:
            CommandSpec(self, group: .edit, usage: "remove ID",
                summary: "remove a measure",
                details: "Removes the measure ID from the scenario. Like every change it can be taken back with `undo`.",
                example: "remove pv-mazhai")
        case .assume:
            CommandSpec(self, group: .edit, usage: "assume KEY VALUE|default",
                summary: "override a baseline parameter (or restore it with `default`)",
                details: "Overrides a baseline parameter for this scenario (saved under `assumptions`), for a sensitivity test or a better figure than the baseline's estimate. VALUE may carry a unit or a % sign; `default` restores the baseline's value. `show KEY` shows the value, its source and whether it is an estimate.",
                example: "assume growth.industry 6%")
        case .uncertain:
            CommandSpec(self, group: .edit, usage: "uncertain KEY DIST VALUES…",
                summary: "give an assumption or a measure field a distribution (for Monte Carlo)",
                details: "Gives KEY (a parameter key or ID.FIELD of a measure) a distribution DIST around its value, saved under `uncertainty`: `uniform LOW HIGH`, `triangular LOW [MODE] HIGH` (the mode defaults to the value), `normal [MEAN] SD` or named fields (`normal sd 10% low 0`), `discrete V1 V2 … [weights W1 W2 …]`. Numbers take the key's units; on a key that is not a fraction, N% is N % of the current value (sd 10% is a tenth of it, low -20% is 20 % below it). A trailing `relative` reads every number as a fraction of the value and keeps it so when the value changes. Whole-number fields (start_month, count.CLASS) take uniform (every whole number from LOW to HIGH) or discrete. Every value the distribution can produce must be valid for KEY: nothing is clamped. `show uncertainty` lists the scenario's uncertain inputs.",
                example: "uncertain growth.industry triangular 0.07 0.09 0.11")
        case .certain:
            CommandSpec(self, group: .edit, usage: "certain KEY",
                summary: "make an uncertain key certain again",
                details: "Takes KEY's distribution away: one the scenario gave is dropped, and one the baseline gives is silenced for this scenario (saved as `null` under `uncertainty`). Like every change it can be taken back with `undo`.",
                example: "certain growth.industry")
        case .option:
            CommandSpec(self, group: .edit, usage: "option pv_accounting counted|offset|default",
                summary: "set how rooftop PV output is counted",
                details: "With `offset` (the baseline's default) PV output reduces the sector's grid electricity and so the energy total; with `counted` energy is unchanged and only CO₂ falls by the output times the grid factor. `default` restores the baseline's choice.",
                example: "option pv_accounting counted")
        case .goals:
            CommandSpec(self, group: .view, usage: "goals",
                summary: "every goal with value, limit, margin and status",
                details: "Checks the plan's goals for the current scenario: the energy-intensity change (≤ −2 %), the four water caps, the no-coal zone area by its deadline, the key enterprises' saving, and each township's intensity change against its target. Margins are in each goal's own unit; a negative margin is a shortfall.",
                example: "goals")
        case .result:
            CommandSpec(self, group: .view, usage: "result",
                summary: "the headline table: GDP, energy, intensity, CO₂, air, water, goals",
                details: "Shows the scenario's projection for 2015 against 2014: GDP, energy (BAU and with measures), intensity and its change, the tce still to save, CO₂, air pollutants, the water totals against their caps, the no-coal zone, the key enterprises and PV output, with a line on how much of the baseline is estimated.",
                example: "result")
        case .townships:
            CommandSpec(self, group: .view, usage: "townships",
                summary: "each township's energy, value added and intensity change",
                details: "Shows the 17 townships and subdistricts of the plan's annex: energy and value added in 2014 and 2015 and the intensity change against each one's target. Measures that name a township count there in full; the rest are split by each township's share of its sector.",
                example: "townships")
        case .departments:
            CommandSpec(self, group: .view, usage: "departments",
                summary: "each lead unit's saving over its levers' measures",
                details: "Sums each lead unit's (牵头单位) measures: how many, the tce saved and the CO₂ avoided.",
                example: "departments")
        case .measures:
            CommandSpec(self, group: .view, usage: "measures",
                summary: "each measure's contribution (tce, CO₂, air, water)",
                details: "Shows each measure's fraction of the year and its contributions against business as usual. Effects are additive, so the column totals are the scenario's total change.",
                example: "measures")
        case .levers:
            CommandSpec(self, group: .view, usage: "levers",
                summary: "the levers: plan task, lead unit, fields with units and defaults",
                details: "Lists the fifteen levers a measure can be made of, with the Chinese name, the plan task it models, its lead unit and its fields with units and defaults (a default in brackets is read from that baseline parameter).",
                example: "levers")
        case .show:
            CommandSpec(self, group: .view, usage: "show MEASURE|LEVER|PARAM",
                summary: "a measure's values, a lever's spec, a parameter with its source, or the uncertain inputs",
                details: "For a measure: every field's current value with its unit, defaults marked, the plan task and lead unit, and the distributions of its uncertain fields. For a lever: its description, fields and defaults. For a parameter key: its value, unit, source (or the note deriving an estimate), its distribution if uncertain and, when the scenario assumes another value, both values. `show uncertainty`: every uncertain input of the scenario with its distribution, central value and 5th to 95th percentile.",
                example: "show coef.tce.electricity")
        case .explain:
            CommandSpec(self, group: .view, usage: "explain TOPIC",
                summary: "a figure computed step by step down to the baseline parameters",
                details: "Shows how a figure is computed, with the numbers substituted, down to the baseline parameters with their sources (estimates marked). TOPIC is a quantity: intensity, energy_gap, co2, cod_household, cod_industrial, nh3n_household, nh3n_industrial, smokeless_area, key_enterprises, township.ID, or a measure's id (its formula, its fraction of the year from the start month and profile weights, and every parameter it reads). When a measure has a quantity's name (key_enterprises), `explain measure ID` picks the measure.",
                example: "explain pv-mazhai")
        case .tasks:
            CommandSpec(self, group: .view, usage: "tasks",
                summary: "the plan's 29 tasks with lead units and the levers that model them",
                details: "Lists the 29 tasks of 二七政办〔2015〕14号 with lead and cooperating units, and the lever(s) that model each task or why none does (institutional tasks).",
                example: "tasks")
        case .sources:
            CommandSpec(self, group: .view, usage: "sources [KEY_PREFIX]",
                summary: "the baseline's sources and every estimated parameter with its note",
                details: "Lists the documents the baseline cites, with their confidence grade, and then every parameter that is an estimate with the note that derives it. A KEY_PREFIX (gdp., energy.industry.) lists only those parameters.",
                example: "sources growth.")
        case .diff:
            CommandSpec(self, group: .session, usage: "diff",
                summary: "what changed since the scenario was loaded",
                details: "Lists the inputs changed since the scenario was loaded: measures added and removed, fields changed with both values, assumptions and options.",
                example: "diff")
        case .solve:
            CommandSpec(self, group: .view, usage: "solve GOAL by TARGET [from LO to HI] [apply]",
                summary: "the value of a field or assumption at which a goal starts to be met",
                details: "GOAL is a goal id (intensity, cod_household, …, smokeless_area, key_enterprises, township.ID), district (every goal that is not a township's) or all. TARGET is a measure field ID.FIELD (a lever's name adds its measure), an assumption key, or scale(ID,ID,…), one factor on the measures' sizes. Without a range the field's valid range is searched, an open upper end by doubling until the goal changes or the model refuses the value. The answer comes with its change from now, the goal's margin there and the intensity change; when the goal is met everywhere, missed everywhere or changes more than once, it says so. `apply` sets the answer in the scenario (undo reverts it).",
                example: "solve intensity by key_enterprises.saving_tce")
        case .compare:
            CommandSpec(self, group: .session, usage: "compare A [B ...]",
                summary: "scenarios side by side: inputs, outputs, goals (`current`: this one)",
                details: "Evaluates scenarios (names in the scenarios folder, files, or `current` for the scenario being edited) and shows the inputs that differ, the outputs side by side with the difference to the first, and each goal met or missed. With one name it compares the current scenario against it.",
                example: "compare plan-2015")
        case .undo:
            CommandSpec(self, group: .session, usage: "undo",
                summary: "take back the last change",
                details: "Takes back the last change (add, set, unset, remove, assume, option, reset, load). Every change can be undone, back to the start of the session.",
                example: "undo")
        case .redo:
            CommandSpec(self, group: .session, usage: "redo",
                summary: "repeat the change last taken back",
                details: "Repeats the change that `undo` last took back. A new change clears what can be redone.",
                example: "redo")
        case .reset:
            CommandSpec(self, group: .session, usage: "reset",
                summary: "go back to the scenario as loaded (undoable)",
                details: "Restores the scenario as it was loaded (or empty, for a new one). This is itself a change: `undo` brings your edits back.",
                example: "reset")
        case .history:
            CommandSpec(self, group: .session, usage: "history",
                summary: "the commands accepted in this session",
                details: "Lists the commands this session accepted, numbered, so that a what-if can be written down or turned into a script for `source`.",
                example: "history")
        case .save:
            CommandSpec(self, group: .files, usage: "save [NAME|FILE] | save! NAME",
                summary: "write the scenario to scenarios/NAME.json (save! overwrites)",
                details: "Writes the scenario in canonical form (sorted keys, two-space indent) atomically to the scenarios folder as NAME.json, or to FILE when the argument has a '/' or ends in .json. Without a NAME it writes back to the file it was loaded from. It refuses to overwrite another existing scenario unless you write `save! NAME`. A scenario that extends another is written as the differences from its parent.",
                example: "save gas-first")
        case .load:
            CommandSpec(self, group: .files, usage: "load NAME|FILE",
                summary: "load a scenario (unsaved changes stay recoverable with undo)",
                details: "Loads scenarios/NAME.json, or FILE, with its `extends` chain merged in. Loading is a change like any other: if the previous scenario had unsaved changes, `undo` brings it back.",
                example: "load plan-2015")
        case .export:
            CommandSpec(self, group: .files, usage: "export FILE | export! FILE",
                summary: "write the current result to FILE (.json, .jsonl, .csv, .md or text)",
                details: "Writes the current scenario's result atomically, in a form chosen by FILE's extension: .json the result object of docs/FORMATS.md (every total, goal, township, measure and department in full precision), .jsonl the same on one line, .csv and .md the headline table and the goals, anything else the tables as shown. It refuses to overwrite an existing file unless you write `export! FILE`.",
                example: "export briefing/plan-2015.json")
        case .scenarios:
            CommandSpec(self, group: .files, usage: "scenarios",
                summary: "the scenarios in the scenarios folder",
                details: "Lists the scenario files of the scenarios folder with name, title and number of measures (after merging what they extend).",
                example: "scenarios")
        case .source:
            CommandSpec(self, group: .files, usage: "source FILE",
                summary: "run a file of shell commands",
                details: "Runs the commands in FILE one line at a time, as if typed. Blank lines and lines starting with # are skipped. The first error stops the script with FILE:LINE: message, unless `.bail off`. Ctrl-C stops it between lines.",
                example: "source what-if.erqi")
        case .mode:
            CommandSpec(self, group: .settings, usage: ".mode table|csv|json|jsonl|markdown",
                summary: "how tables are written",
                details: "Chooses how tables are written: aligned columns for people (table), CSV, JSON and JSON lines (jsonl: one object per row per line) with full-precision numbers and stable column keys for programs, or Markdown to paste into a briefing. Without an argument shows the current mode.",
                example: ".mode markdown")
        case .once:
            CommandSpec(self, group: .settings, usage: ".once FILE",
                summary: "write the next command's output to FILE",
                details: "Sends the output of the next command only to FILE (created or emptied), then back to the terminal. Errors still go to the terminal.",
                example: ".once goals.csv")
        case .output:
            CommandSpec(self, group: .settings, usage: ".output FILE|stdout",
                summary: "write all output to FILE until `.output stdout`",
                details: "Sends the output of every following command to FILE (created or emptied), until `.output stdout` or `.output` alone.",
                example: ".output briefing.md")
        case .timer:
            CommandSpec(self, group: .settings, usage: ".timer on|off",
                summary: "report each command's elapsed time",
                details: "With `.timer on` every command reports its elapsed time on the error stream, so that tables written to a file stay clean.",
                example: ".timer on")
        case .bail:
            CommandSpec(self, group: .settings, usage: ".bail on|off",
                summary: "stop scripts at the first error (on by default)",
                details: "With `.bail on` (the default) a script (`source`, -f, -c or standard input) stops at the first error with FILE:LINE: message and exit status 2. With `.bail off` it reports the error and goes on; the exit status is still 2.",
                example: ".bail off")
        case .folder:
            CommandSpec(self, group: .settings, usage: ".folder [DIR]",
                summary: "the scenarios folder (default ./scenarios)",
                details: "Shows or sets the folder that `save NAME`, `load NAME` and `scenarios` use.",
                example: ".folder ../scenarios")
        case .help:
            CommandSpec(self, group: .other, usage: "help [COMMAND]",
                summary: "the commands, or one command's usage and example",
                details: "Without an argument lists every command with one line each; `help COMMAND` shows its usage, what it does and an example.",
                example: "help set")
        case .quit:
            CommandSpec(self, group: .other, usage: "quit",
                summary: "leave the shell",
                details: "Leaves the shell. Unsaved changes are not saved: `save NAME` first. (Ctrl-D on an empty line asks once when there are unsaved changes.)",
                example: "quit")
        }
    }
}
