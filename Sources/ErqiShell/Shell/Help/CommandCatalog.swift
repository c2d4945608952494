/// Each shell command's help text: what `help` lists and `help COMMAND` shows.
extension Command {
    /// The command's usage, summary, details and example.
    public var spec: CommandSpec {
        switch self {
        case .add:
            CommandSpec(self, group: .edit, usage: "add LEVER [as ID]",
                summary: "add a measure of a lever (its id is the lever's name unless given)",
                details: "Adds a measure of LEVER to the scenario with every field at its default and says which start month, sector and township it took; size it with `set`. A lever may have many measures: the second one is named LEVER-2 unless you name it with `as ID` (letters, digits, '-' and '_'). `levers` lists the levers.",
                example: "add rooftop_pv as pv-mazhai")
        case .set:
            CommandSpec(self, group: .edit, usage: "set ID.FIELD VALUE",
                summary: "set a measure's field: 15MW, 2.14万tce, 0.6%, sep; or change it: +3, +10%, *1.5",
                details: "Sets one field of a measure. Numbers may carry a unit, with or without a space, that is converted to the field's own (15MW or 15000kW for capacity_mw, 2.2km2, 2.14万tce, 50% for fractions) and may group digits in threes (21,400). A leading sign changes the current value (or the default) instead of replacing it: +500 and -2MW add and take away, +10% and -5% change it by that share, *1.5 multiplies; on a fraction field % is the unit, so +1% adds one percentage point. start_month takes 1…13 or a month name (13 or never: not in 2015); +3 delays it by three months and -2 brings it forward (past dec it becomes 13, not in 2015, and says so). A field called percent refuses a bare number, because 0.6 could mean 0.6 % or 60 %: write 0.6% (the error names both readings); other fractions (gain, replacement) take a bare fraction and the answer shows it as a percentage. township, sector and profile take names. Setting a field of a lever's name that is not in the scenario yet adds that measure. The answer shows the new value and the old one, then the intensity change, the tce still to save and which goals are missed.",
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
                details: "Overrides a baseline parameter for this scenario (saved under `assumptions`), for a sensitivity test or a better figure than the baseline's estimate. VALUE may carry a unit or a % sign; *1.1 scales the value in force; a signed number is a value, not a change, since rates may be negative; `default` restores the baseline's value. `show KEY` shows the value, its source and whether it is an estimate.",
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
        case .actual:
            CommandSpec(self, group: .edit, usage: "actual [energy|va SECTOR N|through M|clear]",
                summary: "year-to-date figures: a sector's energy (tce) or value added (万元) for January to month M",
                details: "Gives the scenario the bureau's figures for the months already past, saved under `actuals`. `actual through M` says they run from January to month M (1…11, or jan … nov); `actual energy SECTOR N` is that sector's energy for those months, N in tce (402,000 or 40.2万tce); `actual va SECTOR N` its value added in 万元 at 2014 prices (producing sectors only). N = `none` drops that sector's figure, and `actual clear` drops them all. A sector with a figure is projected from it: the months left run at the ratio of the figure to the model's own January-to-M, and each measure still delivers the rest of its planned effect (docs/MODEL.md §14). `actual` alone, or `show actuals`, lists each sector's figure, the model's year to date, the ratio and the projected year; `explain actuals` derives them; `barometer` uses M for the monthly saving still needed. Each change is undoable.",
                example: "actual energy industry 402000")
        case .title:
            CommandSpec(self, group: .edit, usage: "title TEXT",
                summary: "set the scenario's title",
                details: "Sets the one-line title that `scenarios` lists and `save` writes. A scenario loaded and saved under a new name keeps the title of the one it came from until you change it. Undoable.",
                example: "title Gas first, PV later")
        case .describe:
            CommandSpec(self, group: .edit, usage: "describe TEXT",
                summary: "set the scenario's description",
                details: "Sets the scenario's description, the paragraph saved with it that says what the what-if is about. `save` under a new name warns when the description is still the one inherited from the scenario it came from. Undoable.",
                example: "describe Boilers converted in 2015, PV delayed to 2016")
        case .edit:
            CommandSpec(self, group: .edit, usage: "edit",
                summary: "edit the scenario's JSON in $EDITOR (checked, undoable)",
                details: "Writes the scenario (with what it extends merged in) as canonical JSON to a temporary file, opens it in $EDITOR (else $VISUAL, else vi), and reads it back with every check `load` makes. A file with a problem changes nothing: the error names the JSON path, and the file stays so that the edit is not lost. An accepted edit is one change, taken back with `undo`.",
                example: "edit")
        case .goals:
            CommandSpec(self, group: .view, usage: "goals",
                summary: "every goal with value, limit, margin and status",
                details: "Checks the plan's goals for the current scenario: the energy-intensity change (≤ −2 %), the four water caps, the no-coal zone area by its deadline, the key enterprises' saving, and each township's intensity change against its target. Margins are in each goal's own unit; a negative margin is a shortfall.",
                example: "goals")
        case .barometer:
            CommandSpec(self, group: .view, usage: "barometer [N] [seed S]",
                summary: "every goal and township graded green/yellow/red (绿/黄/红), with P(met)",
                details: "The barometer (晴雨表) of task 16: each goal's projected value, target, margin and warning band, graded green (绿, on track) when the margin is at least the band, red (红, off track) when it is short by the band or more, and yellow (黄, warning) in between. The bands are the baseline's warning.band.* parameters (`show warning.band.intensity`); `assume` changes one for this scenario. The words are always shown, so the grades read without colour. When the scenario has uncertain inputs, each goal's probability of being met, P(met), with its 95 % interval stands beside the grade: N Monte Carlo draws (default 2000; 0 for none) with seed S (default 1), as `montecarlo` makes them, so the same N and seed give the same figures.",
                example: "barometer 10000 seed 7")
        case .result:
            CommandSpec(self, group: .view, usage: "result",
                summary: "the headline table: GDP, energy, intensity, CO₂, air, water, goals",
                details: "Shows the scenario's projection for 2015 against 2014: GDP, energy (BAU and with measures), intensity and its change, the tce still to save, CO₂, air pollutants, the water totals against their caps, the no-coal zone, the key enterprises and PV output, with a line on how much of the baseline is estimated.",
                example: "result")
        case .chart:
            CommandSpec(self, group: .view, usage: "chart NAME [ARGS…]",
                summary: "a chart drawn with text: wedges, townships, water, tornado [OUTPUT], montecarlo [N] [seed S]",
                details: "Draws the current result as horizontal bars in the terminal's width. `chart wedges`: each measure's 2015 saving against BAU, largest first, then all of them together, with a line at the saving the intensity goal needs. `chart townships`: each township's intensity decrease with a line at its −2 % target, ✓ met and ✗ missed. `chart water`: each water total as a share of its cap. `chart tornado [OUTPUT]`: the tornado `sensitivity` draws. `chart montecarlo [N] [seed S]`: a histogram of N Monte Carlo draws (2,000 by default) of the intensity change, the −2 % goal line between the bins that meet it and those that miss, and the chance of meeting it with its 95 % interval. Bars are drawn in eighths of a cell, or with # under `.charset ascii` (the default when LANG is not UTF-8); colour only on a terminal and never with NO_COLOR set.",
                example: "chart wedges")
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
        case .solve:
            CommandSpec(self, group: .view, usage: "solve GOAL by TARGET [from LO to HI] [apply]",
                summary: "the value of a field or assumption at which a goal starts to be met",
                details: "GOAL is a goal id (intensity, cod_household, …, smokeless_area, key_enterprises, township.ID), district (every goal that is not a township's) or all. TARGET is a measure field ID.FIELD (a lever's name adds its measure), an assumption key, or scale(ID,ID,…), one factor on the measures' sizes. Without a range the field's valid range is searched, an open upper end by doubling until the goal changes or the model refuses the value. The answer comes with its change from now, the goal's margin there and the intensity change; when the goal is met everywhere, missed everywhere or changes more than once, it says so. `apply` sets the answer in the scenario (undo reverts it).",
                example: "solve intensity by key_enterprises.saving_tce")
        case .montecarlo:
            CommandSpec(self, group: .view, usage: "montecarlo [N] [seed S]",
                summary: "how likely each goal is to be met under the uncertain inputs",
                details: "Draws every uncertain input (the baseline's and the scenario's `uncertainty`) N times (default 10000) with seed S (default 1) and evaluates the current scenario each time, on every core. Shows each goal's probability of being met with its 95 % interval beside the verdict in the central case, the mean, sd and 5th/50th/95th percentiles of the outputs, the inputs that drive intensity change and the energy gap most (Spearman rank correlation), and the draws the model refused with the most frequent reason. The same N and seed give the same figures. Ctrl-C stops the run and shows the draws made so far, marked partial.",
                example: "montecarlo 20000 seed 7")
        case .sensitivity:
            CommandSpec(self, group: .view, usage: "sensitivity [OUTPUT]",
                summary: "the tornado: how far each uncertain input alone moves an output",
                details: "Sets each uncertain input to its 5th and its 95th percentile with the others central and draws the output's range as a bar around its central value, largest swing first. OUTPUT is intensity_change (the default), energy_gap_tce, co2_2015_t, cod_household_2015_t, cod_industrial_2015_t, nh3n_household_2015_t, nh3n_industrial_2015_t or township.ID.intensity_change.",
                example: "sensitivity energy_gap_tce")
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
        case .compare:
            CommandSpec(self, group: .session, usage: "compare A [B ...]",
                summary: "scenarios side by side: inputs, outputs, goals (`current`: this one)",
                details: "Evaluates scenarios (names in the scenarios folder, files, or `current` for the scenario being edited) and shows the inputs that differ, the outputs side by side with the difference to the first, and each goal met or missed with its margin. A measure that some scenarios lack and the others hold alike is one row, and a note counts the field rows folded into it. With one name it compares the current scenario against it.",
                example: "compare plan-2015")
        case .baseline:
            CommandSpec(self, group: .session, usage: "baseline | baseline load FILE|embedded",
                summary: "the baseline in use (id, SHA-256, estimates left), or switch to another",
                details: "With no argument shows the baseline the session runs on: its id and title, its file, the SHA-256 that scenario pins are checked against, its size and how many parameters are still estimates. `baseline load FILE` switches to another baseline file (such as one written by `erqi baseline import`) and projects the current scenario on it, showing how the intensity change, the tce still to save and the goals met move; the switch is refused, and the old baseline kept, when the file has a problem or the scenario does not run on it. `baseline load embedded` goes back to the baseline built into erqi. The switch is not undone by `undo`; load the previous file again to go back.",
                example: "baseline load baseline-2014-tjj.json")
        case .run:
            CommandSpec(self, group: .session, usage: "run [SCENARIO...] [OPTION...]",
                summary: "the batch `erqi run` at the prompt, on the current scenario by default",
                details: "Projects scenarios as `erqi run` does, with the same options (--set KEY=VALUE, repeatable; --format table|csv|json|jsonl|markdown; --output FILE): names in the scenarios folder, files, or `current` (the default); each --set is applied to every one; --format overrides `.mode` for this command; --output writes the full output to FILE atomically. Without --output the output follows `.mode`, `.once` and `.output`.",
                example: "run current plan-2015 --set growth.industry=8% --format csv")
        case .check:
            CommandSpec(self, group: .session, usage: "check [SCENARIO...] [--set K=V]...",
                summary: "which goals each scenario misses (`erqi check` at the prompt)",
                details: "Lists, for the current scenario or those named, each missed goal with its value, limit and shortfall, as `erqi check` does; --set KEY=VALUE applies to each and --output FILE writes the list there. In the csv, json, jsonl and markdown modes (or with --format) it is a table with one row per missed goal. At the prompt a missed goal is not an error.",
                example: "check current bau")
        case .sweep:
            CommandSpec(self, group: .session, usage: "sweep [SCENARIO] --vary K=FROM:TO:STEP...",
                summary: "the current scenario over a grid of values (`erqi sweep` at the prompt)",
                details: "Evaluates the current scenario (or the one named) at every point of the grid the --vary options make, as `erqi sweep` does: one row per point with the headline outputs, how many goals are missed and which. --set KEY=VALUE applies before the sweep; --format overrides `.mode`; --output writes it to FILE (CSV with --format csv).",
                example: "sweep --vary rooftop_pv.capacity_mw=0:20:5 --format csv --output pv.csv")
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
                details: "Writes the scenario in canonical form (sorted keys, two-space indent) atomically to the scenarios folder as NAME.json, or to FILE when the argument has a '/' or ends in .json. Without a NAME it writes back to the file it was loaded from. It refuses to overwrite another existing scenario unless you write `save! NAME`. A scenario that extends another is written as the differences from its parent. Saved under a new name, it says when the title or description is still that of the scenario it was loaded as (set them with `title` and `describe`).",
                example: "save gas-first")
        case .load:
            CommandSpec(self, group: .files, usage: "load NAME|FILE",
                summary: "load a scenario (unsaved changes stay recoverable with undo)",
                details: "Loads scenarios/NAME.json, or FILE, with its `extends` chain merged in. Loading is a change like any other: if the previous scenario had unsaved changes, `undo` brings it back.",
                example: "load plan-2015")
        case .export:
            CommandSpec(self, group: .files, usage: "export FILE | export! FILE",
                summary: "write the current result to FILE (.json, .jsonl, .csv, .md or text)",
                details: "Writes the current scenario's result atomically, in a form chosen by FILE's extension (spreadsheets such as .xlsx are refused: write .csv, which opens in one): .json the result object of docs/FORMATS.md (every total, goal, township, measure and department in full precision), .jsonl the same on one line, .csv and .md the headline table and the goals, anything else the tables as shown. It refuses to overwrite an existing file unless you write `export! FILE`.",
                example: "export briefing/plan-2015.json")
        case .report:
            CommandSpec(self, group: .files, usage: "report [FILE] | report! FILE",
                summary: "write an HTML briefing of the current scenario (default NAME.html)",
                details: "Writes one self-contained HTML page (inline CSS and SVG, no script, nothing fetched; it prints on A4) for the current scenario: the verdict on every goal with its margin and the tce still to save, intensity against the target, the wedge, township and water charts, the measures with their plan task and lead unit, and which figures are estimates, with the baseline's digest and the date. `erqi report A B C` outside the shell puts several scenarios side by side. Written atomically; an existing file is kept unless you write `report! FILE`.",
                example: "report briefing/plan-2015.html")
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
        case .charset:
            CommandSpec(self, group: .settings, usage: ".charset unicode|ascii",
                summary: "characters for charts: Unicode blocks or plain ASCII",
                details: "With `.charset ascii` charts use # bars, ok/MISS marks and | lines, and drop Chinese labels, for terminals and printers without UTF-8; `.charset unicode` draws eighth-block bars. The default is unicode when LC_ALL, LC_CTYPE or LANG names UTF-8, else ascii. Without an argument shows the current one.",
                example: ".charset ascii")
        case .bail:
            CommandSpec(self, group: .settings, usage: ".bail on|off",
                summary: "stop scripts at the first error (on by default)",
                details: "With `.bail on` (the default) a script (`source`, -f, -c or standard input) stops at the first error with FILE:LINE: message and exit status 2. With `.bail off` it reports the error and goes on; the exit status is still 2.",
                example: ".bail off")
        case .pager:
            CommandSpec(self, group: .settings, usage: ".pager on|off",
                summary: "page output taller than the terminal (on by default)",
                details: "On a terminal, output taller than the window goes through $PAGER, else `less -FRX`, as psql does; `.pager off` writes it straight out. Pipes and files are never paged. Tables on a terminal fit its width (long text wraps within its column, low-value columns are left out with a note); pipes and files get the full table.",
                example: ".pager off")
        case .folder:
            CommandSpec(self, group: .settings, usage: ".folder [DIR]",
                summary: "the scenarios folder (default ./scenarios)",
                details: "Shows or sets the folder that `save NAME`, `load NAME` and `scenarios` use.",
                example: ".folder ../scenarios")
        case .clear:
            CommandSpec(self, group: .other, usage: "clear",
                summary: "clear the terminal",
                details: "Clears the terminal screen (as Ctrl-L does in most shells). In a pipe or with `.output` it writes nothing.",
                example: "clear")
        case .help:
            CommandSpec(self, group: .other, usage: "help [COMMAND]",
                summary: "the commands, or one command's usage and example",
                details: "Without an argument lists every command with one line each; `help COMMAND` shows its usage, what it does and an example.",
                example: "help set")
        case .quit:
            CommandSpec(self, group: .other, usage: "quit | quit!",
                summary: "leave the shell (asks once when there are unsaved changes)",
                details: "Leaves the shell. With unsaved changes `quit`, `exit` and Ctrl-D on an empty line warn once and leave the second time; `quit!` leaves at once. In a script `quit` ends the script without asking.",
                example: "quit")
        }
    }
}
