/// The report's style sheet: screen and A4 print, fonts that carry Chinese.
enum ReportStyle {
    static let css = """
    :root { --ink: #1b1f24; --muted: #5b6470; --line: #c9ced6; --met: #1f6f43; --miss: #a4262c; --bar: #3a6ea5; --bar2: #8fb3da; --paper: #ffffff; }
    * { box-sizing: border-box; }
    html { background: var(--paper); }
    body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 40px; color: var(--ink); background: var(--paper);
      font: 14px/1.45 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 15px; margin: 0 0 6px; }
    .en { color: var(--muted); font-weight: normal; font-size: 0.85em; }
    .meta { color: var(--muted); margin: 0; }
    .grid { display: grid; gap: 14px; }
    .grid.cards { grid-template-columns: repeat(auto-fit, minmax(290px, 1fr)); }
    .grid.figures { grid-template-columns: repeat(auto-fit, minmax(500px, 1fr)); }
    .card, figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 0; break-inside: avoid; page-break-inside: avoid; min-width: 0; }
    .card.met { border-left: 6px solid var(--met); }
    .card.missed { border-left: 6px double var(--miss); }
    .overall { font-weight: bold; font-size: 15px; margin: 2px 0 6px; }
    .overall.met, td.met { color: var(--met); }
    .overall.missed, td.missed { color: var(--miss); }
    .gap { margin: 0 0 8px; }
    .gap strong { font-size: 17px; }
    table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
    th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
    td .sub, th .sub { display: block; color: var(--muted); font-weight: normal; font-size: 11.5px; }
    th { font-weight: 600; background: #f1f3f6; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .missed .verdict, .met .verdict { display: block; white-space: nowrap; font-weight: 600; }
    tr.met .verdict { color: var(--met); }
    tr.missed .verdict { color: var(--miss); }
    figcaption { font-weight: 600; margin-bottom: 4px; }
    svg { display: block; width: 100%; max-width: 720px; height: auto; }
    svg text { font-size: 13px; fill: var(--ink); }
    svg .small { font-size: 11px; fill: var(--muted); }
    svg .bar { fill: var(--bar); }
    svg .bar.alt { fill: var(--bar2); }
    svg .bar.missed { fill: url(#hatch); stroke: var(--miss); stroke-width: 1; }
    svg .bar.met { fill: var(--met); }
    svg .bar.over { fill: url(#hatch); stroke: var(--miss); stroke-width: 1; }
    svg .axis { stroke: var(--ink); stroke-width: 1; }
    svg .target { stroke: var(--miss); stroke-width: 1.5; stroke-dasharray: 5 3; }
    svg .grid-line { stroke: var(--line); stroke-width: 0.5; }
    .note { font-size: 12.5px; color: var(--ink); }
    .counts { margin: 0 0 6px; }
    .grade { display: inline-block; white-space: nowrap; padding: 0 5px; border-radius: 3px; font-weight: 600; }
    .grade.green { color: var(--met); background: #e3f1e8; border: 1px solid var(--met); }
    .grade.yellow { color: #6b4d00; background: #fdf0c2; border: 1px dashed #8a6400; }
    .grade.red { color: #ffffff; background: var(--miss); border: 2px solid var(--miss); }
    .card.barometer table { font-size: 12px; }
    .card.barometer td, .card.barometer th { padding: 2px 4px; }
    .card.barometer th { white-space: nowrap; }
    .card.barometer td .grade { font-size: 11.5px; }
    td:first-child code { white-space: nowrap; }
    .note code, td code { font-family: "DejaVu Sans Mono", monospace; font-size: 11.5px; overflow-wrap: anywhere; }
    .legend { font-size: 12px; color: var(--muted); margin: 4px 0 0; }
    footer { margin-top: 28px; font-size: 11.5px; color: var(--muted); }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      .grid.cards { grid-template-columns: repeat(auto-fit, minmax(80mm, 1fr)); }
      .card table { font-size: 9pt; }
      .card.barometer table { font-size: 8.5pt; }
      .card.barometer { break-inside: auto; page-break-inside: auto; }
      .grid.figures { grid-template-columns: 1fr; }
      h2 { break-after: avoid; page-break-after: avoid; }
      tr, .card, figure { break-inside: avoid; page-break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
